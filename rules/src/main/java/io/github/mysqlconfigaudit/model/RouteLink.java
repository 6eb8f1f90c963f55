package io.github.mysqlconfigaudit.model;

import java.util.Optional;

/**
 * A MySQL route and the server config it reaches, with the reason the link was made. An empty server
 * means nothing was found and the target version's defaults stand in for it.
 */
public record RouteLink(ProxyRoute route, Optional<MySqlServer> server, String reason) {

    /** {@code haproxy.cfg#mysql → mysql/my.cnf (same directory tree: .)}. */
    public String describe() {
        return route.id() + " → " + server.map(MySqlServer::configPath).orElse("(no MySQL config)") + " (" + reason + ")";
    }
}
