package io.github.mysqlconfigaudit.rule;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a rule parameter is written by users and read by the rule. */
public enum ParamType {
    /** Bytes, written as MySQL writes them: {@code 64M}, {@code 1G}, {@code 1048576}. */
    SIZE,
    /** Seconds, written with a unit or without (seconds): {@code 300s}, {@code 8h}, {@code 86400}. */
    DURATION,
    /** A whole number. */
    INTEGER;

    private static final Pattern SIZE_FORM = Pattern.compile("(?i)(\\d+)\\s*([KMGTPE]?)B?");
    private static final Pattern DURATION_FORM = Pattern.compile("(?i)(\\d+)\\s*(s|m|h|d)?");

    /** The value in bytes, seconds or units; refuses what is not of this type's form. */
    public long parse(String text) {
        String t = text == null ? "" : text.trim();
        switch (this) {
            case SIZE -> {
                Matcher m = SIZE_FORM.matcher(t);
                if (!m.matches()) {
                    throw new IllegalArgumentException("'" + text + "' is not a size (e.g. 64M, 1G, 1048576)");
                }
                int power = m.group(2).isEmpty() ? 0 : "KMGTPE".indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
                return new BigInteger(m.group(1)).shiftLeft(10 * power).longValueExact();
            }
            case DURATION -> {
                Matcher m = DURATION_FORM.matcher(t);
                if (!m.matches()) {
                    throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 300s, 8h, 86400)");
                }
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
                return switch (unit) {
                    case "m" -> n * 60;
                    case "h" -> n * 3600;
                    case "d" -> n * 86400;
                    default -> n;
                };
            }
            default -> {
                try {
                    return Long.parseLong(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a whole number");
                }
            }
        }
    }
}
