package io.github.mysqlconfigaudit.rule;

/**
 * The metadata of {@code internal-error}, the finding the engine makes of a rule that throws ({@link RuleFailure}).
 * It is not a rule: nothing checks for it; it is listed, documented and configured like one.
 */
@RuleMeta(id = InternalErrorMeta.ID, severity = Severity.ERROR,
        title = "A rule failed on this input",
        rationale = "A rule threw an exception instead of reporting, so what it checks was not checked on this input "
                + "(the other rules ran and the reports were written). The build fails, because a gate that silently "
                + "checks less than it says cannot be trusted. It is a bug in mysql-config-audit, not in the "
                + "configuration.",
        fix = "Report the input (without secrets) and the stack trace that `mvn -X` prints. Until it is fixed, turn "
                + "the failing rule off in .mysql-config-audit.yaml (`rules: {RULE-ID: {enabled: false}}`).",
        example = "(none: no known input makes a rule fail; the engine's tests make one with a rule that throws)")
public final class InternalErrorMeta {

    public static final String ID = "internal-error";

    private InternalErrorMeta() {
    }

    public static RuleDescriptor descriptor() {
        return RuleDescriptor.of(InternalErrorMeta.class);
    }
}
