package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.discover.SourceTree;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the file or directory an {@code !include}/{@code !includedir} names, without ever leaving the
 * audited root.
 *
 * <p>A relative path is taken from the including file's directory (mysqld takes it from its working
 * directory, which a repository cannot know). An absolute path names the deployed location
 * ({@code /etc/mysql/conf.d/}); it is mapped into the repository by its trailing components, looked up
 * beside the including file and then in each parent directory up to the root ({@code conf.d/} beside
 * {@code my.cnf}). Nothing outside the root is read.
 */
final class IncludeResolver {

    private final SourceTree tree;

    IncludeResolver(SourceTree tree) {
        this.tree = tree;
    }

    /** Where the include leads, or why it is not followed. */
    record Resolution(Path target, String reason) {
        static Resolution found(Path p) {
            return new Resolution(p, null);
        }

        static Resolution notFollowed(String reason) {
            return new Resolution(null, reason);
        }
    }

    Resolution resolve(String argument, Path includingFile, boolean directory) {
        Path named;
        try {
            named = Path.of(argument);
        } catch (InvalidPathException e) {
            return Resolution.notFollowed("it is not a valid path");
        }
        Path dir = includingFile.getParent();
        if (named.isAbsolute()) {
            return resolveDeployed(named.normalize(), dir, directory);
        }
        Path candidate = dir.resolve(named).normalize();
        if (!candidate.startsWith(tree.root())) {
            return Resolution.notFollowed("it leads outside the audited root");
        }
        if (!Files.exists(candidate)) {
            return Resolution.notFollowed("it does not exist in the repository");
        }
        if (tree.inside(candidate).isEmpty()) {
            return Resolution.notFollowed("it leaves the audited root through a symbolic link");
        }
        if (Files.isDirectory(candidate) != directory) {
            return Resolution.notFollowed(directory ? "it is not a directory" : "it is a directory");
        }
        return Resolution.found(candidate);
    }

    private Resolution resolveDeployed(Path deployed, Path dir, boolean directory) {
        List<String> names = new ArrayList<>();
        for (Path part : deployed) {
            names.add(part.toString());
        }
        if (names.isEmpty()) {
            return Resolution.notFollowed("it names the file-system root");
        }
        for (Path base = dir; base != null && base.startsWith(tree.root()); base = base.getParent()) {
            for (int n = names.size(); n >= 1; n--) {
                Path candidate = base.resolve(String.join("/", names.subList(names.size() - n, names.size())));
                if (Files.exists(candidate) && Files.isDirectory(candidate) == directory
                        && tree.inside(candidate).isPresent()) {
                    return Resolution.found(candidate.normalize());
                }
            }
            if (base.equals(tree.root())) {
                break;
            }
        }
        return Resolution.notFollowed("it is an absolute path outside the audited root and nothing named "
                + names.get(names.size() - 1) + " lies beside this file or in a parent directory");
    }
}
