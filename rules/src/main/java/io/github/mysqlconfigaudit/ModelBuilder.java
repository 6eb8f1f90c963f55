package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.discover.FileDiscovery;
import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.kubernetes.ClusterModel;
import io.github.mysqlconfigaudit.link.ClientPaths;
import io.github.mysqlconfigaudit.link.Linker;
import io.github.mysqlconfigaudit.link.RouteSelector;
import io.github.mysqlconfigaudit.model.ClientPath;
import io.github.mysqlconfigaudit.model.ClientPool;
import io.github.mysqlconfigaudit.model.FileKind;
import io.github.mysqlconfigaudit.model.GroupOption;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.ProxyTimeout;
import io.github.mysqlconfigaudit.model.Sorted;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.model.Suppression;
import io.github.mysqlconfigaudit.mysql.OptionFile;
import io.github.mysqlconfigaudit.mysql.ServerConfigs;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Discover, parse ({@link FileFacts}: on both cores, gathered in path order), model: the model (and every report)
 * is the same whatever the thread timing.
 */
final class ModelBuilder {

    private final SourceTree tree;
    private final AuditOptions options;

    ModelBuilder(SourceTree tree, AuditOptions options) {
        this.tree = tree;
        this.options = options;
    }

    Model build() {
        return build(new PhaseClock(phase -> {
        }));
    }

    /** The model, each phase's end told to {@code clock}: {@code discover}, {@code parse}, {@code model}, {@code link}. */
    Model build(PhaseClock clock) {
        FileDiscovery.Result discovered = new FileDiscovery(tree, options.filter(), options.limits()).discover();
        clock.end(AuditPhase.DISCOVER);
        MySqlVersion version = options.version().orElse(MySqlVersion.DEFAULT);
        String reason = options.version().isPresent() ? options.versionReason() : "the default; set mysqlVersion to change";
        FileFacts gathered = FileFacts.read(tree, options, discovered.files());
        clock.end(AuditPhase.PARSE);

        List<OptionFile> optionFiles = gathered.optionFiles();
        List<ClientPool> clients = new ArrayList<>(gathered.clients());
        // the policy's word on which routes carry MySQL is applied here, to the routes as the files say them
        List<ProxyRoute> routes = new ArrayList<>(gathered.routes().stream().map(this::markedByPolicy).toList());
        List<ProxyTimeout> proxyTimeouts = new ArrayList<>(gathered.proxyTimeouts());
        Set<SourceProblem> problems = new LinkedHashSet<>(discovered.problems());
        problems.addAll(gathered.problems());
        Set<Suppression> suppressions = new LinkedHashSet<>(gathered.suppressions());
        Map<FileKind, Integer> counts = gathered.counts();

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
        clock.end(AuditPhase.MODEL);
        Linker.Result linked = new Linker(options.links(), cluster.directory(), cluster.loadBalancers())
                .linkAll(routes, servers);
        problems.addAll(linked.unresolved());
        clients.addAll(cluster.clients());
        groupOptions.addAll(cluster.groupOptions());
        List<ClientPath> clientPaths = new ClientPaths(routes, linked.links(), servers, cluster.directory(),
                cluster.loadBalancers(), version).paths(clients);
        List<SourceProblem> sorted = Sorted.of(problems,
                Comparator.comparing(SourceProblem::location).thenComparing(SourceProblem::message));
        clock.end(AuditPhase.LINK);
        return new Model(version, reason, servers, routes, proxyTimeouts, linked.links(), cluster.containers(), clientPaths,
                groupOptions, List.copyOf(suppressions), sorted, counts);
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
