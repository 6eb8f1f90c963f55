package io.github.mysqlconfigaudit.rules.proxy;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;

/** MySQL's wire protocol is not HTTP: a MySQL route in mode http fails every connection. */
@RuleMeta(id = "haproxy-mysql-in-http-mode", severity = Severity.ERROR,
        title = "MySQL route in mode http",
        rationale = "In mode http HAProxy waits for an HTTP request, but a MySQL server speaks first (its greeting) "
                + "and clients send MySQL packets: every connection through the route fails. Often mode http comes "
                + "from a defaults section written for web traffic.",
        fix = "Set mode tcp in the MySQL section (it overrides the defaults).",
        example = "# haproxy.cfg\ndefaults\n    mode http\nlisten mysql\n    server db1 10.0.0.11:3306")
public final class HaproxyMysqlInHttpMode implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        for (ProxyRoute route : model.routes()) {
            if (!route.carriesMySql() || !route.mode().equals("http")) {
                continue;
            }
            Location at = route.modeAt().orElse(route.frontend().location());
            ctx.at(at, route.label() + " is in mode http (" + at.shortForm() + ") but carries MySQL ("
                            + route.mysqlReason().orElseThrow() + "): MySQL is not HTTP and every connection fails")
                    .fix("write `mode tcp` in " + route.backend().label() + " (" + route.backend().location().shortForm()
                            + ")" + (route.split() ? " and in " + route.frontend().label() + " ("
                            + route.frontend().location().shortForm() + ")" : ""))
                    .related(route.frontend().location(), "the route: " + route.label())
                    .subject(route.backend().label(), "mode")
                    .report();
        }
    }
}
