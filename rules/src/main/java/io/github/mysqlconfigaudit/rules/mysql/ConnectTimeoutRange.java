package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.rule.Param;
import io.github.mysqlconfigaudit.rule.ParamType;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;

/** connect_timeout too short for a busy network, or long enough to invite slow handshakes. */
@RuleMeta(id = "connect-timeout-range", severity = Severity.WARNING,
        title = "connect_timeout outside a sane range",
        rationale = "A handshake slower than connect_timeout is cut with 'Lost connection to MySQL server at "
                + "reading initial communication packet' (and counts towards max_connect_errors); a very long "
                + "one lets slow or stalled clients hold connection slots.",
        fix = "Set connect_timeout between the bounds.",
        example = "# my.cnf\n[mysqld]\nconnect_timeout = 2",
        params = {
            @Param(name = "minimum", type = ParamType.DURATION, defaultValue = "5s",
                    description = "Lowest acceptable connect_timeout."),
            @Param(name = "maximum", type = ParamType.DURATION, defaultValue = "60s",
                    description = "Highest acceptable connect_timeout.")
        })
public final class ConnectTimeoutRange implements ServerRule {

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        long min = ctx.param("minimum");
        long max = ctx.param("maximum");
        RangeCheck.check(server, "connect_timeout", min, max, ctx,
                "handshakes over a slow or busy network are cut ('Lost connection … at reading initial "
                        + "communication packet')",
                "stalled handshakes hold connection slots that long");
    }
}
