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
 * some 200,000 of them, each kept until the audit ends. A single assignment is kept as fields of the option (not
 * as an {@link OptionAssignment} of its own, nor in a list of one), and made when asked for: the collector's work
 * grows with the number of objects it must copy, and an assignment made for a rule dies young, which costs it
 * nothing. The accessors are a record's.
 */
public final class ServerOption {

    private final String name;
    private final Optional<VariableSpec> spec;
    /** Two or more assignments, or {@code null}: none, or one kept in the fields below ({@code written} set). */
    private final List<OptionAssignment> several;
    private final String group;
    private final String written;
    private final String raw;
    private final OptionValue value;
    private final boolean loose;
    private final String path;
    private final int line;
    private final int column;
    private final List<OptionAssignment> maximums;
    /** The single assignment once made from the fields above (an option made for a run of rules is asked often). */
    private OptionAssignment inline;

    public ServerOption(String name, Optional<VariableSpec> spec, List<OptionAssignment> assignments,
                        List<OptionAssignment> maximums) {
        this(SharedText.of(Objects.requireNonNull(name, "name")), Objects.requireNonNull(spec, "spec"),
                assignments.size() > 1 ? List.copyOf(assignments) : null, onlyOne(assignments), List.copyOf(maximums));
    }

    private ServerOption(String name, Optional<VariableSpec> spec, List<OptionAssignment> several, OptionAssignment one,
                         List<OptionAssignment> maximums) {
        this(name, spec, several, one == null ? null : one.group(), one == null ? null : one.written(),
                one == null ? null : one.raw(), one == null ? null : one.value(), one != null && one.loose(),
                one == null ? null : one.path(), one == null ? 0 : one.line(), one == null ? 0 : one.column(), maximums);
    }

    /** The only assignment, or {@code null} when there are none or several. */
    private static OptionAssignment onlyOne(List<OptionAssignment> assignments) {
        return assignments.size() == 1 ? Objects.requireNonNull(assignments.get(0)) : null;
    }

    private ServerOption(String name, Optional<VariableSpec> spec, List<OptionAssignment> several, String group,
                         String written, String raw, OptionValue value, boolean loose, String path, int line, int column,
                         List<OptionAssignment> maximums) {
        this.name = name;
        this.spec = spec;
        this.several = several;
        this.group = group;
        this.written = written;
        this.raw = raw;
        this.value = value;
        this.loose = loose;
        this.path = path;
        this.line = line;
        this.column = column;
        this.maximums = maximums;
    }

    /** How many references and ints {@link #pack} writes: an {@link OptionTable} keeps options as slots, not objects. */
    static final int REFS = 9;
    static final int INTS = 3;

    /** Writes this option into {@code refs} from {@code r} and {@code ints} from {@code i}; {@link #unpack} reads it. */
    void pack(Object[] refs, int r, int[] ints, int i) {
        refs[r] = name;
        refs[r + 1] = spec;
        refs[r + 2] = several;
        refs[r + 3] = group;
        refs[r + 4] = written;
        refs[r + 5] = raw;
        refs[r + 6] = value;
        refs[r + 7] = path;
        refs[r + 8] = maximums;
        ints[i] = line;
        ints[i + 1] = column;
        ints[i + 2] = loose ? 1 : 0;
    }

    /** The option {@link #pack} wrote there, equal to it. */
    @SuppressWarnings("unchecked")
    static ServerOption unpack(Object[] refs, int r, int[] ints, int i) {
        return new ServerOption((String) refs[r], (Optional<VariableSpec>) refs[r + 1],
                (List<OptionAssignment>) refs[r + 2], (String) refs[r + 3], (String) refs[r + 4], (String) refs[r + 5],
                (OptionValue) refs[r + 6], ints[i + 2] == 1, (String) refs[r + 7], ints[i], ints[i + 1],
                (List<OptionAssignment>) refs[r + 8]);
    }

    /** The option's name as {@link #pack} wrote it, read without making the option. */
    static String packedName(Object[] refs, int r) {
        return (String) refs[r];
    }

    public String name() {
        return name;
    }

    public Optional<VariableSpec> spec() {
        return spec;
    }

    /** Every assignment, in the order mysqld reads them. */
    public List<OptionAssignment> assignments() {
        if (several != null) {
            return several;
        }
        return written == null ? List.of() : List.of(inlineAssignment());
    }

    /** How many assignments set a value: rules that walk every line of every server ask this, not for a list. */
    public int assignmentCount() {
        if (several != null) {
            return several.size();
        }
        return written == null ? 0 : 1;
    }

    /** The assignment at {@code index} in reading order (0 is the first read). */
    public OptionAssignment assignment(int index) {
        if (several != null) {
            return several.get(index);
        }
        Objects.checkIndex(index, assignmentCount());
        return inlineAssignment();
    }

    /**
     * The value of the assignment at {@code index}, without making the assignment: rules that look at every value of
     * every server make one only for what they report.
     */
    public OptionValue value(int index) {
        if (several != null) {
            return several.get(index).value();
        }
        Objects.checkIndex(index, assignmentCount());
        return value;
    }

    /** The one assignment kept as fields, made anew (equal each time). */
    private OptionAssignment inlineAssignment() {
        OptionAssignment a = inline;
        if (a == null) {
            a = new OptionAssignment(group, written, raw, value, loose, path, line, column);
            inline = a; // two threads may both make it: equal, and immutable
        }
        return a;
    }

    public List<OptionAssignment> maximums() {
        return maximums;
    }

    /** The assignment in effect (the last one read), if any set a value. */
    public Optional<OptionAssignment> winner() {
        int count = assignmentCount();
        return count == 0 ? Optional.empty() : Optional.of(assignment(count - 1));
    }

    /** The {@link #winner}'s value without making the assignment, or null when nothing sets the option. */
    public OptionValue winnerValue() {
        int count = assignmentCount();
        return count == 0 ? null : value(count - 1);
    }

    /** Every assignment before the winner. */
    public List<OptionAssignment> overridden() {
        return several == null ? List.of() : several.subList(0, several.size() - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerOption other && name.equals(other.name) && spec.equals(other.spec)
                && assignments().equals(other.assignments()) && maximums.equals(other.maximums);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, spec, assignments(), maximums);
    }

    @Override
    public String toString() {
        return "ServerOption[name=" + name + ", spec=" + spec + ", assignments=" + assignments() + ", maximums="
                + maximums + "]";
    }
}
