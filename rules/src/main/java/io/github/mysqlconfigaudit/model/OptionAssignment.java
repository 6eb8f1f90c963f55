package io.github.mysqlconfigaudit.model;

/**
 * One place that sets a server option: the group, the name and value as written, the evaluated value
 * and where it stands.
 *
 * @param group   the option group, as written
 * @param written the option name as written (with any loose-/skip- prefix)
 * @param raw     the value after mysqld's quote and escape handling, or {@code null} for a bare name
 * @param value   what mysqld makes of it
 * @param loose   whether it carried {@code loose-}
 * @param path    with {@code line} and {@code column}, where it stands ({@link #location})
 */
public record OptionAssignment(String group, String written, String raw, OptionValue value, boolean loose,
                               String path, int line, int column) {

    private static final String HIDDEN = "****";

    /** Group names and option names repeat across a tree: one copy of each is kept (never of a value here). */
    public OptionAssignment {
        Location.check(path, line, column);
        group = SharedText.of(group);
        written = SharedText.of(written);
    }

    public OptionAssignment(String group, String written, String raw, OptionValue value, boolean loose,
                            Location location) {
        this(group, written, raw, value, loose, location.path(), location.line(), location.column());
    }

    /** Where the option is set. */
    public Location location() {
        return new Location(path, line, column);
    }

    /**
     * The assignment as a line of the file, e.g. {@code max_allowed_packet = 2G}; values of password-like
     * options are never shown.
     */
    public String asWritten() {
        if (raw == null) {
            return written;
        }
        return written + " = " + (isSecret(written) ? HIDDEN : raw);
    }

    /**
     * True for option names whose values must never be printed or hashed: password-like names, and Galera's
     * {@code wsrep_sst_auth} (user:password), as written with dashes or underscores and any prefix. It covers every
     * name the catalog's {@code OptionCatalog.isPasswordOption} names (a test holds the two together).
     */
    public static boolean isSecret(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        return n.contains("password") || n.contains("passwd") || n.contains("secret") || n.endsWith("sst_auth");
    }
}
