package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.EffectiveNumber;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.Optional;
import java.util.stream.Stream;

/** The replication applier's packet limit is below the packets the server itself accepts. */
@RuleMeta(id = "replica-packet-below-source", severity = Severity.WARNING,
        title = "replica_max_allowed_packet below max_allowed_packet",
        rationale = "A replica reads the source's binary log in packets of up to replica_max_allowed_packet (1G by "
                + "default). Set below max_allowed_packet, the first large event a client was allowed to write stops "
                + "the replication I/O thread with error 1153 (\"Got a packet bigger than "
                + "'replica_max_allowed_packet'\") and the replica falls behind until someone raises it.",
        fix = "Raise replica_max_allowed_packet (slave_max_allowed_packet before 8.0.26) to at least max_allowed_packet, "
                + "or leave it at its 1G default.",
        example = "# my.cnf\n[mysqld]\nmax_allowed_packet = 256M\nreplica_max_allowed_packet = 64M")
public final class ReplicaPacketBelowSource implements ServerRule {

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        Optional<EffectiveNumber> packet = server.number("max_allowed_packet");
        Optional<EffectiveNumber> replica = Stream.of("replica_max_allowed_packet", "slave_max_allowed_packet")
                .map(server::number)
                .flatMap(Optional::stream)
                .filter(n -> !n.isDefault())
                .findFirst();
        if (packet.isEmpty() || replica.isEmpty() || replica.get().value().compareTo(packet.get().value()) >= 0) {
            return;
        }
        EffectiveNumber r = replica.get();
        EffectiveNumber p = packet.get();
        var finding = ctx.at(ServerEdits.where(server, r), r.describe() + " is below " + p.describe()
                        + ": a replica of this server stops on the first event larger than " + r.formatted()
                        + ServerEdits.serverOf(server, ServerEdits.where(server, r)))
                .fix(ServerEdits.setNumber(server, r, p.value()))
                .subject(ServerEdits.group(server, r), r.name())
                .values(server.configPath(), r.value(), p.value());
        p.source().ifPresent(s -> finding.related(s.location(), p.describe()));
        finding.report();
    }
}
