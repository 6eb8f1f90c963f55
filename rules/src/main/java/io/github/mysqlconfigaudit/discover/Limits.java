package io.github.mysqlconfigaudit.discover;

import org.yaml.snakeyaml.LoaderOptions;

/**
 * Bounds that keep a hostile or broken tree from exhausting the audit. Each is a parameter of the goal;
 * a file past one is reported (file-skipped, include-not-followed or parse-error) and the audit goes on.
 *
 * @param maxFileBytes     larger files are skipped
 * @param maxLinesPerFile  files with more lines are skipped
 * @param maxIncludeDepth  deeper {@code !include} chains are not followed (mysqld itself stops at 10)
 * @param maxIncludedFiles more included files per option file are not followed
 * @param yamlMaxAliases   YAML documents with more aliases to collections are refused (alias bombs)
 * @param yamlMaxDepth     YAML nested deeper is refused
 */
public record Limits(long maxFileBytes, int maxLinesPerFile, int maxIncludeDepth, int maxIncludedFiles,
                     int yamlMaxAliases, int yamlMaxDepth) {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public Limits {
        atLeast("maxFileSize", maxFileBytes, 1);
        atLeast("maxLinesPerFile", maxLinesPerFile, 1);
        atLeast("maxIncludeDepth", maxIncludeDepth, 0);
        atLeast("maxIncludedFiles", maxIncludedFiles, 0);
        atLeast("yamlMaxAliases", yamlMaxAliases, 0);
        atLeast("yamlMaxDepth", yamlMaxDepth, 1);
    }

    private static void atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", not " + value);
        }
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_FILE_BYTES, 200_000, 10, 1000, 50, 100);
    }

    /** snakeyaml's loader options for these limits (code points bounded by the file size limit). */
    public LoaderOptions yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(yamlMaxAliases);
        options.setNestingDepthLimit(yamlMaxDepth);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
        return options;
    }
}
