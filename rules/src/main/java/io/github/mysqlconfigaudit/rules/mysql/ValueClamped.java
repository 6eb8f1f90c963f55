package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.OptionAssignment;
import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.model.ServerOption;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;

/** A number the server silently replaces: out of range or not a multiple of the block size. */
@RuleMeta(id = "value-clamped", severity = Severity.WARNING,
        title = "Value out of range: the server runs with another one",
        rationale = "mysqld clamps numbers to the option's range and rounds them down to its block size with only a "
                + "warning in the error log: max_allowed_packet = 2G runs as 1G, 1025 as 1024. The file says one "
                + "thing and production does another.",
        fix = "Write the value the server will really use.",
        example = "# my.cnf\n[mysqld]\nmax_allowed_packet = 2G    # the server runs with 1G")
public final class ValueClamped implements ServerRule {

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        for (ServerOption option : server.options()) {
            // the value decides; the assignment is made only for a finding
            if (option.winnerValue() instanceof OptionValue.Numeric n && n.adjusted()) {
                report(server, option, option.winner().orElseThrow(), n, ctx);
            }
        }
    }

    private static void report(MySqlServer server, ServerOption option, OptionAssignment a, OptionValue.Numeric n,
                               RuleContext ctx) {
        var unit = option.spec().orElseThrow().unit();
        ctx.at(a.location(), "`" + a.asWritten() + "` is " + n.adjustment() + ": " + server.version().displayName()
                        + " runs with " + option.name() + " = " + unit.format(n.effective())
                        + ServerEdits.serverOf(server, a.location()))
                .fix("set `" + option.name() + " = " + unit.literal(n.effective()) + "` in [" + a.group() + "] at "
                        + a.location().shortForm())
                .subject(a.group(), option.name())
                .values(server.configPath(), a.asWritten(), n.effective())
                .report();
    }
}
