package io.github.mysqlconfigaudit.rules.client;

import io.github.mysqlconfigaudit.model.ClientPath;
import io.github.mysqlconfigaudit.model.ClientSetting;
import io.github.mysqlconfigaudit.model.EffectiveNumber;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.Optional;
import java.util.regex.Pattern;

/** Connector/J's socketTimeout shorter than the server's net_write_timeout. */
@RuleMeta(id = "jdbc-socket-timeout-below-net-timeout", severity = Severity.WARNING,
        title = "JDBC socketTimeout below the server's net_write_timeout",
        rationale = "socketTimeout (milliseconds) is how long the driver waits for bytes. The server may legitimately "
                + "take up to net_write_timeout to send a large result to a slow reader; a shorter socketTimeout cuts "
                + "such results client-side and leaves the server writing to a dead socket.",
        fix = "Raise socketTimeout to at least net_write_timeout (in milliseconds), or remove it.",
        example = "# src/main/resources/application.properties\n"
                + "spring.datasource.url=jdbc:mysql://db:3306/shop?socketTimeout=30000\n"
                + "# mysql/my.cnf\n[mysqld]\nnet_write_timeout = 60")
public final class JdbcSocketTimeoutBelowNetTimeout implements Rule {

    private static final Pattern MILLIS = Pattern.compile("\\d{1,12}");

    @Override
    public void check(Model model, RuleContext ctx) {
        for (ClientPath path : model.clientPaths()) {
            Optional<Long> socket = path.pool().url().flatMap(u -> u.property("socketTimeout"))
                    .filter(v -> MILLIS.matcher(v).matches()).map(Long::parseLong).filter(v -> v > 0);
            if (socket.isEmpty()) {
                continue;
            }
            for (MySqlServer server : path.servers()) {
                Optional<EffectiveNumber> write = server.number("net_write_timeout");
                if (write.isPresent() && socket.get() < write.get().longValue() * 1000) {
                    ClientSetting url = path.pool().setting("url").orElseThrow();
                    ctx.at(url.location(), path.pool().label() + ": socketTimeout=" + socket.get() + " ms is below "
                                    + write.get().describe() + " of " + server.configPath()
                                    + ": large results to a slow reader are cut on the client")
                            .fix("set socketTimeout=" + write.get().longValue() * 1000 + " (or more) in the URL at "
                                    + url.location().shortForm())
                            .subject(path.pool().label(), "socketTimeout")
                            .values(socket.get(), write.get().longValue(), server.configPath())
                            .report();
                    break;
                }
            }
        }
    }
}
