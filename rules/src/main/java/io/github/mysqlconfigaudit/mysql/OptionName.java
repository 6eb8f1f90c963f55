package io.github.mysqlconfigaudit.mysql;

import java.util.function.Predicate;

/**
 * An option name as mysqld's my_getopt understands it: dashes and underscores are the same, a
 * {@code loose-} prefix only turns "unknown option" into a warning, and when the whole name is not an
 * option, {@code skip-}/{@code disable-} (= OFF), {@code enable-} (= ON) and {@code maximum-} (upper
 * limit for sessions) are prefixes of the real name.
 *
 * @param written   the name as it stands in the file
 * @param canonical the option it sets, with {@code _} separators
 * @param prefix    the special prefix that was stripped, if any
 * @param loose     whether {@code loose-} was given
 */
public record OptionName(String written, String canonical, Prefix prefix, boolean loose) {

    public enum Prefix {
        NONE(""), SKIP("skip_"), DISABLE("disable_"), ENABLE("enable_"), MAXIMUM("maximum_");

        private final String text;

        Prefix(String text) {
            this.text = text;
        }
    }

    /** The prefixes tried on a name that is not an option, in order (values() would copy the array per name). */
    private static final Prefix[] STRIPPED = {Prefix.SKIP, Prefix.DISABLE, Prefix.ENABLE, Prefix.MAXIMUM};

    /** Resolves a written name; {@code known} says whether a canonical name is an option of the server. */
    public static OptionName resolve(String written, Predicate<String> known) {
        String name = canonical(written);
        boolean loose = false;
        if (name.startsWith("loose_")) {
            loose = true;
            name = name.substring("loose_".length());
        }
        if (!known.test(name)) {
            for (Prefix p : STRIPPED) {
                if (name.startsWith(p.text) && name.length() > p.text.length()) {
                    String rest = name.substring(p.text.length());
                    if (known.test(rest) || p == Prefix.MAXIMUM) {
                        return new OptionName(written, rest, p, loose);
                    }
                }
            }
        }
        return new OptionName(written, name, Prefix.NONE, loose);
    }

    /**
     * Dashes become underscores and letters lower case: mariadbd takes {@code WAIT_TIMEOUT=5} as
     * wait_timeout (seen live).
     */
    public static String canonical(String written) {
        return written.replace('-', '_').toLowerCase(java.util.Locale.ROOT);
    }

    /** True for skip-/disable-/enable- forms, which set a boolean without a value. */
    public boolean isSwitchPrefix() {
        return prefix == Prefix.SKIP || prefix == Prefix.DISABLE || prefix == Prefix.ENABLE;
    }
}
