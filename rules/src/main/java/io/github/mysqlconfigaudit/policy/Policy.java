package io.github.mysqlconfigaudit.policy;

import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the team decided: which rules run, at which severity, with which parameters, and at which
 * severity the build fails. Rules find; the policy weighs.
 *
 * @param failOn      the lowest severity that fails the build; empty for never
 * @param disabled    rule ids that do not run
 * @param severities  severity per rule id, replacing the rule's default
 * @param parameters  parameter values per rule id, as users write them ({@code 256M}, {@code 8h})
 * @param waivers     accepted findings, each with a reason and perhaps an expiry date
 */
public record Policy(Optional<Severity> failOn, Set<String> disabled, Map<String, Severity> severities,
                     Map<String, Map<String, String>> parameters, List<Waiver> waivers) {

    public Policy {
        disabled = Set.copyOf(disabled);
        severities = Map.copyOf(severities);
        parameters = Map.copyOf(parameters);
        waivers = List.copyOf(waivers);
    }

    public static Policy failingOn(Optional<Severity> failOn) {
        return new Policy(failOn, Set.of(), Map.of(), Map.of(), List.of());
    }

    /** The policy a policy file describes, with the threshold decided by the caller (parameter over file). */
    public static Policy of(PolicySettings file, Optional<Severity> failOn) {
        Set<String> disabled = new java.util.HashSet<>();
        file.enabled().forEach((id, on) -> {
            if (!on) {
                disabled.add(id);
            }
        });
        return new Policy(failOn, disabled, file.severities(), file.parameters(), file.waivers());
    }

    /** Reads ERROR, WARNING, INFO or NONE (never fail). */
    public static Optional<Severity> parseFailOn(String text) {
        if (text != null && text.trim().equalsIgnoreCase("NONE")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a failOnSeverity; use ERROR, WARNING, INFO or NONE");
        }
    }

    public boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    public Map<String, String> parametersOf(String ruleId) {
        return parameters.getOrDefault(ruleId, Map.of());
    }

    /** The findings with the policy's severities applied, in the order given. */
    public List<Finding> withSeverities(List<Finding> findings) {
        return findings.stream()
                .map(f -> Optional.ofNullable(severities.get(f.ruleId())).map(f::withSeverity).orElse(f))
                .toList();
    }

    /** True when a finding is at or above the fail threshold. */
    public boolean fails(Finding finding) {
        return failOn.map(threshold -> finding.severity().atLeast(threshold)).orElse(false);
    }
}
