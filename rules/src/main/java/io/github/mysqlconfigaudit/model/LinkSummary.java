package io.github.mysqlconfigaudit.model;

import java.util.Optional;

/**
 * What the reports say of a route's link: names and places only, so the result does not keep every route and
 * server (and with them the whole model) alive while reports are written.
 *
 * @param route         the route's id, {@code haproxy.cfg#mysql}
 * @param routeLocation where the route starts
 * @param mysqlConfig   the option file of the server it reaches; empty when none was found
 * @param reason        why the link was made
 */
public record LinkSummary(String route, Location routeLocation, Optional<String> mysqlConfig, String reason) {

    public static LinkSummary of(RouteLink link) {
        return new LinkSummary(link.route().id(), link.route().frontend().location(),
                link.server().map(MySqlServer::configPath), link.reason());
    }

    /** {@code haproxy.cfg#mysql → mysql/my.cnf (same directory tree: .)}. */
    public String describe() {
        return route + " → " + mysqlConfig.orElse("(no MySQL config)") + " (" + reason + ")";
    }
}
