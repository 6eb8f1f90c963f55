package io.github.mysqlconfigaudit.rules.proxy;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.ProxyTimeout;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import io.github.mysqlconfigaudit.units.HaproxyDuration;

/** A bare number is milliseconds to haproxy: {@code timeout server 300} is 0.3 s (seen live: LiveProofIT). */
@RuleMeta(id = "haproxy-timeout-without-unit", severity = Severity.WARNING,
        title = "HAProxy timeout without a unit (milliseconds)",
        rationale = "HAProxy reads a time without a unit as milliseconds. 'timeout server 300' written as five "
                + "minutes is 0.3 s: connections are cut almost at once (seen live: 'timeout server 3000' broke "
                + "every idle MySQL connection after 3 s).",
        fix = "Always write the unit: 300s, 5m, 8h (or 300ms when milliseconds are meant).",
        example = "# haproxy.cfg\ndefaults\n    timeout server 300    # 0.3 s, not 5 minutes")
public final class HaproxyTimeoutWithoutUnit implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        for (ProxyTimeout t : model.proxyTimeouts()) {
            if (!HaproxyDuration.unitless(t.raw()) || t.unlimited()) {
                continue;
            }
            ctx.at(t.location(), "`timeout " + t.kind() + " " + t.raw() + "` in " + t.section() + " has no unit: "
                            + "haproxy reads it as " + t.raw() + " ms = " + HaproxyDuration.seconds(t.millis()))
                    .fix("write `timeout " + t.kind() + " " + HaproxyDuration.literal(t.millis()) + "` at "
                            + t.location().shortForm() + " if that is what is meant, or the intended value with its "
                            + "unit (e.g. `timeout " + t.kind() + " " + t.raw() + "s`)")
                    .subject(t.section(), "timeout " + t.kind())
                    .values(t.raw())
                    .report();
        }
    }
}
