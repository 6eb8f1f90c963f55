package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.discover.FileDiscovery;
import io.github.mysqlconfigaudit.discover.SourceFile;
import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.haproxy.HaproxyConfigReader;
import io.github.mysqlconfigaudit.haproxy.RouteBuilder;
import io.github.mysqlconfigaudit.discover.SuppressionComments;
import io.github.mysqlconfigaudit.client.ClientConfigReader;
import io.github.mysqlconfigaudit.kubernetes.ClusterModel;
import io.github.mysqlconfigaudit.link.ClientPaths;
import io.github.mysqlconfigaudit.model.ClientPath;
import io.github.mysqlconfigaudit.model.ClientPool;
import io.github.mysqlconfigaudit.kubernetes.ManifestReader;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.link.Linker;
import io.github.mysqlconfigaudit.link.RouteSelector;
import io.github.mysqlconfigaudit.model.FileKind;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.ProxyTimeout;
import io.github.mysqlconfigaudit.model.RouteLink;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.model.Suppression;
import io.github.mysqlconfigaudit.mysql.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.OptionFile;
import io.github.mysqlconfigaudit.mysql.OptionFileReader;
import io.github.mysqlconfigaudit.mysql.ServerConfigs;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import io.github.mysqlconfigaudit.policy.Policy;
import io.github.mysqlconfigaudit.policy.Verdict;
import io.github.mysqlconfigaudit.policy.Weighing;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's front door: {@code Audit.of(root, options).run()}. Discover, parse, model, rules,
 * policy, verdict, in that order; reports are written from the result.
 */
public final class Audit {

    private final Path root;
    private final AuditOptions options;

    private Audit(Path root, AuditOptions options) {
        this.root = root;
        this.options = options;
    }

    public static Audit of(Path root, AuditOptions options) {
        return new Audit(root, options);
    }

    public AuditResult run() {
        long start = System.nanoTime();
        SourceTree tree = new SourceTree(root);
        Model model = buildModel(tree);
        Policy policy = options.policy();
        List<Finding> raw = new ArrayList<>();
        for (Rule rule : options.rules().rules()) {
            RuleDescriptor d = rule.descriptor();
            if (policy.enabled(d.id())) {
                rule.check(model, new RuleContext(d, policy.parametersOf(d.id()), raw));
            }
        }
        List<RuleDescriptor> ran = options.rules().descriptors().stream().filter(d -> policy.enabled(d.id())).toList();
        Weighing.Result weighed = Weighing.weigh(raw, model.suppressions(), policy, options.baseline(), options.today(),
                options.rules());
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        return new AuditResult(tree.root(), model.version(), model.versionReason(), model.filesScanned(), ran,
                model.links(), weighed.findings(), weighed.suppressed(), weighed.baselined(), weighed.fixed(),
                Verdict.of(weighed.findings(), policy, weighed.baselined()), elapsed);
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

    private Model buildModel(SourceTree tree) {
        FileDiscovery.Result discovered = new FileDiscovery(tree, options.filter(), options.limits()).discover();
        MySqlVersion version = options.version().orElse(MySqlVersion.DEFAULT);
        String reason = options.version().isPresent() ? options.versionReason() : "the default; set mysqlVersion to change";

        OptionFileReader reader = new OptionFileReader(tree, options.limits());
        HaproxyConfigReader haproxyReader = new HaproxyConfigReader(tree, options.limits());
        List<OptionFile> optionFiles = new ArrayList<>();
        List<ManifestReader.Result> manifests = new ArrayList<>();
        List<ClientPool> clients = new ArrayList<>();
        List<ProxyRoute> routes = new ArrayList<>();
        List<ProxyTimeout> proxyTimeouts = new ArrayList<>();
        Set<SourceProblem> problems = new LinkedHashSet<>(discovered.problems());
        Set<Suppression> suppressions = new LinkedHashSet<>();
        Map<FileKind, Integer> counts = new EnumMap<>(FileKind.class);
        for (SourceFile file : discovered.files()) {
            counts.merge(file.kind(), 1, Integer::sum);
            switch (file.kind()) {
                case MYSQL_OPTION_FILE -> optionFiles.add(reader.read(file.path()));
                case HAPROXY_CONFIG -> {
                    RouteBuilder.Result built = RouteBuilder.build(haproxyReader.read(file.path()));
                    built.routes().stream().map(this::markedByPolicy).forEach(routes::add);
                    suppressions.addAll(built.suppressions());
                    proxyTimeouts.addAll(built.timeouts());
                    problems.addAll(built.problems());
                }
                case CLIENT_CONFIG -> {
                    SourceTree.TextRead read = tree.readText(file.absolute(), options.limits().maxFileBytes());
                    if (read.ok()) {
                        ClientConfigReader.Result r = ClientConfigReader.read(file.path(), read.text());
                        r.pool().ifPresent(clients::add);
                        problems.addAll(r.problems());
                        suppressions.addAll(SuppressionComments.scan(file.path(), read.text(), "#"));
                    }
                }
                case KUBERNETES_YAML -> {
                    SourceTree.TextRead read = tree.readText(file.absolute(), options.limits().maxFileBytes());
                    if (read.ok()) {
                        manifests.add(ManifestReader.read(file.path(), read.text()));
                        suppressions.addAll(SuppressionComments.scan(file.path(), read.text(), "#"));
                    } else {
                        problems.add(new SourceProblem(SourceProblem.Kind.FILE_SKIPPED, Location.fileStart(file.path()),
                                "not read: " + read.skipReason()));
                    }
                }
            }
        }
        List<MySqlServer> servers = new ArrayList<>();
        VariableCatalog catalog = VariableCatalog.builtIn();
        for (OptionFile root : ServerConfigs.roots(optionFiles)) {
            problems.addAll(root.problems());
            suppressions.addAll(root.suppressions());
            ServerConfigs.server(root, version, catalog).ifPresent(servers::add);
        }
        ClusterModel.Result cluster = ClusterModel.build(manifests, options.version(), version, catalog);
        servers.addAll(cluster.servers());
        cluster.routes().stream().map(this::markedByPolicy).forEach(routes::add);
        proxyTimeouts.addAll(cluster.timeouts());
        problems.addAll(cluster.problems());
        Linker.Result linked = new Linker(options.links(), cluster.directory(), cluster.loadBalancers())
                .linkAll(routes, servers);
        problems.addAll(linked.unresolved());
        clients.addAll(cluster.clients());
        List<ClientPath> clientPaths = new ClientPaths(routes, linked.links(), servers, cluster.directory(),
                cluster.loadBalancers(), version).paths(clients);
        List<SourceProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(SourceProblem::location).thenComparing(SourceProblem::message));
        return new Model(version, reason, servers, routes, proxyTimeouts, linked.links(), cluster.containers(), clientPaths,
                List.copyOf(suppressions), sorted, counts);
    }
}
