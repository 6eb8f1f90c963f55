package io.github.mysqlconfigaudit.model;

import java.util.Comparator;
import java.util.List;

/**
 * The way from an application's pool to MySQL: every hop that can end an idle connection, with how the
 * audit found the way.
 */
public record ClientPath(ClientPool pool, List<PathHop> hops, List<MySqlServer> servers, String how) {

    public ClientPath {
        hops = List.copyOf(hops);
        servers = List.copyOf(servers);
    }

    /** The hop that ends idle connections first. */
    public PathHop shortest() {
        return hops.stream().min(Comparator.comparingLong(PathHop::idleMillis)).orElseThrow();
    }

    /** {@code pool → listen mysql (600 s) → mysql/my.cnf (28800 s)}. */
    public String describe() {
        StringBuilder out = new StringBuilder(pool.label());
        hops.forEach(h -> out.append(" → ").append(h.describe()));
        return out.toString();
    }
}
