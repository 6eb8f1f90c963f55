package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.EffectiveNumber;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.Optional;

/** net_buffer_length above max_allowed_packet: mysqld warns and the buffer setting is meaningless. */
@RuleMeta(id = "net-buffer-exceeds-packet", severity = Severity.WARNING,
        title = "net_buffer_length larger than max_allowed_packet",
        rationale = "The connection buffer starts at net_buffer_length and may grow only up to max_allowed_packet; "
                + "mysqld warns 'net_buffer_length (…) is set to be larger than max_allowed_packet (…). Please "
                + "rectify.' and one of the two is not what was meant.",
        fix = "Lower net_buffer_length (16K is the default) or raise max_allowed_packet.",
        example = "# my.cnf\n[mysqld]\nmax_allowed_packet = 512K\nnet_buffer_length = 1M")
public final class NetBufferExceedsPacket implements ServerRule {

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        Optional<EffectiveNumber> buffer = server.number("net_buffer_length");
        Optional<EffectiveNumber> packet = server.number("max_allowed_packet");
        if (buffer.isEmpty() || packet.isEmpty()) {
            return;
        }
        EffectiveNumber b = buffer.get();
        EffectiveNumber p = packet.get();
        if (b.value().compareTo(p.value()) <= 0 || (b.isDefault() && p.isDefault())) {
            return;
        }
        Location at = b.isDefault() ? ServerEdits.where(server, p) : ServerEdits.where(server, b);
        var finding = ctx.at(at, b.describe() + " is larger than " + p.describe()
                        + ": mysqld warns at start and the buffer can never reach that size"
                        + ServerEdits.serverOf(server, at))
                .fix(b.isDefault()
                        ? ServerEdits.setNumber(server, p, b.value())
                        : ServerEdits.setNumber(server, b, p.value()))
                .subject(ServerEdits.group(server, b.isDefault() ? p : b), b.isDefault() ? p.name() : b.name())
                .values(server.configPath(), b.value(), p.value());
        if (!b.isDefault() && !p.isDefault()) {
            finding.related(ServerEdits.where(server, p), p.describe());
        }
        finding.report();
    }
}
