package io.github.mysqlconfigaudit.discover;

import io.github.mysqlconfigaudit.model.FileKind;
import java.nio.file.Path;

/**
 * A file the audit will read: its path relative to the root and what it was recognised as.
 *
 * <p>The absolute path the walk found is kept only when the relative path, as text, might not lead back to it: a
 * name with other than ASCII characters, which the platform's file name encoding may not decode and re-encode to
 * the same bytes (under a C locale, {@code café.cnf} reads as {@code caf??.cnf}). Otherwise the root resolves the
 * relative path when the file is read, so a large tree does not hold a path object per file until the model is
 * built.
 *
 * @param byContent the kind is what the name suggests (a {@code *.cfg} may be HAProxy's) and the reader confirms it
 *                  from the text it reads anyway, so the file is read once, not once to tell and once to parse
 * @param walked    the path the walk found, or {@code null} when the relative path leads back to it
 */
public record SourceFile(String path, FileKind kind, boolean byContent, Path walked) {

    /** A file found by the walk at {@code walked}, whose path relative to the root is {@code path}. */
    public static SourceFile found(String path, Path walked, FileKind kind, boolean byContent) {
        return new SourceFile(path, kind, byContent, ascii(path) ? null : walked);
    }

    public SourceFile(String path, FileKind kind) {
        this(path, kind, false, null);
    }

    /** Where the file is, under {@code root}. */
    public Path absolute(Path root) {
        return walked != null ? walked : root.resolve(path);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
