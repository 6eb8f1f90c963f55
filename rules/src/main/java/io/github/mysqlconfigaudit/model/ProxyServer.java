package io.github.mysqlconfigaudit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code server NAME ADDRESS} line of a backend: the host and port it sends connections to, and where it stands.
 * A tree holds tens of thousands: the port is kept as a number and the place as its fields, not as three more
 * objects (an {@code Optional}, an {@code Integer} and a {@link Location}); the accessors make them when asked.
 */
public final class ProxyServer {

    private static final int NO_PORT = -1;

    private final String name;
    private final String host;
    private final int port;
    private final String path;
    private final int line;
    private final int column;

    /** Server names and hosts repeat across a tree (every replica of a chart): one copy of each is kept. */
    public ProxyServer(String name, String host, Optional<Integer> port, Location location) {
        this.name = SharedText.of(Objects.requireNonNull(name, "name"));
        this.host = SharedText.of(Objects.requireNonNull(host, "host"));
        if (port.isPresent() && port.get() < 0) {
            throw new IllegalArgumentException("a port is not negative: " + port.get());
        }
        this.port = port.orElse(NO_PORT);
        this.path = location.path();
        this.line = location.line();
        this.column = location.column();
    }

    public String name() {
        return name;
    }

    public String host() {
        return host;
    }

    /** The port of its address; empty when the address has none (haproxy then uses the client's). */
    public Optional<Integer> port() {
        return port == NO_PORT ? Optional.empty() : Optional.of(port);
    }

    public Location location() {
        return new Location(path, line, column);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyServer s && s.port == port && s.line == line && s.column == column
                && s.name.equals(name) && s.host.equals(host) && s.path.equals(path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, host, port, path, line, column);
    }

    @Override
    public String toString() {
        return "ProxyServer[name=" + name + ", host=" + host + ", port=" + port() + ", location=" + location() + "]";
    }
}
