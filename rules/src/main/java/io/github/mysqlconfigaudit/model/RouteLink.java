package io.github.mysqlconfigaudit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A MySQL route and the server config it reaches, with the reason the link was made. An empty server
 * means nothing was found and the target version's defaults stand in for it. (A tree holds a link per route and
 * server, tens of thousands: the server is kept as null when there is none, not as an Optional each.)
 */
public final class RouteLink {

    private final ProxyRoute route;
    private final MySqlServer server;
    private final String reason;

    public RouteLink(ProxyRoute route, Optional<MySqlServer> server, String reason) {
        this.route = Objects.requireNonNull(route, "route");
        this.server = server.orElse(null);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ProxyRoute route() {
        return route;
    }

    public Optional<MySqlServer> server() {
        return Optional.ofNullable(server);
    }

    public String reason() {
        return reason;
    }

    /** {@code haproxy.cfg#mysql → mysql/my.cnf (same directory tree: .)}, as the reports give it. */
    public String describe() {
        return LinkSummary.of(this).describe();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RouteLink l && route.equals(l.route) && Objects.equals(server, l.server)
                && reason.equals(l.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(route, server, reason);
    }

    @Override
    public String toString() {
        return describe();
    }
}
