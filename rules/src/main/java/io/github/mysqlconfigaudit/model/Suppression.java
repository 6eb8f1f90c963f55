package io.github.mysqlconfigaudit.model;

/**
 * An inline suppression comment, {@code # mysql-config-audit:ignore RULE-ID reason}: the rule it silences,
 * the reason given, where the comment stands, and the line it applies to (its own line when it ends a
 * line, else the next line with content).
 */
public record Suppression(String ruleId, String reason, Location comment, Location target) {

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    /** True when this suppression silences a finding of this rule on this line. */
    public boolean covers(String findingRule, Location at) {
        return ruleId.equals(findingRule) && target.path().equals(at.path()) && target.line() == at.line();
    }
}
