package io.github.mysqlconfigaudit.model;

/**
 * An inline suppression comment, {@code # mysql-config-audit:ignore RULE-ID reason}: the rule it silences,
 * the reason given, where the comment stands, and the line it applies to (its own line when it ends a
 * line, else the next line with content).
 */
public record Suppression(String ruleId, String reason, Location comment, Location target) {

    /** What a suppression and the finding it silences share: the rule, the file and the line. */
    public record Covered(String ruleId, String path, int line) {

        /** What a finding of {@code rule} at {@code at} would need a suppression to cover. */
        public static Covered of(String rule, Location at) {
            return new Covered(rule, at.path(), at.line());
        }
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    /** The rule, file and line this suppression silences: equal to {@link Covered#of} for each finding it covers. */
    public Covered covered() {
        return new Covered(ruleId, target.path(), target.line());
    }
}
