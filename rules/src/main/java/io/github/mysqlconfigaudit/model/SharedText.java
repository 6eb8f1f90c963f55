package io.github.mysqlconfigaudit.model;

/**
 * One copy of the short strings a large tree repeats thousands of times: group names ({@code mysqld}),
 * option names and common values ({@code 28800}, {@code ON}). An optimisation kept because the benchmark shows
 * it (PERFORMANCE.md, "What was kept"): without it the largest audit misses its growth target. The table lives as
 * long as the JVM (a Maven daemon runs many builds) and is bounded, so neither many builds nor hostile input grow
 * it without end: past the bound, or for long strings, the string itself is kept. Equal strings may stand for each
 * other, so sharing changes no result. Values go through {@link #valueOf}, which keeps secrets out.
 */
public final class SharedText {

    private static final int MAX_LENGTH = 64;
    private static final SharedTable<String> SHARED = new SharedTable<>(50_000);

    private SharedText() {
    }

    /** The shared copy of {@code s} (equal to it), or {@code s} itself; {@code null} stays {@code null}. */
    public static String of(String s) {
        return s == null || s.length() > MAX_LENGTH ? s : SHARED.of(s);
    }

    /**
     * The shared copy of the value of the setting {@code name}; a secret's value (a password-like name) is kept
     * as given and never enters the table, which outlives the audit.
     */
    public static String valueOf(String name, String value) {
        return shareable(name, value) ? SHARED.of(value) : value;
    }

    /**
     * Whether a value of the setting {@code name} may be kept in a table that outlives the audit: short, and not a
     * secret's. The rule for this table, and for any other table of values (an evaluated value, say).
     */
    public static boolean shareable(String name, String value) {
        return value != null && value.length() <= MAX_LENGTH && !OptionAssignment.isSecret(name);
    }

    /** Whether the table holds {@code s} (for tests: secrets must never be there). */
    static boolean holds(String s) {
        return SHARED.holds(s);
    }
}
