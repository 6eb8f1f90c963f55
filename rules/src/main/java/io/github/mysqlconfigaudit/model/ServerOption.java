package io.github.mysqlconfigaudit.model;

import io.github.mysqlconfigaudit.mysql.catalog.VariableSpec;
import java.util.List;
import java.util.Optional;

/**
 * A server option with every place that sets it, in the order mysqld reads them; the last one wins.
 * {@code maximum-} limits are kept apart from the value assignments.
 */
public record ServerOption(String name, Optional<VariableSpec> spec, List<OptionAssignment> assignments,
                           List<OptionAssignment> maximums) {

    public ServerOption {
        name = SharedText.of(name);
        assignments = List.copyOf(assignments);
        maximums = List.copyOf(maximums);
    }

    /** The assignment in effect (the last one read), if any set a value. */
    public Optional<OptionAssignment> winner() {
        return assignments.isEmpty() ? Optional.empty() : Optional.of(assignments.get(assignments.size() - 1));
    }

    /** Every assignment before the winner. */
    public List<OptionAssignment> overridden() {
        return assignments.isEmpty() ? List.of() : assignments.subList(0, assignments.size() - 1);
    }
}
