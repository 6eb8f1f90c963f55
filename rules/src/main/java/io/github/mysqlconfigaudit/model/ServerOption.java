package io.github.mysqlconfigaudit.model;

import io.github.mysqlconfigaudit.mysql.catalog.VariableSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A server option with every place that sets it, in the order mysqld reads them; the last one wins.
 * {@code maximum-} limits are kept apart from the value assignments.
 *
 * <p>A value class rather than a record: nearly every option is set once, and a tree of 100,000 files holds
 * some 200,000 of them, so a single assignment is kept as itself, not in a list of one (the lists were a fifth
 * of the options' memory). The accessors are a record's.
 */
public final class ServerOption {

    private final String name;
    private final Optional<VariableSpec> spec;
    /** {@code null} (none), the one {@link OptionAssignment}, or an immutable list of two or more. */
    private final Object assignments;
    private final List<OptionAssignment> maximums;

    public ServerOption(String name, Optional<VariableSpec> spec, List<OptionAssignment> assignments,
                        List<OptionAssignment> maximums) {
        this.name = SharedText.of(Objects.requireNonNull(name, "name"));
        this.spec = Objects.requireNonNull(spec, "spec");
        this.assignments = switch (assignments.size()) {
            case 0 -> null;
            case 1 -> Objects.requireNonNull(assignments.get(0));
            default -> List.copyOf(assignments);
        };
        this.maximums = List.copyOf(maximums);
    }

    public String name() {
        return name;
    }

    public Optional<VariableSpec> spec() {
        return spec;
    }

    /** Every assignment, in the order mysqld reads them. */
    @SuppressWarnings("unchecked")
    public List<OptionAssignment> assignments() {
        if (assignments == null) {
            return List.of();
        }
        return assignments instanceof OptionAssignment one ? List.of(one) : (List<OptionAssignment>) assignments;
    }

    /** How many assignments set a value: rules that walk every line of every server ask this, not for a list. */
    public int assignmentCount() {
        if (assignments == null) {
            return 0;
        }
        return assignments instanceof OptionAssignment ? 1 : ((List<?>) assignments).size();
    }

    /** The assignment at {@code index} in reading order (0 is the first read). */
    public OptionAssignment assignment(int index) {
        if (assignments instanceof OptionAssignment one) {
            Objects.checkIndex(index, 1);
            return one;
        }
        return assignments().get(index);
    }

    public List<OptionAssignment> maximums() {
        return maximums;
    }

    /** The assignment in effect (the last one read), if any set a value. */
    public Optional<OptionAssignment> winner() {
        int count = assignmentCount();
        return count == 0 ? Optional.empty() : Optional.of(assignment(count - 1));
    }

    /** Every assignment before the winner. */
    public List<OptionAssignment> overridden() {
        if (!(assignments instanceof List<?>)) {
            return List.of();
        }
        List<OptionAssignment> all = assignments();
        return all.subList(0, all.size() - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerOption other && name.equals(other.name) && spec.equals(other.spec)
                && Objects.equals(assignments, other.assignments) && maximums.equals(other.maximums);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, spec, assignments, maximums);
    }

    @Override
    public String toString() {
        return "ServerOption[name=" + name + ", spec=" + spec + ", assignments=" + assignments() + ", maximums="
                + maximums + "]";
    }
}
