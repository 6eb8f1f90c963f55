package io.github.mysqlconfigaudit.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A path through HAProxy: a frontend side (where clients connect; {@code timeout client}) and a backend
 * side (the servers; {@code timeout server}, {@code timeout tunnel}). A {@code listen} section is both.
 */
public final class ProxyRoute {

    // what is optional is kept as null, not as an Optional each: a tree holds tens of thousands of routes
    private final String file;
    private final ProxySection frontend;
    private final ProxySection backend;
    private final String mode;
    private final Location modeAt;
    private final ProxyTimeout client;
    private final ProxyTimeout server;
    private final ProxyTimeout tunnel;
    private final ProxyTimeout connect;
    private final List<ProxyServer> servers;
    private final String mysqlReason;
    private final String loadBalancerFix;

    /**
     * A route; what is optional may be empty.
     *
     * @param mode        the effective mode, {@code tcp} when nothing sets it (haproxy's default)
     * @param modeAt      where the mode is set, if anywhere
     * @param mysqlReason why this is a MySQL route, when it is one
     * @param loadBalancerFix for a cloud load balancer in front of MySQL (a Kubernetes Service), how to raise
     *                        its idle timeout; empty for HAProxy routes
     */
    public ProxyRoute(String file, ProxySection frontend, ProxySection backend, String mode,
                      Optional<Location> modeAt, Optional<ProxyTimeout> client, Optional<ProxyTimeout> server,
                      Optional<ProxyTimeout> tunnel, Optional<ProxyTimeout> connect, List<ProxyServer> servers,
                      Optional<String> mysqlReason, Optional<String> loadBalancerFix) {
        this.file = Objects.requireNonNull(file, "file");
        this.frontend = Objects.requireNonNull(frontend, "frontend");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.modeAt = modeAt.orElse(null);
        this.client = client.orElse(null);
        this.server = server.orElse(null);
        this.tunnel = tunnel.orElse(null);
        this.connect = connect.orElse(null);
        this.servers = List.copyOf(servers);
        this.mysqlReason = mysqlReason.orElse(null);
        this.loadBalancerFix = loadBalancerFix.orElse(null);
    }

    /** The same route, with the reason it carries MySQL replaced (the policy's word over the heuristics). */
    public ProxyRoute withMysqlReason(Optional<String> reason) {
        return new ProxyRoute(file, frontend, backend, mode, modeAt(), client(), server(), tunnel(), connect(),
                servers, reason, loadBalancerFix());
    }

    /**
     * {@code haproxy.cfg#mysql}, {@code haproxy.cfg#fe_mysql>be_mysql} for a split pair,
     * {@code k8s/db.yaml#Service/mysql} for a load balancer: made when asked (a tree holds tens of thousands of
     * routes, and their files and sections already say it).
     */
    public String id() {
        String kind = frontend.type().equals(ProxySection.SERVICE) ? ProxySection.SERVICE + "/" : "";
        return file + "#" + kind + frontend.name() + (split() ? ">" + backend.name() : "");
    }

    public String file() {
        return file;
    }

    public ProxySection frontend() {
        return frontend;
    }

    public ProxySection backend() {
        return backend;
    }

    public String mode() {
        return mode;
    }

    public Optional<Location> modeAt() {
        return Optional.ofNullable(modeAt);
    }

    public Optional<ProxyTimeout> client() {
        return Optional.ofNullable(client);
    }

    public Optional<ProxyTimeout> server() {
        return Optional.ofNullable(server);
    }

    public Optional<ProxyTimeout> tunnel() {
        return Optional.ofNullable(tunnel);
    }

    public Optional<ProxyTimeout> connect() {
        return Optional.ofNullable(connect);
    }

    public List<ProxyServer> servers() {
        return servers;
    }

    public Optional<String> mysqlReason() {
        return Optional.ofNullable(mysqlReason);
    }

    public Optional<String> loadBalancerFix() {
        return Optional.ofNullable(loadBalancerFix);
    }

    /** A MySQL route: it carries MySQL (see {@link #mysqlReason}) in TCP mode. */
    public boolean isMySql() {
        return mysqlReason != null && mode.equals("tcp");
    }

    /** A cloud load balancer hop rather than an HAProxy route. */
    public boolean isLoadBalancer() {
        return loadBalancerFix != null;
    }

    /** It carries MySQL by its servers, checks or names, whatever its mode. */
    public boolean carriesMySql() {
        return mysqlReason != null;
    }

    public boolean split() {
        return !frontend.equals(backend);
    }

    /** {@code listen mysql} or {@code frontend fe → backend be}. */
    public String label() {
        return split() ? frontend.label() + " → " + backend.label() : frontend.label();
    }

    /**
     * How long an idle connection lives on this route: {@code timeout tunnel} when set (in TCP mode it
     * replaces client and server at once), else the smaller of client and server; empty when nothing
     * limits it.
     *
     * @return the binding timeouts, smallest first; empty when idle connections are never cut
     */
    public List<ProxyTimeout> idleTimeouts() {
        if (endsIdle(tunnel)) {
            return List.of(tunnel);
        }
        List<ProxyTimeout> limits = new ArrayList<>();
        if (endsIdle(client)) {
            limits.add(client);
        }
        if (endsIdle(server)) {
            limits.add(server);
        }
        limits.sort(Comparator.comparingLong(ProxyTimeout::millis));
        return limits;
    }

    /** The effective idle timeout in milliseconds, if the route has one. */
    public Optional<Long> idleMillis() {
        // the first of idleTimeouts(), without making the list: every link and pool asks
        if (endsIdle(tunnel)) {
            return Optional.of(tunnel.millis());
        }
        if (endsIdle(client) && endsIdle(server)) {
            return Optional.of(Math.min(client.millis(), server.millis()));
        }
        ProxyTimeout only = endsIdle(client) ? client : endsIdle(server) ? server : null;
        return only == null ? Optional.empty() : Optional.of(only.millis());
    }

    /** A timeout that is set and not 0 (which haproxy reads as none) ends idle connections. */
    private static boolean endsIdle(ProxyTimeout t) {
        return t != null && !t.unlimited();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyRoute r && file.equals(r.file) && frontend.equals(r.frontend)
                && backend.equals(r.backend) && mode.equals(r.mode) && Objects.equals(modeAt, r.modeAt)
                && Objects.equals(client, r.client) && Objects.equals(server, r.server)
                && Objects.equals(tunnel, r.tunnel) && Objects.equals(connect, r.connect) && servers.equals(r.servers)
                && Objects.equals(mysqlReason, r.mysqlReason) && Objects.equals(loadBalancerFix, r.loadBalancerFix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, frontend, backend, mode, modeAt, client, server, tunnel, connect, servers,
                mysqlReason, loadBalancerFix);
    }

    @Override
    public String toString() {
        return "ProxyRoute[id=" + id() + ", mode=" + mode + ", servers=" + servers.size() + ", mysqlReason="
                + mysqlReason() + "]";
    }
}
