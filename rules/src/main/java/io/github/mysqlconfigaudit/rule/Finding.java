package io.github.mysqlconfigaudit.rule;

import io.github.mysqlconfigaudit.model.Location;
import java.util.Comparator;
import java.util.List;

/**
 * What a rule found: the rule, how bad, a message naming the clashing effective values and where each
 * came from, the line to change, the other places involved, and the concrete fix.
 */
public record Finding(String ruleId, Severity severity, String message, Location location, List<Related> related,
                      String fix) implements Comparable<Finding> {

    /** Another place involved in a finding (the other side of a clash). */
    public record Related(Location location, String message) {
    }

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, location, related, fix);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
