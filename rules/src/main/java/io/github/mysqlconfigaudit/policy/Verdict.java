package io.github.mysqlconfigaudit.policy;

import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Pass or fail, and why. */
public record Verdict(boolean failed, int failingFindings, Optional<Severity> threshold) {

    /** Fails on findings at or above the threshold that the baseline does not already accept. */
    public static Verdict of(List<Finding> findings, Policy policy, Set<String> baselined) {
        int failing = (int) findings.stream()
                .filter(f -> !baselined.contains(f.fingerprint()))
                .filter(policy::fails).count();
        return new Verdict(failing > 0, failing, policy.failOn());
    }

    /** Findings per severity, every severity present (zero when none). */
    public static Map<Severity, Integer> countBySeverity(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }
}
