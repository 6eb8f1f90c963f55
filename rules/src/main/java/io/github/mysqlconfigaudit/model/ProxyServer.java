package io.github.mysqlconfigaudit.model;

import java.util.Optional;

/** A {@code server NAME ADDRESS} line of a backend: the host and port it sends connections to. */
public record ProxyServer(String name, String host, Optional<Integer> port, Location location) {

    /** Server names and hosts repeat across a tree (every replica of a chart): one copy of each is kept. */
    public ProxyServer {
        name = SharedText.of(name);
        host = SharedText.of(host);
    }
}
