package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.EffectiveNumber;
import io.github.mysqlconfigaudit.model.GroupOption;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.mysql.catalog.OptionCatalog;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import io.github.mysqlconfigaudit.units.Unit;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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

    /** A client program checked, and the groups it reads. */
    private record Program(String name, List<String> groups) {
    }

    private static final List<Program> PROGRAMS = List.of(
            new Program("mysql", List.of("client", "client-server", "client-mariadb", "mysql", "mariadb-client")),
            new Program("mysqldump", List.of("client", "client-server", "client-mariadb", "mysqldump", "mariadb-dump")));

    /**
     * What one program runs with, and the line (or group header) that decides it; what it says is made only for
     * the limits reported (most servers' clients take their packets).
     */
    private record Limit(BigInteger bytes, GroupOption at, Supplier<String> description) {
        String described() {
            return description.get();
        }
    }

    @Override
    public void check(Model model, RuleContext ctx) {
        Map<String, List<GroupOption>> byFile = model.groupOptions().stream()
                .collect(Collectors.groupingBy(GroupOption::configPath));
        for (MySqlServer server : model.servers()) {
            Optional<EffectiveNumber> packet = server.number("max_allowed_packet");
            List<GroupOption> mine = byFile.getOrDefault(server.configPath(), List.of());
            if (packet.isEmpty() || mine.isEmpty()) {
                continue;
            }
            // one finding per line to change, naming every program that line holds back
            Map<GroupOption, List<String>> below = null;
            for (Program program : PROGRAMS) {
                Limit l = limit(program, mine, packet.get(), server);
                if (l != null && l.bytes().compareTo(packet.get().value()) < 0) {
                    below = below == null ? new LinkedHashMap<>() : below;
                    below.computeIfAbsent(l.at(), k -> new ArrayList<>()).add(l.described());
                }
            }
            if (below == null) {
                continue;
            }
            below.forEach((source, programs) -> {
                Location at = source.assignment().location();
                String group = source.assignment().group();
                var finding = ctx.at(at, String.join("; ", programs) + ", below the server's "
                                + packet.get().describe() + ": dumps and restores of rows larger than that fail")
                        .fix("set max_allowed_packet = " + packet.get().formatted() + " in [" + group + "] at "
                                + at.shortForm())
                        .subject(group, "max_allowed_packet")
                        .values(server.configPath(), packet.get().value(), source.assignment().asWritten());
                packet.get().source().ifPresent(s -> finding.related(s.location(), "the server's "
                        + packet.get().describe()));
                finding.report();
            });
        }
    }

    /**
     * The program's limit: the last max_allowed_packet among the groups it reads, else its default when the file
     * has a group of its own and the server's value is set (defaults on both sides are the tools' own business);
     * null when neither.
     */
    private static Limit limit(Program program, List<GroupOption> options, EffectiveNumber packet,
                               MySqlServer server) {
        GroupOption value = null;
        GroupOption ownGroup = null;
        for (GroupOption o : options) { // the last value, the first group of its own
            if (o.name().equals("max_allowed_packet") && program.groups().contains(o.group())) {
                value = o;
            } else if (ownGroup == null && o.name().equals(GroupOption.GROUP_HEADER)
                    && o.group().equals(program.name())) {
                ownGroup = o;
            }
        }
        if (value != null) {
            GroupOption line = value;
            return line.assignment().value() instanceof OptionValue.Numeric n
                    ? new Limit(n.effective(), line, () -> program.name() + " reads `" + line.assignment().asWritten()
                            + "` from [" + line.assignment().group() + "]")
                    : null;
        }
        if (ownGroup == null || packet.isDefault()) {
            return null;
        }
        GroupOption header = ownGroup;
        return OptionCatalog.builtIn().clientDefault(program.name(), "max_allowed_packet", server.version())
                .map(d -> new Limit(d, header, () -> program.name() + " runs with its default "
                        + Unit.BYTES.format(d) + " ([" + program.name() + "] does not set max_allowed_packet)"))
                .orElse(null);
    }
}
