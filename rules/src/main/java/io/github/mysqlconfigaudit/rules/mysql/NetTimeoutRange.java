package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.EffectiveNumber;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.rule.Param;
import io.github.mysqlconfigaudit.rule.ParamType;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.Optional;

/** net_read_timeout / net_write_timeout out of range, or writes given less time than reads. */
@RuleMeta(id = "net-timeout-range", severity = Severity.WARNING,
        title = "net_read_timeout or net_write_timeout outside a sane range",
        rationale = "A stalled read or write longer than these aborts the connection ('Got timeout reading "
                + "communication packets', Aborted_clients); too short cuts large results and slow clients, too "
                + "long keeps dead connections. Writes (large result sets) need at least as long as reads.",
        fix = "Keep net_read_timeout and net_write_timeout within the bounds, with net_write_timeout >= "
                + "net_read_timeout.",
        example = "# my.cnf\n[mysqld]\nnet_read_timeout = 120    # net_write_timeout stays at 60",
        params = {
            @Param(name = "read-minimum", type = ParamType.DURATION, defaultValue = "30s",
                    description = "Lowest acceptable net_read_timeout."),
            @Param(name = "read-maximum", type = ParamType.DURATION, defaultValue = "600s",
                    description = "Highest acceptable net_read_timeout."),
            @Param(name = "write-minimum", type = ParamType.DURATION, defaultValue = "60s",
                    description = "Lowest acceptable net_write_timeout."),
            @Param(name = "write-maximum", type = ParamType.DURATION, defaultValue = "600s",
                    description = "Highest acceptable net_write_timeout.")
        })
public final class NetTimeoutRange implements ServerRule {

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        RangeCheck.check(server, "net_read_timeout", ctx.param("read-minimum"), ctx.param("read-maximum"), ctx,
                "a client that pauses while sending a large statement is disconnected",
                "dead clients keep their connections and threads that long");
        RangeCheck.check(server, "net_write_timeout", ctx.param("write-minimum"), ctx.param("write-maximum"),
                ctx,
                "large result sets sent to a slow client are cut ('Got timeout writing communication packets')",
                "writes to dead clients hold their threads that long");
        writeBelowRead(server, ctx);
    }

    private static void writeBelowRead(MySqlServer server, RuleContext ctx) {
        Optional<EffectiveNumber> read = server.number("net_read_timeout");
        Optional<EffectiveNumber> write = server.number("net_write_timeout");
        if (read.isEmpty() || write.isEmpty() || (read.get().isDefault() && write.get().isDefault())) {
            return;
        }
        EffectiveNumber r = read.get();
        EffectiveNumber w = write.get();
        if (w.value().compareTo(r.value()) >= 0) {
            return;
        }
        Location at = w.isDefault() ? ServerEdits.where(server, r) : ServerEdits.where(server, w);
        var finding = ctx.at(at, w.describe() + " is below " + r.describe()
                        + ": the server gives up sending results sooner than it waits for statements, so large "
                        + "result sets fail first" + ServerEdits.serverOf(server, at))
                .fix(ServerEdits.setNumber(server, w, r.value()))
                .subject(ServerEdits.group(server, w), w.name())
                .values(server.configPath(), w.value(), r.value());
        Location other = w.isDefault() || r.isDefault() ? null : ServerEdits.where(server, r);
        if (other != null && !other.equals(at)) {
            finding.related(other, r.describe());
        }
        finding.report();
    }
}
