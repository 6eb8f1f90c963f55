package io.github.mysqlconfigaudit.policy;

import io.github.mysqlconfigaudit.model.Suppression;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.List;
import java.util.Set;

/** An inline suppression without a reason, or one that silences nothing. */
@RuleMeta(id = "unused-suppression", severity = Severity.WARNING,
        title = "Suppression without a reason, or that suppresses nothing",
        rationale = "A suppression comment must say why the finding is accepted, or nobody can judge it later; "
                + "one that matches no finding (fixed, moved, or a misspelt rule id) hides nothing and misleads.",
        fix = "Write `# mysql-config-audit:ignore RULE-ID reason` on the line of the finding or the line before it, "
                + "or delete the comment.",
        example = "# my.cnf\n[mysqld]\n# mysql-config-audit:ignore wait-timeout-range\nwait_timeout = 30")
final class UnusedSuppression {

    /** Reports every suppression in {@code all} that has no reason or is not in {@code used}. */
    public void check(List<Suppression> all, Set<Suppression> used, RuleContext ctx) {
        for (Suppression s : all) {
            if (s.ruleId().isEmpty()) {
                ctx.at(s.comment(), "`" + "mysql-config-audit:ignore` names no rule, so it suppresses nothing")
                        .fix("name the rule and the reason: `# mysql-config-audit:ignore RULE-ID reason`").report();
            } else if (!s.hasReason()) {
                ctx.at(s.comment(), "suppression of " + s.ruleId() + " has no reason and is ignored")
                        .fix("add the reason after the rule id: `# mysql-config-audit:ignore " + s.ruleId() + " why`")
                        .subject("", s.ruleId()).report();
            } else if (!used.contains(s)) {
                ctx.at(s.comment(), "suppression of " + s.ruleId() + " matches no finding on line " + s.target().line())
                        .fix("delete the comment at " + s.comment().shortForm() + ", or move it to the line of the finding")
                        .subject("", s.ruleId()).report();
            }
        }
    }
}
