package io.github.mysqlconfigaudit.rules.proxy;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;

/** The same clash for interactive sessions, when interactive_timeout is set on purpose. */
@RuleMeta(id = "proxy-idle-timeout-below-interactive-timeout", severity = Severity.WARNING,
        title = "Proxy idle timeout shorter than an explicit interactive_timeout",
        rationale = "Interactive clients (the mysql shell, tools that connect with CLIENT_INTERACTIVE) get "
                + "interactive_timeout instead of wait_timeout. Setting it explicitly says such sessions should "
                + "stay open that long; a shorter proxy idle timeout cuts them first. Only explicit settings count: "
                + "applications rarely connect as interactive clients.",
        fix = "Raise the proxy's idle timeout to at least interactive_timeout, or lower interactive_timeout.",
        example = "# haproxy.cfg\nlisten mysql\n    timeout client 1h\n    timeout server 1h\n    server db1 10.0.0.11:3306\n# mysql/my.cnf\n[mysqld]\nwait_timeout = 1800\ninteractive_timeout = 28800")
public final class ProxyIdleTimeoutBelowInteractiveTimeout implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        IdleTimeoutCheck.check(model, ctx, "interactive_timeout", true, "interactive sessions through the proxy "
                + "are cut before MySQL would end them (ERROR 2013 in the shell)");
    }
}
