package io.github.mysqlconfigaudit.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a scanned file: the path relative to the audited root (always with {@code /}), a 1-based
 * line and a 1-based column.
 */
public record Location(String path, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::path)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    public Location {
        check(path, line, column);
    }

    /**
     * What makes a place: a path, and a line and column from 1. Facts kept by the hundred thousand hold their place
     * as these three fields rather than as a {@code Location} (one object fewer each for the collector to copy) and
     * check them here.
     */
    public static void check(String path, int line, int column) {
        Objects.requireNonNull(path, "path");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** The start of a file, for facts that belong to the file as a whole. */
    public static Location fileStart(String path) {
        return new Location(path, 1, 1);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    /** {@code path:line}, the form people type into an editor. */
    public String shortForm() {
        return path + ":" + line;
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
