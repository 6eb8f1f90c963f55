package io.github.mysqlconfigaudit.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reports say of a route's link: names and places only, so the result does not keep every route and
 * server (and with them the whole model) alive while reports are written. A monorepo has one per route and server,
 * tens of thousands, made as the audit ends: each is one object (its place as fields, no config kept as null), not
 * three.
 */
public final class LinkSummary {

    private final String route;
    private final String routePath;
    private final int routeLine;
    private final int routeColumn;
    private final String mysqlConfig;
    private final String reason;

    /**
     * @param route         the route's id, {@code haproxy.cfg#mysql}
     * @param routeLocation where the route starts
     * @param mysqlConfig   the option file of the server it reaches; empty when none was found
     * @param reason        why the link was made
     */
    public LinkSummary(String route, Location routeLocation, Optional<String> mysqlConfig, String reason) {
        this(route, routeLocation.path(), routeLocation.line(), routeLocation.column(), mysqlConfig.orElse(null),
                reason);
    }

    private LinkSummary(RouteLink link, String routeId) {
        this(routeId, link.route().frontend().path(), link.route().frontend().line(),
                link.route().frontend().column(), link.server().map(MySqlServer::configPath).orElse(null),
                link.reason());
    }

    private LinkSummary(String route, String routePath, int routeLine, int routeColumn, String mysqlConfig,
                        String reason) {
        this.route = Objects.requireNonNull(route, "route");
        this.routePath = routePath;
        this.routeLine = routeLine;
        this.routeColumn = routeColumn;
        this.mysqlConfig = mysqlConfig;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public static LinkSummary of(RouteLink link) {
        return new LinkSummary(link, link.route().id());
    }

    /**
     * The summaries of all links, in their order. A route has a link for each server it reaches, and its id is a
     * text made when asked: here the links of one route share one id, made once.
     */
    public static List<LinkSummary> all(List<RouteLink> links) {
        Map<ProxyRoute, String> ids = new IdentityHashMap<>();
        List<LinkSummary> out = new ArrayList<>(links.size());
        for (RouteLink link : links) {
            out.add(new LinkSummary(link, ids.computeIfAbsent(link.route(), ProxyRoute::id)));
        }
        return List.copyOf(out);
    }

    public String route() {
        return route;
    }

    public Location routeLocation() {
        return new Location(routePath, routeLine, routeColumn);
    }

    public Optional<String> mysqlConfig() {
        return Optional.ofNullable(mysqlConfig);
    }

    public String reason() {
        return reason;
    }

    /** {@code haproxy.cfg#mysql → mysql/my.cnf (same directory tree: .)}. */
    public String describe() {
        return route + " → " + (mysqlConfig == null ? "(no MySQL config)" : mysqlConfig) + " (" + reason + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkSummary l && route.equals(l.route) && routePath.equals(l.routePath)
                && routeLine == l.routeLine && routeColumn == l.routeColumn && Objects.equals(mysqlConfig, l.mysqlConfig)
                && reason.equals(l.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(route, routePath, routeLine, routeColumn, mysqlConfig, reason);
    }

    @Override
    public String toString() {
        return describe();
    }
}
