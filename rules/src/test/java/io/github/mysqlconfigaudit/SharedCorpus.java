package io.github.mysqlconfigaudit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Real public config files written by others: {@code ../shared/corpus} beside the project, present in CI, absent
 * from a user's clone, where the tests that read it skip.
 */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    /**
     * The corpus directory, looked for from the working directory upwards; where the oracles are required
     * ({@link Oracles#required()}) its absence fails the caller.
     */
    public static Optional<Path> dir() {
        Optional<Path> found = find();
        if (found.isEmpty() && Oracles.required()) {
            throw new AssertionError("../shared/corpus is absent, and the oracles are required here ("
                    + Oracles.ENV + "=required)");
        }
        return found;
    }

    private static Optional<Path> find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
