package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.OptionAssignment;
import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.model.ServerOption;
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

/**
 * Turns option files into servers: one server per option file that nothing else includes (the file a
 * server is started with), its server groups folded into effective options for the target version.
 */
public final class ServerConfigs {

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
        Optional<OptionGroup> serverGroup = file.groups().stream()
                .filter(g -> version.isServerGroup(g.name()))
                .findFirst();
        if (serverGroup.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<OptionAssignment>> values = new LinkedHashMap<>();
        Map<String, List<OptionAssignment>> maximums = new LinkedHashMap<>();
        for (OptionLine line : file.lines()) {
            if (!version.isServerGroup(line.group())) {
                continue;
            }
            OptionName name = OptionName.resolve(line.name(), catalog::knows);
            Optional<VariableSpec> spec = catalog.find(name.canonical());
            OptionValue value = ValueEvaluator.evaluate(name, line.value(), spec);
            OptionAssignment assignment = new OptionAssignment(line.group(), line.name(), line.value(), value,
                    name.loose(), line.location());
            Map<String, List<OptionAssignment>> target = name.prefix() == OptionName.Prefix.MAXIMUM ? maximums : values;
            target.computeIfAbsent(name.canonical(), k -> new ArrayList<>()).add(assignment);
            values.computeIfAbsent(name.canonical(), k -> new ArrayList<>());
        }
        Map<String, ServerOption> options = new LinkedHashMap<>();
        values.forEach((name, assignments) -> options.put(name, new ServerOption(name, catalog.find(name),
                assignments, maximums.getOrDefault(name, List.of()))));
        List<String> files = new ArrayList<>();
        files.add(file.path());
        files.addAll(file.included());
        return Optional.of(new MySqlServer(file.path(), version, options, serverGroup.get().name(),
                serverGroup.get().location(), files, catalog));
    }
}
