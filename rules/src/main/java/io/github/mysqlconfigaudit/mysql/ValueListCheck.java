package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.OptionCatalog;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How my_getopt reads an enumeration or set option (checked live against mariadbd 10.11): values compare
 * without case, an unambiguous prefix counts as the value (in a set only for the last element: mariadbd takes
 * {@code ANSI,STRICT_TRANS} but refuses {@code STRICT_TRANS,ANSI}), an enumeration also takes its index and a set
 * its bit mask; a set is a comma list with no spaces and no empty elements. Anything else stops the server with
 * "Error while setting value '…' to '…'".
 */
final class ValueListCheck {

    private static final Pattern INDEX = Pattern.compile("\\d{1,9}");
    private static final Pattern MASK = Pattern.compile("\\d{1,20}");

    private ValueListCheck() {
    }

    /** Why mysqld refuses the value, or empty when it takes it. */
    static Optional<String> problem(String option, String raw, OptionCatalog.ValueList list, MySqlVersion version) {
        List<String> bad = new ArrayList<>();
        if (list.set()) {
            if (raw.isEmpty() || isBitMask(raw, list.values().size())) {
                return Optional.empty();
            }
            String[] elements = raw.split(",", -1);
            for (int i = 0; i < elements.length; i++) {
                String element = elements[i];
                boolean last = i == elements.length - 1;
                if (!(last ? matches(element, list.values()) : exact(element, list.values()))) {
                    bad.add(element.isEmpty() ? "an empty element" : "'" + element + "'");
                }
            }
        } else if (!matches(raw, list.values()) && !isIndex(raw, list.values().size())) {
            bad.add("'" + raw + "'");
        }
        if (bad.isEmpty()) {
            return Optional.empty();
        }
        boolean spaces = list.set() && raw.contains(", ");
        return Optional.of(String.join(", ", bad) + (bad.size() == 1 ? " is not a value" : " are not values") + " of "
                + option + " in " + version.displayName() + (spaces ? " (a set is written without spaces after the commas)"
                : "") + "; mysqld stops with \"Error while setting value '" + raw + "' to '" + option + "'\". "
                + (list.set() ? "Values: " : "One of: ") + String.join(", ", list.values()));
    }

    private static boolean exact(String value, List<String> values) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(value));
    }

    private static boolean matches(String value, List<String> values) {
        if (value.isEmpty()) {
            return false;
        }
        String v = value.toUpperCase(Locale.ROOT);
        int prefixes = 0;
        for (String candidate : values) {
            String c = candidate.toUpperCase(Locale.ROOT);
            if (c.equals(v)) {
                return true;
            }
            if (c.startsWith(v)) {
                prefixes++;
            }
        }
        return prefixes == 1;
    }

    private static boolean isIndex(String raw, int size) {
        return INDEX.matcher(raw).matches() && Integer.parseInt(raw) < size;
    }

    private static boolean isBitMask(String raw, int size) {
        return MASK.matcher(raw).matches() && new BigInteger(raw).bitLength() <= size;
    }
}
