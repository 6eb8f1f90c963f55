package io.github.mysqlconfigaudit.policy;

import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import java.time.LocalDate;
import java.util.List;

/** A waiver past its expiry date: it no longer waives anything, and says so. */
@RuleMeta(id = "waiver-expired", severity = Severity.WARNING,
        title = "Waiver past its expiry date",
        rationale = "A waiver with an expiry date is a promise to fix something by then. After the date it stops "
                + "working, so the findings it waived count again; this says why they came back.",
        fix = "Fix the findings and delete the waiver, or renew it with a new date and reason.",
        example = "# .mysql-config-audit.yaml\nwaivers:\n  - rule: wait-timeout-range\n    path: 'legacy/**'\n    reason: 'legacy batch host'\n    expires: 2025-01-31")
final class WaiverExpired {

    public void check(List<Waiver> waivers, LocalDate today, RuleContext ctx) {
        for (Waiver w : waivers) {
            if (w.expiredOn(today)) {
                ctx.at(w.where(), "the waiver of " + w.ruleId() + " for " + w.path() + " expired on "
                                + w.expires().orElseThrow() + " (\"" + w.reason() + "\"); its findings count again")
                        .fix("fix the findings and delete the waiver at " + w.where().shortForm()
                                + ", or set a new `expires` date with a reason")
                        .subject("", w.ruleId())
                        .values(w.path(), w.expires().orElseThrow())
                        .report();
            }
        }
    }
}
