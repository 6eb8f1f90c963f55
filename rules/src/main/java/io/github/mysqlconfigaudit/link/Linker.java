package io.github.mysqlconfigaudit.link;

import io.github.mysqlconfigaudit.kubernetes.ManifestFacts;
import io.github.mysqlconfigaudit.kubernetes.ServiceDirectory;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.ProxyServer;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.RouteLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who talks to whom: each MySQL route is linked to the server configs it reaches. The first strategy
 * that finds anything wins: explicit links from the policy; then the cluster (a server address that names
 * a Kubernetes Service, or the pods a LoadBalancer Service selects); then the same directory tree (the
 * nearest directory, the route's own or an ancestor, holding any MySQL option file). A route with no link
 * is still checked, against the target version's defaults.
 */
public final class Linker {

    /** The links, and the addresses that look like cluster names but match no Service. */
    public record Result(List<RouteLink> links, List<SourceProblem> unresolved) {
    }

    /** More servers than this in the nearest directory are no evidence that the route reaches any one of them. */
    static final int MAX_TREE_LINKS = 10;

    private final List<ExplicitLink> explicit;
    private final ServiceDirectory cluster;
    private final Map<String, ManifestFacts.Service> loadBalancers;

    public Linker(List<ExplicitLink> explicit) {
        this(explicit, ServiceDirectory.empty(), Map.of());
    }

    public Linker(List<ExplicitLink> explicit, ServiceDirectory cluster, Map<String, ManifestFacts.Service> loadBalancers) {
        this.explicit = List.copyOf(explicit);
        this.cluster = cluster;
        this.loadBalancers = loadBalancers;
    }

    public List<RouteLink> link(List<ProxyRoute> routes, List<MySqlServer> servers) {
        return linkAll(routes, servers).links();
    }

    public Result linkAll(List<ProxyRoute> routes, List<MySqlServer> servers) {
        DirectoryIndex<MySqlServer> tree = new DirectoryIndex<>(servers, MySqlServer::configPath);
        record Linked(List<RouteLink> links, List<SourceProblem> unresolved) {
        }
        // routes are linked independently: in parallel, merged in route order
        List<Linked> each = routes.parallelStream().filter(ProxyRoute::isMySql).map(route -> {
            List<SourceProblem> unresolved = new ArrayList<>();
            List<RouteLink> found = explicitLinks(route, servers);
            if (found.isEmpty()) {
                found = clusterLinks(route, unresolved);
            }
            if (found.isEmpty()) {
                found = sameTree(route, tree);
            }
            if (found.isEmpty()) {
                found = List.of(new RouteLink(route, Optional.empty(),
                        "no MySQL config linked; the server defaults stand in"));
            }
            return new Linked(found, unresolved);
        }).toList();
        List<RouteLink> links = new ArrayList<>();
        List<SourceProblem> unresolved = new ArrayList<>();
        each.forEach(l -> {
            links.addAll(l.links());
            unresolved.addAll(l.unresolved());
        });
        return new Result(links, unresolved);
    }

    /** Digits and dots (IPv4), or any colon (IPv6): an address that names no Service. */
    static boolean isIpAddress(String host) {
        if (host.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return !host.isEmpty();
    }

    /**
     * The LoadBalancer Service a route is the front of, or null: only a LoadBalancer Service's own route has one (a
     * route's id is a text made when asked, so no other route asks).
     */
    static ManifestFacts.Service loadBalancerOf(ProxyRoute route, Map<String, ManifestFacts.Service> loadBalancers) {
        return route.isLoadBalancer() ? loadBalancers.get(route.id()) : null;
    }

    private List<RouteLink> clusterLinks(ProxyRoute route, List<SourceProblem> unresolved) {
        ManifestFacts.Service lb = loadBalancerOf(route, loadBalancers);
        if (lb != null) {
            return cluster.serversOf(lb).stream()
                    .map(s -> new RouteLink(route, Optional.of(s), "the pods Service " + lb.name() + " selects")).toList();
        }
        Map<MySqlServer, String> found = new LinkedHashMap<>();
        for (ProxyServer server : route.servers()) {
            if (server.host().isEmpty() || isIpAddress(server.host())) {
                continue; // an IP address names no Service
            }
            Optional<ServiceDirectory.Resolution> r = cluster.resolve(server.host());
            if (r.isPresent()) {
                // one reason for every server behind the address (a StatefulSet's pods share it)
                String reason = r.get().reason();
                r.get().servers().forEach(s -> found.putIfAbsent(s, reason));
            } else if (ServiceDirectory.clusterName(server.host())
                    || (!cluster.isEmpty() && (route.file().endsWith(".yaml") || route.file().endsWith(".yml")))) {
                unresolved.add(new SourceProblem(SourceProblem.Kind.UNRESOLVED_REFERENCE, server.location(),
                        "server " + server.name() + " at " + server.host() + " names no Service the manifests declare; "
                                + "the route is linked by other means"));
            }
        }
        List<RouteLink> links = new ArrayList<>();
        found.forEach((s, reason) -> links.add(new RouteLink(route, Optional.of(s), reason)));
        return links;
    }

    private List<RouteLink> explicitLinks(ProxyRoute route, List<MySqlServer> servers) {
        List<RouteLink> links = new ArrayList<>();
        for (ExplicitLink e : explicit) {
            if (!RouteSelector.matches(e.proxy(), route)) {
                continue;
            }
            servers.stream()
                    .filter(s -> s.configPath().equals(e.mysql()) || s.files().contains(e.mysql()))
                    .forEach(s -> links.add(new RouteLink(route, Optional.of(s), "explicit link in the policy")));
        }
        return links;
    }

    /**
     * The servers of the nearest directory holding any. More than {@link #MAX_TREE_LINKS} there says the
     * directory is a monorepo's, not this route's: no link is made, and the message says so.
     */
    private static List<RouteLink> sameTree(ProxyRoute route, DirectoryIndex<MySqlServer> tree) {
        DirectoryIndex.Nearest<MySqlServer> near = tree.nearest(route.file());
        if (near == null) {
            return List.of();
        }
        String dir = near.directory().isEmpty() ? "." : near.directory();
        if (near.items().size() > MAX_TREE_LINKS) {
            return List.of(new RouteLink(route, Optional.empty(), "no MySQL config linked: the nearest directory "
                    + "holding any (" + dir + ") holds " + near.items().size()
                    + "; link the route in the policy (links:); the server defaults stand in"));
        }
        String reason = "same directory tree: " + dir;
        return near.items().stream().map(s -> new RouteLink(route, Optional.of(s), reason)).toList();
    }

}
