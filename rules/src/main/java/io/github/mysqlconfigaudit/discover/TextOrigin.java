package io.github.mysqlconfigaudit.discover;

import io.github.mysqlconfigaudit.model.Location;

/**
 * Where a text's lines stand in the repository: a file of its own, or a block inside another file (a
 * ConfigMap key holding my.cnf), so a finding on line 3 of the embedded text names the YAML line a person
 * edits.
 */
public interface TextOrigin {

    /** The repository location of 1-based {@code line} and {@code column} of the text. */
    Location at(int line, int column);

    /** The file the text stands in. */
    String path();

    /** Whether the text is a whole file (includes are followed and suppression comments read from it). */
    boolean wholeFile();

    static TextOrigin file(String path) {
        return new TextOrigin() {
            @Override
            public Location at(int line, int column) {
                return new Location(path, line, column);
            }

            @Override
            public String path() {
                return path;
            }

            @Override
            public boolean wholeFile() {
                return true;
            }
        };
    }

    /**
     * A YAML block scalar ({@code |} or {@code >}) whose first content line is {@code firstLine} of the file,
     * indented by {@code indent} columns; or, with {@code oneLine}, a scalar on one line whose every
     * embedded line maps to that line.
     */
    static TextOrigin embedded(String path, int firstLine, int indent, boolean oneLine) {
        return new TextOrigin() {
            @Override
            public Location at(int line, int column) {
                return oneLine ? new Location(path, firstLine, indent + 1)
                        : new Location(path, firstLine + line - 1, indent + column);
            }

            @Override
            public String path() {
                return path;
            }

            @Override
            public boolean wholeFile() {
                return false;
            }
        };
    }
}
