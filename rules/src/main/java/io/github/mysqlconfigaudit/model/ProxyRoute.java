package io.github.mysqlconfigaudit.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A path through HAProxy: a frontend side (where clients connect; {@code timeout client}) and a backend
 * side (the servers; {@code timeout server}, {@code timeout tunnel}). A {@code listen} section is both.
 *
 * @param id          {@code haproxy.cfg#mysql}, or {@code haproxy.cfg#fe_mysql>be_mysql} for a split pair
 * @param mode        the effective mode, {@code tcp} when nothing sets it (haproxy's default)
 * @param modeAt      where the mode is set, if anywhere
 * @param mysqlReason why this is a MySQL route, when it is one
 * @param loadBalancerFix for a cloud load balancer in front of MySQL (a Kubernetes Service), how to raise
 *                        its idle timeout; empty for HAProxy routes
 */
public record ProxyRoute(String id, String file, ProxySection frontend, ProxySection backend, String mode,
                         Optional<Location> modeAt, Optional<ProxyTimeout> client, Optional<ProxyTimeout> server,
                         Optional<ProxyTimeout> tunnel, Optional<ProxyTimeout> connect, List<ProxyServer> servers,
                         Optional<String> mysqlReason, Optional<String> loadBalancerFix) {

    public ProxyRoute {
        servers = List.copyOf(servers);
    }

    /** The same route, with the reason it carries MySQL replaced (the policy's word over the heuristics). */
    public ProxyRoute withMysqlReason(Optional<String> reason) {
        return new ProxyRoute(id, file, frontend, backend, mode, modeAt, client, server, tunnel, connect, servers, reason,
                loadBalancerFix);
    }

    /** A MySQL route: it carries MySQL (see {@link #mysqlReason}) in TCP mode. */
    public boolean isMySql() {
        return mysqlReason.isPresent() && mode.equals("tcp");
    }

    /** A cloud load balancer hop rather than an HAProxy route. */
    public boolean isLoadBalancer() {
        return loadBalancerFix.isPresent();
    }

    /** It carries MySQL by its servers, checks or names, whatever its mode. */
    public boolean carriesMySql() {
        return mysqlReason.isPresent();
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
        if (tunnel.isPresent() && !tunnel.get().unlimited()) {
            return List.of(tunnel.get());
        }
        List<ProxyTimeout> limits = new ArrayList<>();
        client.filter(t -> !t.unlimited()).ifPresent(limits::add);
        server.filter(t -> !t.unlimited()).ifPresent(limits::add);
        limits.sort(Comparator.comparingLong(ProxyTimeout::millis));
        return limits;
    }

    /** The effective idle timeout in milliseconds, if the route has one. */
    public Optional<Long> idleMillis() {
        List<ProxyTimeout> limits = idleTimeouts();
        return limits.isEmpty() ? Optional.empty() : Optional.of(limits.get(0).millis());
    }
}
