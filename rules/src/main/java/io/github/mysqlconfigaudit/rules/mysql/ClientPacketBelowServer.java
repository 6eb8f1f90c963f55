package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.EffectiveNumber;
import io.github.mysqlconfigaudit.model.GroupOption;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.mysql.catalog.OptionCatalog;
import io.github.mysqlconfigaudit.mysql.catalog.Unit;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The mysql client or mysqldump of the same file takes smaller packets than the server accepts. */
@RuleMeta(id = "client-packet-below-server", severity = Severity.WARNING,
        title = "Client program's max_allowed_packet below the server's",
        rationale = "The server stores rows up to its max_allowed_packet, but mysqldump and the mysql client refuse "
                + "packets above their own limit (24M and 16M by default): the dump of a large row fails with "
                + "\"Got packet bigger than 'max_allowed_packet'\" and a restore of it fails the same way, long after "
                + "the row was written.",
        fix = "Set max_allowed_packet in [mysqldump] and [mysql] (or [client]) to at least the server's value.",
        example = "# my.cnf\n[mysqld]\nmax_allowed_packet = 256M\n[mysqldump]\nmax_allowed_packet = 16M")
public final class ClientPacketBelowServer implements Rule {

    /** The client programs checked and the groups each reads, in the order they are read. */
    private static final Map<String, List<String>> PROGRAMS = Map.of(
            "mysql", List.of("client", "client-server", "client-mariadb", "mysql", "mariadb-client"),
            "mysqldump", List.of("client", "client-server", "client-mariadb", "mysqldump", "mariadb-dump"));

    @Override
    public void check(Model model, RuleContext ctx) {
        OptionCatalog catalog = OptionCatalog.builtIn();
        Map<String, List<GroupOption>> byFile = model.groupOptions().stream()
                .collect(Collectors.groupingBy(GroupOption::configPath));
        for (MySqlServer server : model.servers()) {
            Optional<EffectiveNumber> packet = server.number("max_allowed_packet");
            if (packet.isEmpty()) {
                continue;
            }
            List<GroupOption> mine = byFile.getOrDefault(server.configPath(), List.of());
            if (mine.isEmpty()) {
                continue;
            }
            Map<Location, List<String>> below = new LinkedHashMap<>();
            Map<Location, String> groups = new LinkedHashMap<>();
            for (String program : List.of("mysql", "mysqldump")) {
                List<String> reads = PROGRAMS.get(program);
                Optional<GroupOption> value = mine.stream()
                        .filter(o -> o.name().equals("max_allowed_packet") && reads.contains(o.group()))
                        .reduce((first, second) -> second);
                Optional<GroupOption> ownGroup = mine.stream()
                        .filter(o -> o.name().equals(GroupOption.GROUP_HEADER) && o.group().equals(program))
                        .findFirst();
                BigInteger client;
                Location at;
                String described;
                if (value.isPresent() && value.get().assignment().value() instanceof OptionValue.Numeric n) {
                    client = n.effective();
                    at = value.get().assignment().location();
                    described = program + " reads `" + value.get().assignment().asWritten() + "` from ["
                            + value.get().assignment().group() + "]";
                    groups.put(at, value.get().assignment().group());
                } else if (value.isEmpty() && ownGroup.isPresent() && !packet.get().isDefault()) {
                    Optional<BigInteger> d = catalog.clientDefault(program, "max_allowed_packet", server.version());
                    if (d.isEmpty()) {
                        continue;
                    }
                    client = d.get();
                    at = ownGroup.get().assignment().location();
                    described = program + " runs with its default " + Unit.BYTES.format(client) + " ([" + program
                            + "] does not set max_allowed_packet)";
                    groups.put(at, ownGroup.get().assignment().group());
                } else {
                    continue;
                }
                if (client.compareTo(packet.get().value()) < 0) {
                    below.computeIfAbsent(at, k -> new ArrayList<>()).add(described);
                }
            }
            below.forEach((at, programs) -> {
                var finding = ctx.at(at, String.join("; ", programs) + ", below the server's "
                                + packet.get().describe() + ": dumps and restores of rows larger than that fail")
                        .fix("set max_allowed_packet = " + packet.get().formatted() + " in [" + groups.get(at)
                                + "] at " + at.shortForm())
                        .subject(groups.get(at), "max_allowed_packet");
                packet.get().source().ifPresent(s -> finding.related(s.location(), "the server's "
                        + packet.get().describe()));
                finding.report();
            });
        }
    }
}
