package io.github.mysqlconfigaudit.haproxy;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.ProxySection;
import io.github.mysqlconfigaudit.model.ProxyServer;
import io.github.mysqlconfigaudit.model.ProxyTimeout;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.model.Suppression;
import io.github.mysqlconfigaudit.units.HaproxyDuration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HAProxy config into routes: each {@code listen}, and each frontend with every backend it can
 * send to ({@code default_backend}, static {@code use_backend}). Values a section does not set come from
 * its defaults section: the one named with {@code from}, else the nearest {@code defaults} above it
 * (named or not; seen live with haproxy 2.6).
 */
public final class RouteBuilder {

    private static final Set<String> PROXY_TIMEOUTS = Set.of("client", "server", "connect", "tunnel", "check",
            "queue", "http-request", "http-keep-alive", "client-fin", "server-fin", "tarpit");
    private static final Set<String> MODES = Set.of("tcp", "http", "log", "spop");
    private static final Set<Integer> MYSQL_PORTS = Set.of(3306, 33060);
    private static final List<String> MYSQL_WORDS = List.of("mysql", "mariadb", "galera", "percona", "pxc");
    private static final Pattern ADDRESS_FAMILY = Pattern.compile("^(ipv4|ipv6|tcp4?|tcp6|tcp)@");
    private static final Pattern NAME_PARTS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern HOST_PORT = Pattern.compile("(?:\\[(.+)]|(.*?))(?::(\\d+)(?:-\\d+)?)?");

    /** What one config yields. */
    public record Result(List<ProxyRoute> routes, List<ProxyTimeout> timeouts, List<SourceProblem> problems,
                         List<Suppression> suppressions) {
    }

    private final HaproxyConfig config;
    private final Map<HaproxySection, HaproxySection> parents = new IdentityHashMap<>();
    private final List<SourceProblem> problems = new ArrayList<>();
    /** Each timeout line's fact, made once: the routes that set or inherit it share it with the list of timeouts. */
    private final Map<HaproxyDirective, ProxyTimeout> timeoutOf = new IdentityHashMap<>();
    private final Map<HaproxySection, ProxySection> sectionOf = new IdentityHashMap<>();

    private RouteBuilder(HaproxyConfig config) {
        this.config = config;
    }

    public static Result build(HaproxyConfig config) {
        return new RouteBuilder(config).run();
    }

    private Result run() {
        problems.addAll(config.problems());
        resolveDefaults();
        List<ProxyTimeout> timeouts = checkTimeouts();
        checkModes();
        Map<String, HaproxySection> backends = proxiesBySide(false);
        proxiesBySide(true);
        List<ProxyRoute> routes = new ArrayList<>();
        for (HaproxySection s : config.sections()) {
            if (s.type().equals("listen") && s.name() != null) {
                routes.add(route(s, s));
            } else if (s.type().equals("frontend") && s.name() != null) {
                for (HaproxySection target : targets(s, backends)) {
                    routes.add(route(s, target));
                }
            }
        }
        return new Result(routes, timeouts, problems, config.suppressions());
    }

    private void resolveDefaults() {
        HaproxySection last = null;
        Map<String, HaproxySection> named = new HashMap<>();
        for (HaproxySection s : config.sections()) {
            boolean defaults = s.type().equals("defaults");
            if (!defaults && !s.isProxy()) {
                continue;
            }
            HaproxySection parent = s.from() != null ? named.get(s.from()) : (defaults ? null : last);
            if (s.from() != null && parent == null) {
                problem(SourceProblem.Kind.PARSE_ERROR, s.location(), s.label() + " takes its defaults 'from "
                        + s.from() + "', but no defaults section of that name is declared above it");
            }
            if (parent != null) {
                parents.put(s, parent);
            }
            if (defaults) {
                last = s;
                if (s.name() != null) {
                    named.put(s.name(), s);
                }
            }
        }
    }

    /** Every proxy or defaults timeout line, checked as haproxy checks it. */
    private List<ProxyTimeout> checkTimeouts() {
        List<ProxyTimeout> timeouts = new ArrayList<>();
        for (HaproxySection s : config.sections()) {
            if (!s.isProxy() && !s.type().equals("defaults")) {
                continue;
            }
            for (HaproxyDirective d : s.all("timeout")) {
                toTimeout(s, d).ifPresent(t -> {
                    timeouts.add(t);
                    timeoutOf.put(d, t);
                });
            }
        }
        return timeouts;
    }

    private Optional<ProxyTimeout> toTimeout(HaproxySection s, HaproxyDirective d) {
        String kind = d.arg(0);
        if (kind == null || !PROXY_TIMEOUTS.contains(kind)) {
            problem(SourceProblem.Kind.PARSE_ERROR, d.location(), "'timeout " + (kind == null ? "" : kind)
                    + "' is not a timeout haproxy knows (client, server, connect, tunnel, check, queue, http-request, "
                    + "http-keep-alive, client-fin, server-fin, tarpit)");
            return Optional.empty();
        }
        String raw = d.arg(1);
        Optional<Long> millis = raw == null ? Optional.empty() : HaproxyDuration.parseMillis(raw);
        if (millis.isEmpty()) {
            problem(SourceProblem.Kind.PARSE_ERROR, d.argLocation(1), "'timeout " + kind + "' needs a time such as "
                    + "30s, 5m or 8h (a bare number is milliseconds); haproxy refuses '" + (raw == null ? "" : raw) + "'");
            return Optional.empty();
        }
        return Optional.of(new ProxyTimeout(kind, millis.get(), raw, d.location(), s.label()));
    }

    private void checkModes() {
        for (HaproxySection s : config.sections()) {
            for (HaproxyDirective d : s.all("mode")) {
                if (d.arg(0) == null || !MODES.contains(d.arg(0))) {
                    problem(SourceProblem.Kind.PARSE_ERROR, d.location(), "'mode " + (d.arg(0) == null ? "" : d.arg(0))
                            + "': haproxy knows mode tcp and mode http");
                }
            }
        }
    }

    /** Proxies with a frontend side (or a backend side) by name; two of one side with one name is an error. */
    private Map<String, HaproxySection> proxiesBySide(boolean frontendSide) {
        Map<String, HaproxySection> byName = new LinkedHashMap<>();
        for (HaproxySection s : config.sections()) {
            if (s.name() == null || !(frontendSide ? s.hasFrontendSide() : s.hasBackendSide())) {
                continue;
            }
            HaproxySection earlier = byName.putIfAbsent(s.name(), s);
            if (earlier != null) {
                problem(SourceProblem.Kind.PARSE_ERROR, s.location(), s.label() + " has the same name as "
                        + earlier.label() + " at " + earlier.location().shortForm() + "; haproxy refuses both");
            }
        }
        return byName;
    }

    /** The backends a frontend can send to; dynamic names are reported, missing static ones are errors. */
    private List<HaproxySection> targets(HaproxySection frontend, Map<String, HaproxySection> backends) {
        Set<HaproxySection> targets = new LinkedHashSet<>();
        List<HaproxyDirective> refs = new ArrayList<>(frontend.all("use_backend"));
        lookup(frontend, "default_backend", null).map(Found::directive).ifPresent(refs::add);
        for (HaproxyDirective d : refs) {
            String name = d.arg(0);
            if (name == null) {
                problem(SourceProblem.Kind.PARSE_ERROR, d.location(), "'" + d.keyword() + "' without a backend name");
            } else if (name.contains("%[") || name.contains("%{")) {
                problem(SourceProblem.Kind.UNRESOLVED_REFERENCE, d.location(), frontend.label() + ": the backend of '"
                        + d.keyword() + " " + name + "' is chosen at run time; routes through it are not checked");
            } else if (!backends.containsKey(name)) {
                problem(SourceProblem.Kind.PARSE_ERROR, d.location(), frontend.label() + " sends to backend '" + name
                        + "', which is not declared: haproxy refuses to start");
            } else {
                targets.add(backends.get(name));
            }
        }
        return List.copyOf(targets);
    }

    private ProxyRoute route(HaproxySection front, HaproxySection back) {
        Optional<Found> frontMode = lookup(front, "mode", null);
        Optional<Found> backMode = lookup(back, "mode", null);
        Optional<Found> httpMode = frontMode.filter(f -> "http".equals(f.directive().arg(0)))
                .or(() -> backMode.filter(f -> "http".equals(f.directive().arg(0))));
        String mode = httpMode.isPresent() ? "http" : "tcp";
        Optional<Location> modeAt = httpMode.or(() -> backMode).or(() -> frontMode).map(f -> f.directive().location());
        List<ProxyServer> servers = back.all("server").stream().map(this::server).flatMap(Optional::stream).toList();
        return new ProxyRoute(config.path(), ref(front), ref(back), mode, modeAt,
                timeout(front, "client"), timeout(back, "server"), timeout(back, "tunnel"), timeout(back, "connect"),
                servers, mysqlReason(front, back, servers), Optional.empty());
    }

    /** The timeout of {@code kind} in effect for {@code s}; empty when none is set or haproxy refuses its value. */
    private Optional<ProxyTimeout> timeout(HaproxySection s, String kind) {
        return lookup(s, "timeout", kind).map(f -> timeoutOf.get(f.directive()));
    }

    private Optional<ProxyServer> server(HaproxyDirective d) {
        if (d.arg(0) == null || d.arg(1) == null) {
            problem(SourceProblem.Kind.PARSE_ERROR, d.location(), "'server' needs a name and an address");
            return Optional.empty();
        }
        String address = ADDRESS_FAMILY.matcher(d.arg(1)).replaceFirst("");
        if (address.startsWith("/") || address.contains("@")) {
            return Optional.of(new ProxyServer(d.arg(0), address, Optional.empty(), d.location()));
        }
        Matcher m = HOST_PORT.matcher(address);
        if (!m.matches()) {
            return Optional.of(new ProxyServer(d.arg(0), address, Optional.empty(), d.location()));
        }
        String host = m.group(1) != null ? m.group(1) : m.group(2);
        Optional<Integer> port = Optional.ofNullable(m.group(3)).filter(p -> p.length() <= 5).map(Integer::parseInt);
        return Optional.of(new ProxyServer(d.arg(0), host, port, d.location()));
    }

    /** Why a route carries MySQL: a MySQL health check, a server on a MySQL port, or a MySQL name. */
    private Optional<String> mysqlReason(HaproxySection front, HaproxySection back, List<ProxyServer> servers) {
        Optional<Found> check = lookup(back, "option", "mysql-check");
        if (check.isPresent()) {
            return Optional.of("'option mysql-check' at " + check.get().directive().location().shortForm());
        }
        for (ProxyServer s : servers) {
            if (s.port().isPresent() && MYSQL_PORTS.contains(s.port().get())) {
                return Optional.of("server " + s.name() + " is on port " + s.port().get() + " at "
                        + s.location().shortForm());
            }
        }
        for (HaproxySection s : front == back ? List.of(front) : List.of(front, back)) {
            if (mysqlName(s.name())) {
                return Optional.of("the name of " + s.label());
            }
        }
        return servers.stream().filter(s -> mysqlName(s.name())).findFirst()
                .map(s -> "the name of server " + s.name() + " at " + s.location().shortForm());
    }

    /** A MySQL word inside one part of a name ({@code galera_nodes}, {@code pxc01}); a bare "db" is not one. */
    static boolean mysqlName(String name) {
        if (name == null) {
            return false;
        }
        for (String part : NAME_PARTS.split(name.toLowerCase(Locale.ROOT))) {
            for (String word : MYSQL_WORDS) {
                if (part.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A section's fact, made once: a listen section is both sides of its route, a backend serves many frontends. */
    private ProxySection ref(HaproxySection s) {
        return sectionOf.computeIfAbsent(s, k -> new ProxySection(k.type(), k.name(), k.location()));
    }

    /** A directive found for a section, and the section (its own or a defaults one) it stands in. */
    private record Found(HaproxyDirective directive, HaproxySection section) {
    }

    private Optional<Found> lookup(HaproxySection s, String keyword, String firstArg) {
        Set<HaproxySection> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (HaproxySection at = s; at != null && seen.add(at); at = parents.get(at)) {
            Optional<HaproxyDirective> d = at.last(keyword, firstArg);
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), at));
            }
        }
        return Optional.empty();
    }

    private void problem(SourceProblem.Kind kind, Location at, String message) {
        problems.add(new SourceProblem(kind, at, message));
    }
}
