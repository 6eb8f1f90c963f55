package io.github.mysqlconfigaudit.discover;

/** Bounds that keep a hostile or broken tree from exhausting the audit. */
public record Limits(long maxFileBytes, int maxIncludeDepth, int maxIncludedFiles) {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_FILE_BYTES, 10, 1000);
    }
}
