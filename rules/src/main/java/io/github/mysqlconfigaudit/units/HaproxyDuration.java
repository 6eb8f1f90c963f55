package io.github.mysqlconfigaudit.units;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HAProxy time values: digits and an optional unit ({@code us ms s m h d}); a bare number is
 * milliseconds (seen live: {@code timeout server 3000} cut connections after 3 s, LiveProofIT).
 */
public final class HaproxyDuration {

    private static final Pattern FORM = Pattern.compile("(\\d+)(us|ms|s|m|h|d)?");

    private HaproxyDuration() {
    }

    /** The value in milliseconds (microseconds are rounded up), or empty when haproxy refuses it. */
    public static Optional<Long> parseMillis(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches() || m.group(1).length() > 15) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        return Optional.of(switch (unit) {
            case "us" -> (n + 999) / 1000;
            case "s" -> n * 1000;
            case "m" -> n * 60_000;
            case "h" -> n * 3_600_000;
            case "d" -> n * 86_400_000;
            default -> n;
        });
    }

    /** True when the text has no unit, so haproxy reads it as milliseconds. */
    public static boolean unitless(String text) {
        Matcher m = FORM.matcher(text);
        return m.matches() && m.group(2) == null;
    }

    /** A literal haproxy reads back to the same value, in the largest whole unit up to hours: {@code 8h}, {@code 90s}. */
    public static String literal(long millis) {
        if (millis > 0 && millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis > 0 && millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis + "ms";
    }

    /** Seconds for messages: {@code 300 s}, {@code 0.3 s}. */
    public static String seconds(long millis) {
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }
}
