package io.github.mysqlconfigaudit.link;

import io.github.mysqlconfigaudit.kubernetes.ManifestFacts;
import io.github.mysqlconfigaudit.kubernetes.ServiceDirectory;
import io.github.mysqlconfigaudit.model.ClientPath;
import io.github.mysqlconfigaudit.model.ClientPool;
import io.github.mysqlconfigaudit.model.EffectiveNumber;
import io.github.mysqlconfigaudit.model.JdbcUrl;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.OptionAssignment;
import io.github.mysqlconfigaudit.model.PathHop;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.RouteLink;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import io.github.mysqlconfigaudit.units.HaproxyDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links an application's pool to the hops between it and MySQL, with the same machinery as routes: the
 * URL host as a Kubernetes Service (through a LoadBalancer hop if it is one), else the MySQL routes of
 * the nearest directory holding any (with the servers they are linked to), else the MySQL servers of the
 * nearest directory, else the target version's defaults.
 */
public final class ClientPaths {

    private final Map<ProxyRoute, List<MySqlServer>> behind = new java.util.IdentityHashMap<>();
    /** "same directory tree as <route>", one string per route however many pools sit near it. */
    private final Map<String, String> nearRoute = new java.util.concurrent.ConcurrentHashMap<>();
    private final ServiceDirectory cluster;
    /** The LoadBalancer routes of each Service, in route order: a pool's lookup is one map read, not a scan of every route. */
    private final Map<ManifestFacts.Service, List<ProxyRoute>> loadBalancerRoutes = new java.util.IdentityHashMap<>();
    private final MySqlVersion version;
    private final DirectoryIndex<ProxyRoute> routeIndex;
    private final DirectoryIndex<MySqlServer> serverIndex;
    /**
     * Hops are the same on every path through them: built when a path first needs one, then shared by the paths
     * (most servers and routes are on no pool's path, and are never built).
     */
    private final Map<ProxyRoute, PathHop> routeHops = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final Map<MySqlServer, Optional<PathHop>> serverHops =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final PathHop defaultHop;
    /** Hop and server lists, each kept once: the pools that reach one address or route go the same way. */
    private final Map<List<PathHop>, List<PathHop>> hopLists = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<List<MySqlServer>, List<MySqlServer>> serverLists = new java.util.concurrent.ConcurrentHashMap<>();

    public ClientPaths(List<ProxyRoute> routes, List<RouteLink> links, List<MySqlServer> servers,
                       ServiceDirectory cluster, Map<String, ManifestFacts.Service> loadBalancers, MySqlVersion version) {
        links.forEach(l -> behind.computeIfAbsent(l.route(), r -> new ArrayList<>()).addAll(l.server().stream().toList()));
        this.cluster = cluster;
        routes.forEach(route -> {
            ManifestFacts.Service lb = Linker.loadBalancerOf(route, loadBalancers);
            if (lb != null) {
                loadBalancerRoutes.computeIfAbsent(lb, k -> new ArrayList<>()).add(route);
            }
        });
        this.version = version;
        this.routeIndex = new DirectoryIndex<>(routes.stream().filter(ProxyRoute::isMySql)
                .filter(r -> !r.isLoadBalancer()).toList(), ProxyRoute::file);
        this.serverIndex = new DirectoryIndex<>(servers, MySqlServer::configPath);
        this.defaultHop = buildDefaultServer();
    }

    public List<ClientPath> paths(List<ClientPool> pools) {
        // each pool's path is found on its own: in parallel, kept in pool order
        return pools.parallelStream().map(this::pathsOf).flatMap(List::stream).toList();
    }

    private List<ClientPath> pathsOf(ClientPool pool) {
        Optional<JdbcUrl> url = pool.url();
        if (url.isEmpty()) {
            return List.of();
        }
        Optional<ClientPath> viaCluster = viaCluster(pool, url.get());
        if (viaCluster.isPresent()) {
            return List.of(viaCluster.get());
        }
        List<ClientPath> viaRoutes = viaRoutes(pool);
        if (!viaRoutes.isEmpty()) {
            return viaRoutes;
        }
        List<MySqlServer> near = nearest(serverIndex, pool.path());
        return List.of(near.isEmpty()
                ? path(pool, List.of(defaultServer()), List.of(), "no MySQL config linked; the server defaults stand in")
                : path(pool, serverHops(near), near, "same directory tree as the MySQL config"));
    }

    private Optional<ClientPath> viaCluster(ClientPool pool, JdbcUrl url) {
        Optional<ServiceDirectory.Resolution> r = cluster.resolve(url.host());
        if (r.isEmpty() || r.get().servers().isEmpty()) {
            return Optional.empty();
        }
        List<PathHop> hops = new ArrayList<>();
        loadBalancerRoutes.getOrDefault(r.get().service(), List.of()).forEach(route -> hops.add(routeHop(route)));
        hops.addAll(serverHops(r.get().servers()));
        // the directory resolves each address once: pools naming one address share its reason text
        return Optional.of(path(pool, hops, r.get().servers(), r.get().reason()));
    }

    private List<ClientPath> viaRoutes(ClientPool pool) {
        List<ClientPath> out = new ArrayList<>();
        for (ProxyRoute route : nearest(routeIndex, pool.path())) {
            if (route.idleMillis().isEmpty()) {
                continue;
            }
            List<MySqlServer> servers = behind.getOrDefault(route, List.of());
            List<PathHop> hops = new ArrayList<>();
            hops.add(routeHop(route));
            hops.addAll(servers.isEmpty() ? List.of(defaultServer()) : serverHops(servers));
            out.add(path(pool, hops, servers, nearRoute.computeIfAbsent(route.id(), id -> "same directory tree as " + id)));
        }
        return out;
    }

    private ClientPath path(ClientPool pool, List<PathHop> hops, List<MySqlServer> servers, String how) {
        return new ClientPath(pool, shared(hopLists, hops), shared(serverLists, servers), how);
    }

    /** The list equal to {@code list} that {@code lists} holds (an unmodifiable copy of it, the first time). */
    private static <T> List<T> shared(Map<List<T>, List<T>> lists, List<T> list) {
        List<T> copy = List.copyOf(list);
        List<T> prior = lists.putIfAbsent(copy, copy);
        return prior == null ? copy : prior;
    }

    private PathHop routeHop(ProxyRoute route) {
        return memo(routeHops, route, ClientPaths::buildRouteHop);
    }

    /** The value built once per key (identity): two threads may both build it, the first one stored is kept. */
    private static <K, V> V memo(Map<K, V> built, K key, java.util.function.Function<K, V> build) {
        V value = built.get(key);
        if (value == null) {
            value = build.apply(key);
            V prior = built.putIfAbsent(key, value);
            return prior != null ? prior : value;
        }
        return value;
    }

    private static PathHop buildRouteHop(ProxyRoute route) {
        var t = route.idleTimeouts().get(0);
        return new PathHop(route.label(), t.millis(), route.label() + " (idle " + HaproxyDuration.seconds(t.millis())
                + ", " + t.describe() + ")", t.location());
    }

    private List<PathHop> serverHops(List<MySqlServer> list) {
        List<PathHop> hops = new ArrayList<>();
        for (MySqlServer s : list) {
            memo(serverHops, s, ClientPaths::buildServerHop).ifPresent(hops::add);
        }
        return hops;
    }

    private static Optional<PathHop> buildServerHop(MySqlServer s) {
        return s.number("wait_timeout").map(w -> new PathHop(s.configPath(), w.longValue() * 1000,
                "MySQL " + s.configPath() + " (" + w.describe() + ")",
                w.source().map(OptionAssignment::location).orElse(s.serverGroup())));
    }

    private PathHop defaultServer() {
        return defaultHop;
    }

    private PathHop buildDefaultServer() {
        long seconds = VariableCatalog.builtIn().numericDefault("wait_timeout", version)
                .map(java.math.BigInteger::longValue).orElse(28800L);
        return new PathHop("MySQL", seconds * 1000, "MySQL (no config linked; the " + version.displayName()
                + " default wait_timeout " + seconds + " s)", null);
    }

    /** The items of the nearest directory holding any; none when it holds more than the linker accepts. */
    private static <T> List<T> nearest(DirectoryIndex<T> index, String path) {
        DirectoryIndex.Nearest<T> near = index.nearest(path);
        return near == null || near.items().size() > Linker.MAX_TREE_LINKS ? List.of() : near.items();
    }
}
