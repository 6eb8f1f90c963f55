package io.github.mysqlconfigaudit.rules.proxy;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.ProxySection;
import io.github.mysqlconfigaudit.model.ProxyTimeout;
import io.github.mysqlconfigaudit.model.RouteLink;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import io.github.mysqlconfigaudit.units.HaproxyDuration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A MySQL route without client, server or connect timeout: no limit at all, and haproxy warns at start. */
@RuleMeta(id = "haproxy-missing-timeout", severity = Severity.WARNING,
        title = "MySQL route without client, server or connect timeout",
        rationale = "Without timeout client/server a dead peer's connection is never cut and piles up; without "
                + "timeout connect a down server stalls every new connection. haproxy warns 'missing timeouts for "
                + "proxy' at start. A value of 0 means no timeout as well.",
        fix = "Set timeout connect (a few seconds) and timeout client/server (at least the servers' wait_timeout) in "
                + "the section or its defaults.",
        example = "# haproxy.cfg\nlisten mysql\n    bind :3306\n    server db1 10.0.0.11:3306    # no timeout client, server or connect")
public final class HaproxyMissingTimeout implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        Set<String> reported = new HashSet<>();
        long fallback = VariableCatalog.builtIn().numericDefault("wait_timeout", model.version())
                .map(java.math.BigInteger::longValue).orElse(28800L);
        java.util.Map<ProxyRoute, Long> longest = new java.util.IdentityHashMap<>();
        for (RouteLink l : model.links()) {
            long wait = l.server().flatMap(s -> s.number("wait_timeout")).map(n -> n.longValue()).orElse(fallback);
            longest.merge(l.route(), wait, Math::max);
        }
        for (ProxyRoute route : model.routes()) {
            if (!route.isMySql() || route.isLoadBalancer()) {
                continue;
            }
            String idle = HaproxyDuration.literal(longest.getOrDefault(route, fallback) * 1000);
            List<String> front = new ArrayList<>();
            List<String> back = new ArrayList<>();
            missing(route.client(), "client", idle, front);
            missing(route.server(), "server", idle, back);
            missing(route.connect(), "connect", "5s", back);
            if (!route.split()) {
                front.addAll(back);
                back.clear();
            }
            report(ctx, route, route.frontend(), front, reported);
            report(ctx, route, route.backend(), back, reported);
        }
    }

    private static void missing(Optional<ProxyTimeout> t, String kind, String suggested, List<String> into) {
        if (t.isEmpty() || t.get().unlimited()) {
            into.add("timeout " + kind + " " + suggested);
        }
    }

    private static void report(RuleContext ctx, ProxyRoute route, ProxySection section, List<String> lines,
                               Set<String> reported) {
        if (lines.isEmpty() || !reported.add(section.location() + String.join(",", lines))) {
            return;
        }
        List<String> kinds = lines.stream().map(l -> l.substring(0, l.lastIndexOf(' '))).toList();
        ctx.at(section.location(), section.label() + " carries MySQL (" + route.mysqlReason().orElseThrow()
                        + ") but has no " + String.join(", ", kinds) + " (neither it nor its defaults set one, or it "
                        + "is 0): such connections are never cut, and haproxy warns 'missing timeouts' at start")
                .fix("add " + lines.stream().map(l -> "`" + l + "`").reduce((a, b) -> a + " and " + b).orElseThrow()
                        + " to " + section.label() + " (" + section.location().shortForm() + ") or to its defaults")
                .subject(section.label(), String.join(", ", kinds))
                .report();
    }
}
