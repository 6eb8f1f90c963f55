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
        for (T item : items) {
            for (String dir = parent(pathOf.apply(item)); dir != null; dir = parent(dir)) {
                byDirectory.computeIfAbsent(dir, k -> new ArrayList<>()).add(item);
            }
        }
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
