package io.github.mysqlconfigaudit.model;

import io.github.mysqlconfigaudit.units.Unit;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The number a server really runs with for one option: from the assignment in effect, or the version's
 * default when nothing sets it.
 *
 * @param assignment the assignment in effect; null for the version's default ({@link #source} gives it as an
 *                   {@code Optional})
 * @param defaultOf  the version whose default it would be, for messages
 */
public record EffectiveNumber(String name, BigInteger value, Unit unit, OptionAssignment assignment,
                              String defaultOf) {

    /** The assignment in effect, or empty for the default. */
    public Optional<OptionAssignment> source() {
        return Optional.ofNullable(assignment);
    }

    public boolean isDefault() {
        return assignment == null;
    }

    /** The value, or {@code Long.MAX_VALUE} above it (no number is made: rules ask for every server). */
    public long longValue() {
        return value.bitLength() < 64 || value.signum() < 0 ? value.longValue() : Long.MAX_VALUE;
    }

    /** The value as a person writes it: {@code 64M}, {@code 28800 s}. */
    public String formatted() {
        return unit.format(value);
    }

    /**
     * The value and where it comes from, for messages: {@code max_allowed_packet = 2G (runs as 1G) at
     * my.cnf:4} or {@code max_allowed_packet 64M (the MySQL 8.4 default; not set)}.
     */
    public String describe() {
        if (assignment == null) {
            return name + " " + formatted() + " (the " + defaultOf + " default; not set)";
        }
        OptionAssignment a = assignment;
        String written = a.raw() == null ? a.written() : a.written() + " = " + a.raw();
        String runsAs = unit.literal(value).equalsIgnoreCase(a.raw() == null ? "" : a.raw().trim())
                ? "" : " (runs as " + formatted() + ")";
        return written + runsAs + " at " + a.location().shortForm();
    }
}
