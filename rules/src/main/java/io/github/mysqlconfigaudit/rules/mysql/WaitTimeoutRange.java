package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.rule.Param;
import io.github.mysqlconfigaudit.rule.ParamType;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;

/** wait_timeout and interactive_timeout far from what connection pools and proxies are built around. */
@RuleMeta(id = "wait-timeout-range", severity = Severity.WARNING,
        title = "wait_timeout or interactive_timeout outside a sane range",
        rationale = "Below a minute the server closes pooled connections between two requests and the "
                + "application sees 'MySQL server has gone away' / ERROR 2013; above a day idle sessions pile up "
                + "until max_connections is reached (ERROR 1040).",
        fix = "Set wait_timeout (and interactive_timeout) between the bounds, and let the client pool retire idle "
                + "connections before it.",
        example = "# my.cnf\n[mysqld]\nwait_timeout = 30",
        params = {
            @Param(name = "minimum", type = ParamType.DURATION, defaultValue = "60s",
                    description = "Lowest acceptable wait_timeout/interactive_timeout."),
            @Param(name = "maximum", type = ParamType.DURATION, defaultValue = "86400s",
                    description = "Highest acceptable wait_timeout/interactive_timeout.")
        })
public final class WaitTimeoutRange implements ServerRule {

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        long min = ctx.param("minimum");
        long max = ctx.param("maximum");
        for (String option : new String[] {"wait_timeout", "interactive_timeout"}) {
            RangeCheck.check(server, option, min, max, ctx,
                    "idle pooled connections are closed by the server between requests (ERROR 2013 in the "
                            + "application)",
                    "idle sessions stay open for days and exhaust max_connections (ERROR 1040)");
        }
    }
}
