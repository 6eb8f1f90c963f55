package io.github.mysqlconfigaudit.rules.client;

import io.github.mysqlconfigaudit.model.ClientPath;
import io.github.mysqlconfigaudit.model.ClientPool;
import io.github.mysqlconfigaudit.model.ClientSetting;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.PathHop;
import io.github.mysqlconfigaudit.rule.Param;
import io.github.mysqlconfigaudit.rule.ParamType;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import io.github.mysqlconfigaudit.units.HaproxyDuration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** A pool that keeps idle connections longer than some hop on the way to MySQL lets them live. */
@RuleMeta(id = "pool-lifetime-exceeds-idle-timeout", severity = Severity.ERROR,
        title = "Pool keeps idle connections longer than the path to MySQL allows",
        rationale = "Whichever hop closes an idle connection first (HAProxy, a cloud load balancer, or MySQL's "
                + "wait_timeout), the pool does not know: the next query on that pooled connection fails with ERROR "
                + "2013 / a communications link failure (seen live both ways in the project's live proof against "
                + "haproxy and mariadbd). The only complete fix is a pool that retires idle connections before the "
                + "shortest idle timeout on the path; HikariCP's own documentation asks for max-lifetime several "
                + "seconds below any such limit.",
        fix = "Set max-lifetime (or idle-timeout / keepalive-time) at least the margin below the shortest idle timeout "
                + "on the path.",
        example = "# src/main/resources/application.yml\nspring:\n  datasource:\n"
                + "    url: jdbc:mysql://haproxy:3306/shop\n    hikari:\n      max-lifetime: 1800000   # 30 min\n"
                + "# haproxy.cfg\ndefaults\n    mode tcp\n    timeout connect 5s\n    timeout client 10m\n"
                + "    timeout server 10m\nlisten mysql\n    bind :3306\n    server db1 10.0.0.11:3306",
        params = @Param(name = "margin", type = ParamType.DURATION, defaultValue = "30s",
                description = "How far below the shortest idle timeout the pool must retire idle connections."))
public final class PoolLifetimeExceedsIdleTimeout implements Rule {

    /**
     * How long a pooled connection can sit idle, and the setting that decides it; what it says is made only for the
     * pools reported (most pools retire their connections in time).
     */
    private record LongestIdle(long millis, Supplier<String> description, String canonical,
                               Optional<ClientSetting> setting) {
        String describe() {
            return description.get();
        }
    }

    @Override
    public void check(Model model, RuleContext ctx) {
        long margin = ctx.param("margin") * 1000;
        Map<ClientPool, LongestIdle> idleOfPool = new IdentityHashMap<>(); // many paths share a pool
        for (ClientPath path : model.clientPaths()) {
            ClientPool pool = path.pool();
            LongestIdle idle = idleOfPool.computeIfAbsent(pool, PoolLifetimeExceedsIdleTimeout::longestIdle);
            PathHop shortest = path.shortest();
            long limit = shortest.idleMillis() - margin;
            if (idle.millis() <= limit) {
                continue;
            }
            long proposal = Math.max(30_000, limit);
            Location at = idle.setting().map(ClientSetting::location).orElse(pool.location());
            var finding = ctx.at(at, pool.label() + ": a pooled connection can sit idle for " + idle.describe()
                            + ", but " + shortest.label() + " ends idle connections after "
                            + HaproxyDuration.seconds(shortest.idleMillis()) + " (path: " + path.describe() + "; "
                            + path.how() + "); the next query on such a connection fails with ERROR 2013")
                    .fix("set `" + key(pool, idle) + "=" + proposal + "` (" + HaproxyDuration.seconds(proposal)
                            + ") at " + at.shortForm() + ", at least " + HaproxyDuration.seconds(margin)
                            + " below the shortest hop")
                    .subject(pool.label(), idle.canonical())
                    .values(idle.millis(), shortest.idleMillis());
            for (PathHop hop : path.hops()) {
                if (hop.at() != null) {
                    finding.related(hop.at(), hop.describe());
                }
            }
            finding.report();
        }
    }

    /**
     * Keepalive off and a fixed-size pool: a connection idles until max-lifetime. Otherwise the smaller of
     * idle-timeout and keepalive-time (0 means never, for either).
     */
    private static LongestIdle longestIdle(ClientPool pool) {
        boolean fixed = pool.minimumIdle() >= pool.maximumPoolSize();
        long keepalive = pool.keepaliveTime();
        if (keepalive <= 0 && fixed) {
            long life = pool.maxLifetime();
            return new LongestIdle(life == 0 ? Long.MAX_VALUE : life, () -> (life == 0 ? "ever (max-lifetime 0)"
                    : "up to its max-lifetime of " + HaproxyDuration.seconds(life) + describe(pool, "maxlifetime"))
                    + " (keepalive off, fixed-size pool)", "maxlifetime", pool.setting("maxlifetime"));
        }
        long idleTimeout = pool.idleTimeout() == 0 ? Long.MAX_VALUE : pool.idleTimeout();
        if (keepalive > 0 && keepalive < idleTimeout) {
            return new LongestIdle(keepalive, () -> "up to its keepalive-time of " + HaproxyDuration.seconds(keepalive)
                    + describe(pool, "keepalivetime"), "keepalivetime", pool.setting("keepalivetime"));
        }
        return new LongestIdle(idleTimeout, () -> idleTimeout == Long.MAX_VALUE ? "ever (idle-timeout 0, keepalive off)"
                : "up to its idle-timeout of " + HaproxyDuration.seconds(idleTimeout) + describe(pool, "idletimeout"),
                "idletimeout", pool.setting("idletimeout"));
    }

    private static String describe(ClientPool pool, String canonical) {
        return pool.setting(canonical).map(s -> " (" + s.asWritten() + " at " + s.location().shortForm() + ")")
                .orElse(" (the HikariCP default)");
    }

    /** The key to write, in the spelling of the file the pool is configured in. */
    private static String key(ClientPool pool, LongestIdle idle) {
        if (idle.setting().isPresent()) {
            return idle.setting().get().key();
        }
        String kebab = switch (idle.canonical()) {
            case "maxlifetime" -> "max-lifetime";
            case "keepalivetime" -> "keepalive-time";
            default -> "idle-timeout";
        };
        if (!pool.label().equals(pool.path())) {
            return "SPRING_DATASOURCE_HIKARI_" + idle.canonical().toUpperCase(java.util.Locale.ROOT);
        }
        if (pool.path().substring(pool.path().lastIndexOf('/') + 1).startsWith("hikari")) {
            return switch (idle.canonical()) {
                case "maxlifetime" -> "maxLifetime";
                case "keepalivetime" -> "keepaliveTime";
                default -> "idleTimeout";
            };
        }
        return "spring.datasource.hikari." + kebab;
    }
}
