package io.github.mysqlconfigaudit.discover;

import io.github.mysqlconfigaudit.model.FileKind;
import java.nio.file.Path;

/**
 * A file the audit will read: its path relative to the root, where it is, and what it was recognised as.
 *
 * @param byContent the kind is what the name suggests (a {@code *.cfg} may be HAProxy's) and the reader confirms it
 *                  from the text it reads anyway, so the file is read once, not once to tell and once to parse
 */
public record SourceFile(String path, Path absolute, FileKind kind, boolean byContent) {

    public SourceFile(String path, Path absolute, FileKind kind) {
        this(path, absolute, kind, false);
    }
}
