package io.github.mysqlconfigaudit.discover;

import io.github.mysqlconfigaudit.model.FileKind;
import java.nio.file.Path;

/** A file the audit will read: its path relative to the root, where it is, and what it was recognised as. */
public record SourceFile(String path, Path absolute, FileKind kind) {
}
