package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.rule.Param;
import io.github.mysqlconfigaudit.rule.ParamType;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;
import java.math.BigInteger;

/** The server's packet limit (set, or the version's default) below what applications send today. */
@RuleMeta(id = "max-allowed-packet-too-small", severity = Severity.WARNING,
        title = "max_allowed_packet too small",
        rationale = "A statement, row or BLOB larger than max_allowed_packet fails with ER_NET_PACKET_TOO_LARGE "
                + "and the server closes the connection (clients see 'Lost connection' or 'MySQL server has gone "
                + "away'); the defaults of MySQL 5.7 (4M) and MariaDB (16M) are below what many applications send.",
        fix = "Set max_allowed_packet in the server group to at least the minimum (and the clients' to match).",
        example = "# my.cnf\n[mysqld]\nmax_allowed_packet = 16M",
        params = @Param(name = "minimum", type = ParamType.SIZE, defaultValue = "64M",
                description = "Smallest acceptable effective max_allowed_packet."))
public final class MaxAllowedPacketTooSmall implements ServerRule {

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        BigInteger minimum = BigInteger.valueOf(ctx.param("minimum"));
        server.number("max_allowed_packet")
                .filter(n -> n.value().compareTo(minimum) < 0)
                .ifPresent(n -> {
                    Location at = ServerEdits.where(server, n);
                    ctx.at(at, n.describe() + " is below " + n.unit().format(minimum) + ": larger statements "
                                    + "and rows fail with ER_NET_PACKET_TOO_LARGE and the connection is closed"
                                    + ServerEdits.serverOf(server, at))
                            .fix(ServerEdits.setNumber(server, n, minimum))
                            .subject(ServerEdits.group(server, n), n.name())
                            .values(server.configPath(), n.value(), minimum)
                            .report();
                });
    }
}
