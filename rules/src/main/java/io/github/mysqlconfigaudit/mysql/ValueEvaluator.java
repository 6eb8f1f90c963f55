package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.model.SharedTable;
import io.github.mysqlconfigaudit.model.SharedText;
import io.github.mysqlconfigaudit.mysql.catalog.VariableSpec;
import io.github.mysqlconfigaudit.units.Unit;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * What mysqld makes of one option value (my_getopt): numbers with K/M/G/T/P/E suffixes, clamped to the
 * option's range and rounded down to its block size; booleans; text. Behaviour checked live against
 * mariadbd 10.11 (ValueClampLiveTest and ValueListLiveTest ask it): {@code 1.5M} and {@code abc} are refused,
 * {@code 64MB} is 64M, {@code 2G} runs as 1G, {@code -5} is refused for unsigned options, an unknown boolean word
 * becomes OFF with a warning.
 */
public final class ValueEvaluator {

    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final String SUFFIXES = "KMGTPE";
    /** A switch that mysqld read without complaint is one of two values, shared by every server. */
    private static final OptionValue.Flag ON = new OptionValue.Flag(true, null);
    private static final OptionValue.Flag OFF = new OptionValue.Flag(false, null);

    /**
     * Text values repeat across a tree ({@code utf8mb4}, {@code ROW}, a datadir): one copy of each short one is kept,
     * never of a secret's (the table outlives the audit).
     */
    private static final SharedTable<OptionValue.Text> TEXTS = new SharedTable<>(10_000);

    private ValueEvaluator() {
    }

    public static OptionValue evaluate(OptionName name, String raw, Optional<VariableSpec> spec) {
        if (spec.isEmpty()) {
            if (name.isSwitchPrefix() && raw == null) {
                return name.prefix() == OptionName.Prefix.ENABLE ? ON : OFF;
            }
            return text(name, raw);
        }
        VariableSpec s = spec.get();
        return switch (s.type()) {
            case BOOLEAN -> flag(name, raw);
            case INTEGER -> number(name, raw, s);
            case DECIMAL, ENUM, SET, FLAGSET, STRING, PATH -> text(name, raw);
        };
    }

    private static OptionValue text(OptionName name, String raw) {
        OptionValue.Text text = new OptionValue.Text(raw == null ? "" : raw);
        return SharedText.shareable(name.canonical(), text.value()) ? TEXTS.of(text) : text;
    }

    private static OptionValue flag(OptionName name, String raw) {
        boolean invert = name.prefix() == OptionName.Prefix.SKIP || name.prefix() == OptionName.Prefix.DISABLE;
        if (raw == null) {
            return invert ? OFF : ON;
        }
        Boolean parsed = parseBoolean(raw);
        if (parsed == null) {
            return new OptionValue.Flag(false, "'" + raw + "' is not a boolean (use ON/OFF, TRUE/FALSE or 1/0); "
                    + "mysqld warns and uses OFF");
        }
        return invert != parsed ? ON : OFF;
    }

    static Boolean parseBoolean(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "on", "true", "1" -> Boolean.TRUE;
            case "off", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static OptionValue number(OptionName name, String raw, VariableSpec spec) {
        BigInteger requested;
        if (name.isSwitchPrefix()) {
            requested = name.prefix() == OptionName.Prefix.ENABLE ? BigInteger.ONE : BigInteger.ZERO;
        } else if (raw == null) {
            return new OptionValue.Invalid(spec.name() + " needs a value; mysqld refuses a bare '"
                    + name.written() + "' ('option requires an argument')");
        } else {
            ParsedNumber parsed = parseNumber(raw, spec.min() != null && spec.min().signum() < 0);
            if (parsed.error() != null) {
                // the template holds no text of the file; the name, the value and the suffix are arguments
                return new OptionValue.Invalid(parsed.error().formatted(spec.name(), raw, parsed.suffix()));
            }
            requested = parsed.value();
        }
        return clamp(requested, spec);
    }

    /** A number, or an error template with %1$s the option, %2$s the value and %3$s the bad suffix. */
    private record ParsedNumber(BigInteger value, String error, String suffix) {
        ParsedNumber(BigInteger value, String error) {
            this(value, error, "");
        }
    }

    /**
     * strtoll, then one suffix letter; anything after the suffix letter is ignored, as mysqld does. Only a signed
     * option (one whose minimum is negative, as MariaDB's performance_schema sizes with -1 for "autosize") takes
     * a minus sign.
     */
    private static ParsedNumber parseNumber(String raw, boolean signed) {
        int i = 0;
        while (i < raw.length() && MysqldLineSyntax.isSpace(raw.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < raw.length() && (raw.charAt(i) == '+' || raw.charAt(i) == '-')) {
            negative = raw.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        while (i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
            i++;
        }
        BigInteger value = i > digitsStart ? new BigInteger(raw.substring(digitsStart, i)) : BigInteger.ZERO;
        if (negative && value.signum() != 0 && !signed) {
            return new ParsedNumber(null, "'%2$s' is negative; mysqld refuses it for %1$s ('Incorrect unsigned value')");
        }
        if (i < raw.length()) {
            char suffix = Character.toUpperCase(raw.charAt(i));
            int power = SUFFIXES.indexOf(suffix);
            if (power < 0) {
                return new ParsedNumber(null, "'%2$s' is not a number mysqld accepts for %1$s: unknown suffix '%3$s' "
                        + "(legal suffixes are K, M, G, T, P, E)", String.valueOf(raw.charAt(i)));
            }
            value = value.shiftLeft(10 * (power + 1));
        }
        if (value.compareTo(UINT64_MAX) > 0) {
            return new ParsedNumber(null, "'%2$s' is out of range for %1$s: mysqld refuses values above 2^64-1");
        }
        return new ParsedNumber(negative ? value.negate() : value, null);
    }

    /** getopt_ull_limit_value: clamp to the maximum, round down to the block size, then raise to the minimum. */
    private static OptionValue.Numeric clamp(BigInteger requested, VariableSpec spec) {
        Unit unit = spec.unit();
        BigInteger v = requested;
        String adjustment = null;
        if (spec.max() != null && v.compareTo(spec.max()) > 0) {
            v = spec.max();
            adjustment = "above the maximum " + unit.format(spec.max());
        }
        if (spec.blockSize() != null && spec.blockSize().compareTo(BigInteger.ONE) > 0) {
            BigInteger rounded = v.subtract(v.mod(spec.blockSize()));
            if (!rounded.equals(v) && adjustment == null) {
                adjustment = "not a multiple of the block size " + spec.blockSize() + ", so rounded down";
            }
            v = rounded;
        }
        if (spec.min() != null && v.compareTo(spec.min()) < 0) {
            v = spec.min();
            adjustment = "below the minimum " + unit.format(spec.min());
        }
        return SharedNumbers.numeric(requested, v, adjustment);
    }
}
