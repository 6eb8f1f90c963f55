package io.github.mysqlconfigaudit.rules.proxy;

import io.github.mysqlconfigaudit.model.EffectiveNumber;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.OptionAssignment;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.ProxyTimeout;
import io.github.mysqlconfigaudit.model.RouteLink;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.units.HaproxyDuration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The headline comparison, shared by the wait_timeout and interactive_timeout rules: a route's idle
 * timeout against a server timeout of each MySQL config it reaches (or the version's default when none
 * is linked).
 */
final class IdleTimeoutCheck {

    private IdleTimeoutCheck() {
    }

    /**
     * The server timeout a link is compared with; its description is built only for the links reported (most
     * links are within their timeout).
     *
     * @param unset the linked server's file does not set the variable (its default stands)
     */
    private record ServerLimit(long seconds, Supplier<String> description, Optional<Location> location,
                               Optional<MySqlServer> server, boolean unset) {
        String describe() {
            return description.get();
        }
    }

    /**
     * One finding per route: against the linked server with the longest timeout (the strictest demand on
     * the proxy); the other linked servers it also cuts early are named as related places.
     */
    static void check(Model model, RuleContext ctx, String variable, boolean onlyWhenSet, String consequence) {
        Map<ProxyRoute, List<ServerLimit>> byRoute = new java.util.IdentityHashMap<>();
        List<ProxyRoute> order = new ArrayList<>();
        for (RouteLink link : model.links()) {
            Optional<Long> idle = link.route().idleMillis();
            if (idle.isEmpty()) {
                continue; // nothing cuts idle connections; haproxy-missing-timeout speaks of that
            }
            limit(model, link, variable, onlyWhenSet, idle.get())
                    .ifPresent(limit -> byRoute.computeIfAbsent(link.route(), r -> {
                        order.add(r);
                        return new ArrayList<>();
                    }).add(limit));
        }
        order.forEach(route -> {
            List<ServerLimit> limits = byRoute.get(route);
            limits.sort(Comparator.comparingLong(ServerLimit::seconds).reversed());
            report(ctx, route, route.idleMillis().orElseThrow(), limits, variable, consequence);
        });
    }

    /** The server timeout the route's idle timeout falls short of, if it does (nothing is made for the others). */
    private static Optional<ServerLimit> limit(Model model, RouteLink link, String variable, boolean onlyWhenSet,
                                               long idleMillis) {
        Optional<MySqlServer> linked = link.server();
        if (linked.isPresent()) {
            MySqlServer server = linked.get();
            Optional<EffectiveNumber> n = server.number(variable);
            if (n.isEmpty() || (onlyWhenSet && n.get().isDefault()) || idleMillis >= n.get().longValue() * 1000) {
                return Optional.empty();
            }
            Location at = n.get().source().map(OptionAssignment::location).orElse(server.serverGroup());
            EffectiveNumber number = n.get();
            Supplier<String> described = number.isDefault()
                    ? () -> variable + " " + number.formatted() + " (the " + server.version().displayName()
                            + " default; not set in " + server.configPath() + ")"
                    : number::describe;
            return Optional.of(new ServerLimit(number.longValue(), described, Optional.of(at), linked,
                    number.isDefault()));
        }
        if (onlyWhenSet) {
            return Optional.empty();
        }
        return VariableCatalog.builtIn().numericDefault(variable, model.version())
                .filter(d -> idleMillis < d.longValue() * 1000)
                .map(d -> new ServerLimit(d.longValue(), () -> "the " + model.version().displayName() + " default "
                        + variable + " " + d
                        + " s (no MySQL configuration is linked, so the server default is assumed)",
                        Optional.empty(), Optional.empty(), true));
    }

    private static void report(RuleContext ctx, ProxyRoute route, long idleMillis, List<ServerLimit> limits,
                               String variable, String consequence) {
        ServerLimit limit = limits.get(0);
        List<ProxyTimeout> binding = route.idleTimeouts();
        List<ProxyTimeout> tooShort = binding.stream().filter(t -> t.millis() < limit.seconds() * 1000).toList();
        ProxyTimeout first = binding.get(0);
        String target = HaproxyDuration.literal(limit.seconds() * 1000);
        String others = limits.size() == 1 ? "" : " (and " + (limits.size() - 1) + " more linked server"
                + (limits.size() == 2 ? "" : "s") + " with a longer " + variable + " than the proxy allows)";
        String message = route.label() + " closes idle connections after " + HaproxyDuration.seconds(idleMillis)
                + " (" + first.describe() + "), before " + limit.describe() + others + ": " + consequence;
        var finding = ctx.at(first.location(), message).fix(fix(route, tooShort, target, idleMillis, variable, limit))
                .subject(first.section(), "timeout " + first.kind())
                .values(idleMillis, limit.seconds(), variable);
        for (ProxyTimeout other : tooShort.subList(1, tooShort.size())) {
            finding.related(other.location(), "also below " + variable + ": " + other.describe());
        }
        for (ServerLimit other : limits) {
            other.location().ifPresent(at -> finding.related(at, other == limit ? other.describe()
                    : "also cut early: " + other.describe()));
        }
        finding.related(route.frontend().location(), "the route: " + route.label() + " (" + route.id() + ")");
        finding.report();
    }

    private static String fix(ProxyRoute route, List<ProxyTimeout> tooShort, String target, long idleMillis,
                              String variable, ServerLimit limit) {
        long lower = Math.max(1, idleMillis * 8 / 10 / 1000);
        String lowerWait = "lower " + variable + " to " + lower + limit.location().map(l -> " at " + l.shortForm()).orElse("");
        if (route.isLoadBalancer()) {
            return route.loadBalancerFix().orElseThrow() + ", or " + lowerWait;
        }
        List<String> sets = new ArrayList<>();
        for (ProxyTimeout t : tooShort) {
            sets.add("`timeout " + t.kind() + " " + target + "` in " + t.section() + " (" + t.location().shortForm() + ")");
        }
        String fix = "set " + String.join(" and ", sets);
        boolean tunnelBinding = tooShort.stream().anyMatch(t -> t.kind().equals("tunnel"));
        if (!tunnelBinding) {
            fix += ", or `timeout tunnel " + target + "` in " + route.backend().label() + " ("
                    + route.backend().location().shortForm() + ")";
        }
        fix += ", or " + lowerWait
                + (limit.server().isPresent() && limit.unset() ? " (add `" + variable + " = "
                + lower + "`)" : "");
        return fix;
    }
}
