package io.github.mysqlconfigaudit.rules.proxy;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;

/** The proxy closes idle connections before MySQL does: the application sees ERROR 2013 (seen live: LiveProofIT). */
@RuleMeta(id = "proxy-idle-timeout-below-wait-timeout", severity = Severity.ERROR,
        title = "Proxy idle timeout shorter than MySQL's wait_timeout",
        rationale = "When HAProxy's idle timeout (timeout tunnel, else the smaller of timeout client and timeout "
                + "server) ends before wait_timeout, the proxy cuts idle pooled connections that MySQL still "
                + "considers open: the server logs 'Aborted connection … (Got an error reading communication "
                + "packets)', Aborted_clients grows, and the application's next query fails with ERROR 2013 Lost "
                + "connection.",
        fix = "Raise the proxy's idle timeout to at least wait_timeout (timeout client and timeout server, or "
                + "timeout tunnel), or lower wait_timeout below it; retire pooled connections earlier still.",
        example = "# haproxy.cfg\ndefaults\n    timeout client 300s\n    timeout server 300s\nlisten mysql\n    server db1 10.0.0.11:3306\n# mysql/my.cnf\n[mysqld]\nwait_timeout = 86400")
public final class ProxyIdleTimeoutBelowWaitTimeout implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        IdleTimeoutCheck.check(model, ctx, "wait_timeout", false, "the proxy, not MySQL, ends idle pooled "
                + "connections, and the application's next query on one fails with ERROR 2013 (server log: 'Got an "
                + "error reading communication packets')");
    }
}
