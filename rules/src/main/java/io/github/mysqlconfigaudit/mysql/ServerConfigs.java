package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.model.GroupOption;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.OptionAssignment;
import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.model.ServerOption;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.OptionCatalog;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import io.github.mysqlconfigaudit.mysql.catalog.VariableSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns option files into servers: one server per option file that nothing else includes (the file a
 * server is started with), its server groups folded into effective options for the target version.
 */
public final class ServerConfigs {

    private static final OptionCatalog OPTIONS = OptionCatalog.builtIn();
    /** What a group header "sets": nothing, one value for every header. */
    private static final OptionValue.Text NO_VALUE = new OptionValue.Text("");

    private ServerConfigs() {
    }

    /** The option files a server is started with: those no other file includes (cycles broken by path order). */
    public static List<OptionFile> roots(List<OptionFile> files) {
        List<OptionFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(OptionFile::path));
        Set<String> includedByOthers = new HashSet<>();
        for (OptionFile f : sorted) {
            f.included().stream().filter(p -> !p.equals(f.path())).forEach(includedByOthers::add);
        }
        List<OptionFile> roots = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (OptionFile f : sorted) {
            if (!includedByOthers.contains(f.path())) {
                roots.add(f);
                covered.add(f.path());
                covered.addAll(f.included());
            }
        }
        for (OptionFile f : sorted) {
            if (!covered.contains(f.path())) {
                roots.add(f);
                covered.add(f.path());
                covered.addAll(f.included());
            }
        }
        roots.sort(Comparator.comparing(OptionFile::path));
        return roots;
    }

    /** The server an option file configures, or empty when it has no group the server reads. */
    public static Optional<MySqlServer> server(OptionFile file, MySqlVersion version, VariableCatalog catalog) {
        return server(file, version, "", catalog);
    }

    /**
     * The server an option file configures for a version, with why that version was assumed when it is not
     * the audit's own.
     */
    public static Optional<MySqlServer> server(OptionFile file, MySqlVersion version, String versionReason,
                                               VariableCatalog catalog) {
        Optional<OptionGroup> serverGroup = file.groups().stream()
                .filter(g -> version.isServerGroup(g.name()))
                .findFirst();
        if (serverGroup.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<OptionAssignment>> values = new LinkedHashMap<>();
        Map<String, List<OptionAssignment>> maximums = new LinkedHashMap<>();
        Predicate<String> known = n -> catalog.knows(n) || OPTIONS.knowsExactly(n);
        for (OptionLine line : file.lines()) {
            if (!version.isServerGroup(line.group())) {
                continue;
            }
            OptionName name = OptionName.resolve(line.name(), known);
            Optional<VariableSpec> spec = catalog.find(name.canonical(), version);
            OptionValue value = ValueEvaluator.evaluate(name, line.value(), spec);
            if (line.value() != null && value instanceof OptionValue.Text) {
                Optional<String> refused = OPTIONS.valueList(name.canonical(), version)
                        .flatMap(list -> ValueListCheck.problem(name.canonical(), line.value(), list, version));
                if (refused.isPresent()) {
                    value = new OptionValue.Invalid(refused.get());
                }
            }
            OptionAssignment assignment = new OptionAssignment(line.group(), line.name(), line.value(), value,
                    name.loose(), line.path(), line.line(), line.column());
            Map<String, List<OptionAssignment>> target = name.prefix() == OptionName.Prefix.MAXIMUM ? maximums : values;
            target.computeIfAbsent(name.canonical(), k -> new ArrayList<>()).add(assignment);
            values.computeIfAbsent(name.canonical(), k -> new ArrayList<>());
        }
        Map<String, ServerOption> options = new LinkedHashMap<>();
        values.forEach((name, assignments) -> options.put(name, new ServerOption(name, catalog.find(name, version),
                assignments, maximums.getOrDefault(name, List.of()))));
        List<String> files = new ArrayList<>();
        files.add(file.path());
        files.addAll(file.included());
        return Optional.of(new MySqlServer(file.path(), version, versionReason, options, serverGroup.get().name(),
                serverGroup.get().location(), files, catalog));
    }

    /**
     * The server version a file names for itself by {@code [mysqld-8.0]}-style groups of one version the catalog
     * knows, with where the group stands.
     */
    public static Optional<Map.Entry<MySqlVersion, String>> versionFromGroups(OptionFile file) {
        Map<MySqlVersion, String> named = new LinkedHashMap<>();
        for (OptionGroup g : file.groups()) {
            MySqlVersion.ofVersionedGroup(g.name()).ifPresent(v -> named.putIfAbsent(v,
                    "the file has a [" + g.name() + "] group at " + g.location().shortForm()));
        }
        // groups for several versions: the file serves them all, so none of them is this server's
        return named.size() == 1 ? Optional.of(named.entrySet().iterator().next()) : Optional.empty();
    }

    /** The client programs whose groups carry a max_allowed_packet the server must not exceed. */
    public static final List<String> CLIENT_GROUPS = List.of("client", "mysql", "mysqldump", "client-server",
            "client-mariadb", "mariadb-client", "mariadb-dump");

    /**
     * The options of any group that rules need besides the server's: client programs' max_allowed_packet
     * and password-like options (kept as facts, not as the file).
     */
    public static List<GroupOption> groupOptions(OptionFile file) {
        List<GroupOption> kept = new ArrayList<>();
        for (OptionGroup g : file.groups()) {
            if (CLIENT_GROUPS.contains(g.name().toLowerCase(java.util.Locale.ROOT))) {
                kept.add(new GroupOption(file.path(), GroupOption.GROUP_HEADER, new OptionAssignment(g.name(),
                        "[" + g.name() + "]", null, NO_VALUE, false, g.path(), g.line(), g.column())));
            }
        }
        for (OptionLine line : file.lines()) {
            OptionName name = OptionName.resolve(line.name(), NOTHING_KNOWN);
            String group = line.group().toLowerCase(java.util.Locale.ROOT);
            boolean clientPacket = name.canonical().equals("max_allowed_packet") && CLIENT_GROUPS.contains(group);
            if (clientPacket || OptionCatalog.isPasswordOption(name.canonical())) {
                OptionValue value = clientPacket
                        ? ValueEvaluator.evaluate(name, line.value(), VariableCatalog.builtIn().find(name.canonical()))
                        : new OptionValue.Text(line.value() == null ? "" : line.value());
                kept.add(new GroupOption(file.path(), name.canonical(), new OptionAssignment(line.group(), line.name(),
                        line.value(), value, name.loose(), line.path(), line.line(), line.column())));
            }
        }
        return kept;
    }

    /** No name is an option: only {@code loose-} and {@code maximum-} come off. */
    private static final Predicate<String> NOTHING_KNOWN = n -> false;
}
