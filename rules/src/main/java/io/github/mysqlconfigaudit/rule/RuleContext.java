package io.github.mysqlconfigaudit.rule;

import io.github.mysqlconfigaudit.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a rule gets besides the model: its parameters (defaults or the policy's values) and a place to report. */
public final class RuleContext {

    private final RuleDescriptor descriptor;
    private final Map<String, String> paramValues;
    private final List<Finding> sink;
    /** Parsed values by name: rules ask once per server or route, the text is parsed once. */
    private final Map<String, Long> parsed = new HashMap<>();

    public RuleContext(RuleDescriptor descriptor, Map<String, String> paramValues, List<Finding> sink) {
        this.descriptor = descriptor;
        this.paramValues = Map.copyOf(paramValues);
        this.sink = sink;
    }

    /** A parameter's value in bytes, seconds or units: the policy's when it sets one, else the default. */
    public long param(String name) {
        return parsed.computeIfAbsent(name, this::parse);
    }

    private long parse(String name) {
        RuleDescriptor.ParamSpec spec = descriptor.params().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(descriptor.id() + " has no parameter " + name));
        return spec.type().parse(paramValues.getOrDefault(name, spec.defaultValue()));
    }

    /** Starts a finding at the line to change. */
    public FindingBuilder at(Location location, String message) {
        return new FindingBuilder(location, message);
    }

    /** Collects the parts of one finding. */
    public final class FindingBuilder {
        private final Location location;
        private final String message;
        private final List<Finding.Related> related = new ArrayList<>();
        private String fix;
        private String section = "";
        private String option = "";
        private Severity severity;
        private List<String> values = List.of();

        private FindingBuilder(Location location, String message) {
            this.location = location;
            this.message = message;
        }

        public FindingBuilder related(Location where, String what) {
            related.add(new Finding.Related(where, what));
            return this;
        }

        /** What the finding is about: a group or proxy section, and an option or timeout in it. */
        public FindingBuilder subject(String sectionName, String optionName) {
            this.section = sectionName;
            this.option = optionName;
            return this;
        }

        /**
         * The values that clash (the effective value, the limit it breaks), as the rule compares them: with the rule,
         * file and subject they make the finding's fingerprint, so a changed value is a new finding for a baseline.
         */
        public FindingBuilder values(Object... clashing) {
            this.values = java.util.Arrays.stream(clashing).map(String::valueOf).toList();
            return this;
        }

        /** The concrete fix for this finding; the rule's general fix is used when none is given. */
        public FindingBuilder fix(String concreteFix) {
            this.fix = concreteFix;
            return this;
        }

        /**
         * A severity below the rule's default for this one finding (mysqld only warns about a loose- option);
         * a severity the policy sets for the rule still replaces it.
         */
        public FindingBuilder severity(Severity lower) {
            this.severity = lower;
            return this;
        }

        public void report() {
            sink.add(new Finding(descriptor.id(), severity == null ? descriptor.defaultSeverity() : severity, message, location, related,
                    fix == null ? descriptor.fix() : fix, section, option, values));
        }
    }
}
