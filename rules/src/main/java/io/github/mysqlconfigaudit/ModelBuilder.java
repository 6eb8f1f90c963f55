package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.client.ClientConfigReader;
import io.github.mysqlconfigaudit.discover.FileDiscovery;
import io.github.mysqlconfigaudit.discover.SourceFile;
import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.discover.SuppressionComments;
import io.github.mysqlconfigaudit.haproxy.HaproxyConfig;
import io.github.mysqlconfigaudit.haproxy.HaproxyConfigReader;
import io.github.mysqlconfigaudit.haproxy.RouteBuilder;
import io.github.mysqlconfigaudit.kubernetes.ClusterModel;
import io.github.mysqlconfigaudit.kubernetes.ManifestFacts;
import io.github.mysqlconfigaudit.kubernetes.ManifestReader;
import io.github.mysqlconfigaudit.link.ClientPaths;
import io.github.mysqlconfigaudit.link.Linker;
import io.github.mysqlconfigaudit.link.RouteSelector;
import io.github.mysqlconfigaudit.model.ClientPath;
import io.github.mysqlconfigaudit.model.ClientPool;
import io.github.mysqlconfigaudit.model.FileKind;
import io.github.mysqlconfigaudit.model.GroupOption;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.ProxyTimeout;
import io.github.mysqlconfigaudit.model.Sorted;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.model.Suppression;
import io.github.mysqlconfigaudit.mysql.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.OptionFile;
import io.github.mysqlconfigaudit.mysql.OptionFileReader;
import io.github.mysqlconfigaudit.mysql.ServerConfigs;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Discover, parse, model: files are parsed in parallel (each reader keeps no shared state), then merged in
 * path order, so the model (and every report) is the same whatever the thread timing.
 */
final class ModelBuilder {

    private final SourceTree tree;
    private final AuditOptions options;

    ModelBuilder(SourceTree tree, AuditOptions options) {
        this.tree = tree;
        this.options = options;
    }

    /** What one file gave its reader: handed to {@link Gathered#add} at once, never kept. */
    private record Parsed(SourceFile file, OptionFile optionFile, RouteBuilder.Result routes,
                          ClientConfigReader.Result client, ManifestReader.Result manifest,
                          List<Suppression> suppressions, SourceProblem skipped) {
    }

    /**
     * The facts of every file read, merged in path order while the files are read on both cores (an ordered
     * reduction: each core gathers a run of files, and runs are joined left to right). No per-file result
     * outlives its file: at 100,000 files the per-file wrappers (a result, its lists, the discovered file) were
     * some 400,000 objects the collector copied until the model was built.
     */
    private final class Gathered {
        final List<OptionFile> optionFiles = new ArrayList<>();
        final List<ManifestFacts.ConfigMap> configMaps = new ArrayList<>();
        final List<ManifestFacts.Workload> workloads = new ArrayList<>();
        final List<ManifestFacts.Service> services = new ArrayList<>();
        final List<SourceProblem> manifestProblems = new ArrayList<>();
        final List<ClientPool> clients = new ArrayList<>();
        final List<ProxyRoute> routes = new ArrayList<>();
        final List<ProxyTimeout> proxyTimeouts = new ArrayList<>();
        final Set<SourceProblem> problems = new LinkedHashSet<>();
        final Set<Suppression> suppressions = new LinkedHashSet<>();
        final Map<FileKind, Integer> counts = new EnumMap<>(FileKind.class);

        void add(Parsed p) {
            if (p.manifest() != null && !p.manifest().kubernetes()) {
                return; // YAML that is not Kubernetes: skipped silently
            }
            counts.merge(p.file().kind(), 1, Integer::sum);
            suppressions.addAll(p.suppressions());
            if (p.skipped() != null) {
                problems.add(p.skipped());
            }
            if (p.optionFile() != null) {
                optionFiles.add(p.optionFile());
            }
            if (p.routes() != null) {
                p.routes().routes().stream().map(ModelBuilder.this::markedByPolicy).forEach(routes::add);
                suppressions.addAll(p.routes().suppressions());
                proxyTimeouts.addAll(p.routes().timeouts());
                problems.addAll(p.routes().problems());
            }
            if (p.client() != null) {
                p.client().pool().ifPresent(clients::add);
                problems.addAll(p.client().problems());
            }
            if (p.manifest() != null) {
                configMaps.addAll(p.manifest().configMaps());
                workloads.addAll(p.manifest().workloads());
                services.addAll(p.manifest().services());
                manifestProblems.addAll(p.manifest().problems());
            }
        }

        /** {@code later}'s files follow this one's. */
        Gathered join(Gathered later) {
            optionFiles.addAll(later.optionFiles);
            configMaps.addAll(later.configMaps);
            workloads.addAll(later.workloads);
            services.addAll(later.services);
            manifestProblems.addAll(later.manifestProblems);
            clients.addAll(later.clients);
            routes.addAll(later.routes);
            proxyTimeouts.addAll(later.proxyTimeouts);
            problems.addAll(later.problems);
            suppressions.addAll(later.suppressions);
            later.counts.forEach((kind, n) -> counts.merge(kind, n, Integer::sum));
            return this;
        }

        /** Every manifest's facts, in path order, as one. */
        ManifestReader.Result manifests() {
            return new ManifestReader.Result(configMaps, workloads, services, manifestProblems, true);
        }
    }

    Model build() {
        FileDiscovery.Result discovered = new FileDiscovery(tree, options.filter(), options.limits()).discover();
        MySqlVersion version = options.version().orElse(MySqlVersion.DEFAULT);
        String reason = options.version().isPresent() ? options.versionReason() : "the default; set mysqlVersion to change";
        OptionFileReader optionReader = new OptionFileReader(tree, options.limits());
        HaproxyConfigReader haproxyReader = new HaproxyConfigReader(tree, options.limits());
        Gathered gathered = discovered.files().parallelStream()
                .map(f -> parse(f, optionReader, haproxyReader))
                .filter(java.util.Objects::nonNull) // a *.cfg whose text is not HAProxy's
                .collect(java.util.stream.Collector.of(Gathered::new, Gathered::add, Gathered::join));

        List<OptionFile> optionFiles = gathered.optionFiles;
        List<ClientPool> clients = gathered.clients;
        List<ProxyRoute> routes = gathered.routes;
        List<ProxyTimeout> proxyTimeouts = gathered.proxyTimeouts;
        Set<SourceProblem> problems = new LinkedHashSet<>(discovered.problems());
        problems.addAll(gathered.problems);
        Set<Suppression> suppressions = gathered.suppressions;
        Map<FileKind, Integer> counts = gathered.counts;

        List<MySqlServer> servers = new ArrayList<>();
        VariableCatalog catalog = VariableCatalog.builtIn();
        List<GroupOption> groupOptions = new ArrayList<>();
        record Root(OptionFile file, Optional<MySqlServer> server, List<GroupOption> groupOptions) {
        }
        // each server is folded from its own file: in parallel, merged in path order
        List<Root> folded = ServerConfigs.roots(optionFiles).parallelStream().map(root -> {
            Optional<Map.Entry<MySqlVersion, String>> named = options.version().isPresent() ? Optional.empty()
                    : ServerConfigs.versionFromGroups(root);
            MySqlVersion rootVersion = named.map(Map.Entry::getKey).orElse(version);
            return new Root(root, ServerConfigs.server(root, rootVersion, named.map(Map.Entry::getValue).orElse(""),
                    catalog), ServerConfigs.groupOptions(root));
        }).toList();
        for (Root root : folded) {
            problems.addAll(root.file().problems());
            suppressions.addAll(root.file().suppressions());
            root.server().ifPresent(servers::add);
            groupOptions.addAll(root.groupOptions());
        }
        ClusterModel.Result cluster = ClusterModel.build(List.of(gathered.manifests()), options.version(), version,
                catalog);
        servers.addAll(cluster.servers());
        cluster.routes().stream().map(this::markedByPolicy).forEach(routes::add);
        proxyTimeouts.addAll(cluster.timeouts());
        problems.addAll(cluster.problems());
        Linker.Result linked = new Linker(options.links(), cluster.directory(), cluster.loadBalancers())
                .linkAll(routes, servers);
        problems.addAll(linked.unresolved());
        clients.addAll(cluster.clients());
        groupOptions.addAll(cluster.groupOptions());
        List<ClientPath> clientPaths = new ClientPaths(routes, linked.links(), servers, cluster.directory(),
                cluster.loadBalancers(), version).paths(clients);
        List<SourceProblem> sorted = Sorted.of(problems,
                Comparator.comparing(SourceProblem::location).thenComparing(SourceProblem::message));
        return new Model(version, reason, servers, routes, proxyTimeouts, linked.links(), cluster.containers(), clientPaths,
                groupOptions, List.copyOf(suppressions), sorted, counts);
    }

    private Parsed parse(SourceFile file, OptionFileReader optionReader, HaproxyConfigReader haproxyReader) {
        switch (file.kind()) {
            case MYSQL_OPTION_FILE -> {
                return new Parsed(file, optionReader.read(file.path()), null, null, null, List.of(), null);
            }
            case HAPROXY_CONFIG -> {
                HaproxyConfig config;
                if (file.byContent()) {
                    SourceTree.TextRead read = tree.readDiscovered(file, options.limits());
                    if (!read.ok() || !FileDiscovery.haproxyText(read.text())) {
                        return null;
                    }
                    config = HaproxyConfigReader.parse(file.path(), read.text());
                } else {
                    config = haproxyReader.read(file.path());
                }
                return new Parsed(file, null, RouteBuilder.build(config), null, null, List.of(), null);
            }
            default -> {
                SourceTree.TextRead read = tree.readDiscovered(file, options.limits());
                if (!read.ok()) {
                    return new Parsed(file, null, null, null, null, List.of(), new SourceProblem(
                            SourceProblem.Kind.FILE_SKIPPED, Location.fileStart(file.path()), "not read: " + read.skipReason()));
                }
                List<Suppression> inline = SuppressionComments.scan(file.path(), read.text(), "#");
                return file.kind() == FileKind.CLIENT_CONFIG
                        ? new Parsed(file, null, null, ClientConfigReader.read(file.path(), read.text(), options.limits()), null,
                                inline, null)
                        : new Parsed(file, null, null, null, ManifestReader.read(file.path(), read.text(), options.limits()),
                                inline, null);
            }
        }
    }

    /** The policy's word on whether a route carries MySQL wins over the route's servers, checks and names. */
    private ProxyRoute markedByPolicy(ProxyRoute route) {
        return options.mysqlRoutes().entrySet().stream()
                .filter(e -> RouteSelector.matches(e.getKey(), route))
                .min(Comparator.comparing((Map.Entry<String, Boolean> e) -> !e.getKey().contains("#"))
                        .thenComparing(Map.Entry::getKey)) // file#section is more specific than file
                .map(e -> route.withMysqlReason(e.getValue()
                        ? Optional.of("marked as MySQL by the policy (" + e.getKey() + ")") : Optional.empty()))
                .orElse(route);
    }
}
