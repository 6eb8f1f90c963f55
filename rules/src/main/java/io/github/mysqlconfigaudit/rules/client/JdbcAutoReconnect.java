package io.github.mysqlconfigaudit.rules.client;

import io.github.mysqlconfigaudit.model.ClientPath;
import io.github.mysqlconfigaudit.model.ClientSetting;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.HashSet;
import java.util.Set;

/** autoReconnect=true in a Connector/J URL. */
@RuleMeta(id = "jdbc-auto-reconnect", severity = Severity.WARNING,
        title = "JDBC URL with autoReconnect=true",
        rationale = "autoReconnect hides broken connections instead of failing fast: the statement that found the "
                + "connection dead still fails, session state (transactions, temporary tables, variables) is silently "
                + "lost, and Connector/J's own documentation discourages it; a pool that retires connections in time "
                + "is the fix.",
        fix = "Remove autoReconnect=true and let the pool retire idle connections before any hop closes them.",
        example = "# src/main/resources/application.properties\n"
                + "spring.datasource.url=jdbc:mysql://db:3306/shop?autoReconnect=true")
public final class JdbcAutoReconnect implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        Set<ClientSetting> seen = new HashSet<>();
        for (ClientPath path : model.clientPaths()) {
            path.pool().url().flatMap(u -> u.property("autoReconnect")).filter("true"::equalsIgnoreCase)
                    .ifPresent(v -> {
                        ClientSetting url = path.pool().setting("url").orElseThrow();
                        if (seen.add(url)) {
                            ctx.at(url.location(), path.pool().label() + ": the JDBC URL sets autoReconnect=true, which "
                                            + "hides broken connections and loses session state")
                                    .fix("remove autoReconnect=true from the URL at " + url.location().shortForm())
                                    .subject(path.pool().label(), "autoReconnect")
                                    .report();
                        }
                    });
        }
    }
}
