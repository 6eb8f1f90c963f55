package io.github.mysqlconfigaudit.model;

import io.github.mysqlconfigaudit.mysql.catalog.VariableSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A server option with every place that sets it, in the order mysqld reads them; the last one wins.
 * {@code maximum-} limits are kept apart from the value assignments.
 */
public record ServerOption(String name, Optional<VariableSpec> spec, List<OptionAssignment> assignments,
                           List<OptionAssignment> maximums) {

    public ServerOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        assignments = List.copyOf(assignments);
        maximums = List.copyOf(maximums);
    }

    /** How many assignments set a value. */
    public int assignmentCount() {
        return assignments.size();
    }

    /** The assignment at {@code index} in reading order (0 is the first read). */
    public OptionAssignment assignment(int index) {
        return assignments.get(index);
    }

    /** The value of the assignment at {@code index}. */
    public OptionValue value(int index) {
        return assignments.get(index).value();
    }

    /** The assignment in effect (the last one read), if any set a value. */
    public Optional<OptionAssignment> winner() {
        return assignments.isEmpty() ? Optional.empty() : Optional.of(assignments.get(assignments.size() - 1));
    }

    /** The {@link #winner}'s value, or null when nothing sets the option. */
    public OptionValue winnerValue() {
        return winner().map(OptionAssignment::value).orElse(null);
    }

    /** Every assignment before the winner. */
    public List<OptionAssignment> overridden() {
        return assignments.isEmpty() ? List.of() : assignments.subList(0, assignments.size() - 1);
    }
}
