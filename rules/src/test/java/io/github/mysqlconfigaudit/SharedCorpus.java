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

    /** The corpus directory, looked for from the working directory upwards. */
    public static Optional<Path> dir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
