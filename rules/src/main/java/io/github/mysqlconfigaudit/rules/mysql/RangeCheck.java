package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.rule.RuleContext;
import java.math.BigInteger;

/** The range rules share one check: the effective value of an option against [minimum, maximum]. */
final class RangeCheck {

    private RangeCheck() {
    }

    /**
     * Reports the option when its effective value (set or default) lies outside the range; the message
     * says which bound and why that side hurts.
     */
    static void check(MySqlServer server, String option, long minimum, long maximum, RuleContext ctx,
                      String whyTooLow, String whyTooHigh) {
        server.number(option).ifPresent(n -> {
            BigInteger value = n.value();
            boolean low = compare(value, minimum) < 0;
            boolean high = compare(value, maximum) > 0;
            if (!low && !high) {
                return;
            }
            long bound = low ? minimum : maximum;
            Location at = ServerEdits.where(server, n);
            String message = n.describe() + " is " + (low ? "below " : "above ") + n.unit().format(BigInteger.valueOf(bound))
                    + " (allowed: " + n.unit().format(BigInteger.valueOf(minimum)) + " to "
                    + n.unit().format(BigInteger.valueOf(maximum)) + "): " + (low ? whyTooLow : whyTooHigh)
                    + ServerEdits.serverOf(server, at);
            ctx.at(at, message).fix(ServerEdits.setNumber(server, n, bound))
                    .subject(ServerEdits.group(server, n), option).values(server.configPath(), n.value(), bound)
                    .report();
        });
    }

    /** {@code value} against {@code bound}, as {@link BigInteger#compareTo} says, with no number made for the bound. */
    static int compare(BigInteger value, long bound) {
        return value.bitLength() < Long.SIZE ? Long.compare(value.longValue(), bound) : value.signum();
    }
}
