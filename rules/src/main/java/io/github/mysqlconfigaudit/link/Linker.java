package io.github.mysqlconfigaudit.link;

import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.RouteLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who talks to whom: each MySQL route is linked to the server configs it reaches. The first strategy
 * that finds anything wins: explicit links from the policy, then the same directory tree (the nearest
 * directory, the route's own or an ancestor, holding any MySQL option file). A route with no link is
 * still checked, against the target version's defaults.
 */
public final class Linker {

    private final List<ExplicitLink> explicit;

    public Linker(List<ExplicitLink> explicit) {
        this.explicit = List.copyOf(explicit);
    }

    public List<RouteLink> link(List<ProxyRoute> routes, List<MySqlServer> servers) {
        List<RouteLink> links = new ArrayList<>();
        for (ProxyRoute route : routes) {
            if (!route.isMySql()) {
                continue;
            }
            List<RouteLink> found = explicitLinks(route, servers);
            if (found.isEmpty()) {
                found = sameTree(route, servers);
            }
            if (found.isEmpty()) {
                found = List.of(new RouteLink(route, Optional.empty(),
                        "no MySQL config linked; the server defaults stand in"));
            }
            links.addAll(found);
        }
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

    private static List<RouteLink> sameTree(ProxyRoute route, List<MySqlServer> servers) {
        for (String dir = parent(route.file()); dir != null; dir = parent(dir)) {
            String prefix = dir.isEmpty() ? "" : dir + "/";
            List<MySqlServer> inTree = servers.stream().filter(s -> s.configPath().startsWith(prefix)).toList();
            if (!inTree.isEmpty()) {
                String reason = "same directory tree: " + (dir.isEmpty() ? "." : dir);
                return inTree.stream().map(s -> new RouteLink(route, Optional.of(s), reason)).toList();
            }
        }
        return List.of();
    }

    /** The directory of a relative path ({@code ""} for the root), or null above the root. */
    private static String parent(String path) {
        if (path.isEmpty()) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
