package io.github.mysqlconfigaudit.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Items by every directory that holds them (their own and each ancestor), so "the nearest directory
 * holding any" costs a few map look-ups instead of a scan of every item.
 */
final class DirectoryIndex<T> {

    /** What the nearest directory holding any item holds. */
    record Nearest<T>(String directory, List<T> items) {
    }

    private final Map<String, List<T>> byDirectory = new HashMap<>();

    DirectoryIndex(List<T> items, Function<T, String> pathOf) {
        // The lists of a directory and of each of its ancestors, found once per directory: items come in runs
        // from one directory.
        Map<String, List<List<T>>> chains = new HashMap<>();
        String lastDir = null;
        List<List<T>> lastChain = null;
        for (T item : items) {
            String path = pathOf.apply(item);
            if (path.isEmpty()) {
                continue; // no directory
            }
            // the run's directory again: no text cut and hashed
            if (lastDir == null || !inDirectory(path, lastDir)) {
                lastDir = parent(path);
                lastChain = chains.computeIfAbsent(lastDir, this::chain);
            }
            for (List<T> list : lastChain) {
                list.add(item);
            }
        }
    }

    /** True when {@code path} stands right in {@code dir} (what {@code parent(path).equals(dir)} says). */
    static boolean inDirectory(String path, String dir) {
        if (path.isEmpty()) {
            return false;
        }
        int slash = path.lastIndexOf('/');
        return dir.isEmpty() ? slash <= 0 : slash == dir.length() && path.startsWith(dir);
    }

    /** The lists of {@code dir} and each of its ancestors up to the root, made as needed. */
    private List<List<T>> chain(String dir) {
        List<List<T>> lists = new ArrayList<>();
        for (String d = dir; d != null; d = parent(d)) {
            lists.add(byDirectory.computeIfAbsent(d, k -> new ArrayList<>()));
        }
        return lists;
    }

    /** The nearest directory, the path's own or an ancestor, that holds any item; null when none does. */
    Nearest<T> nearest(String path) {
        for (String dir = parent(path); dir != null; dir = parent(dir)) {
            List<T> found = byDirectory.get(dir);
            if (found != null) {
                return new Nearest<>(dir, found);
            }
        }
        return null;
    }

    /** The directory of a relative path ({@code ""} for the root), or null above the root. */
    static String parent(String path) {
        if (path.isEmpty()) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
