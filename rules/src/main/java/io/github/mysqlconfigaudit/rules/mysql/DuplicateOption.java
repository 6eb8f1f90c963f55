package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.OptionAssignment;
import io.github.mysqlconfigaudit.model.ServerOption;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.List;

/** One server option set in more than one place; only the last one read counts. */
@RuleMeta(id = "duplicate-option", severity = Severity.WARNING,
        title = "Option set more than once for the server",
        rationale = "mysqld reads every server group of the file and its includes in order and the last value wins "
                + "(max_allowed_packet and max-allowed-packet are the same option). Whoever edits the first line "
                + "changes nothing.",
        fix = "Keep one line per option for the server.",
        example = "# my.cnf\n[mysqld]\nmax_allowed_packet = 64M\nmax-allowed-packet = 128M")
public final class DuplicateOption implements ServerRule {

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        for (ServerOption option : server.options()) {
            List<OptionAssignment> overridden = option.overridden();
            if (overridden.isEmpty()) {
                continue;
            }
            OptionAssignment winner = option.winner().orElseThrow();
            OptionAssignment first = overridden.get(0);
            String firstWritten = first.asWritten();
            String winnerWritten = winner.asWritten();
            Location firstAt = first.location();
            Location winnerAt = winner.location();
            String winnerLine = winnerAt.shortForm();
            var finding = ctx.at(firstAt, option.name() + " is set " + option.assignments().size()
                            + " times for the server started with " + server.configPath() + "; `"
                            + firstWritten + "` here is overridden, the value in effect is `"
                            + winnerWritten + "` at " + winnerLine)
                    .fix("delete `" + firstWritten + "` at " + firstAt.shortForm()
                            + " and keep the one line at " + winnerLine)
                    .subject(first.group(), option.name())
                    .values(firstWritten, winnerWritten);
            for (OptionAssignment other : overridden.subList(1, overridden.size())) {
                finding.related(other.location(), "also overridden: `" + other.asWritten() + "`");
            }
            finding.related(winnerAt, "in effect: `" + winnerWritten + "`");
            finding.report();
        }
    }
}
