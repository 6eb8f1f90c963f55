package io.github.mysqlconfigaudit.rule;

import io.github.mysqlconfigaudit.model.Location;

/**
 * A rule that threw instead of reporting: the first exception (in the order the rule would have reported), where it
 * was checking then, and how many times it failed (once for a rule over the whole model, once per server for a
 * {@link ServerRule}). The engine turns it into an {@code internal-error} finding and keeps the exception for a
 * debug log.
 */
public record RuleFailure(String ruleId, Throwable error, Location where, int times) {

    /** The whole model: a rule that fails outside any one server's check. */
    static final Location WHOLE_AUDIT = Location.fileStart(".");

    RuleFailure andAgain(int more) {
        return new RuleFailure(ruleId, error, where, times + more);
    }

    /**
     * The finding users see: the rule, the exception's class and the first line of its message with anything quoted
     * in it masked (a value read from a file may be a secret), never a stack trace.
     */
    Finding finding() {
        String detail = error.getMessage() == null ? "" : ": " + firstLine(error.getMessage());
        String message = "the rule " + ruleId + " failed with " + error.getClass().getSimpleName() + detail
                + (times > 1 ? " (on " + times + " servers; the first is named)" : "")
                + "; what it checks is unchecked here, the other rules ran";
        String fix = "this is a bug in mysql-config-audit, not in the configuration: report it with the stack trace "
                + "that `mvn -X` prints; until it is fixed, `rules: {" + ruleId + ": {enabled: false}}` in "
                + ".mysql-config-audit.yaml turns the rule off";
        return new Finding(InternalErrorMeta.ID, InternalErrorMeta.descriptor().defaultSeverity(), message, where,
                java.util.List.of(), fix, "", ruleId, java.util.List.of(error.getClass().getName()));
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip().replaceAll("\"[^\"]*\"", "\"…\"");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
