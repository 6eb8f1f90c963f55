package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.mysql.catalog.Availability;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.EnumSet;
import java.util.Set;

/** A server group sets an option the target version deprecates: the next upgrade may refuse it. */
@RuleMeta(id = "deprecated-option", severity = Severity.WARNING,
        title = "Option deprecated in the target server version",
        rationale = "Deprecated options still work but log a warning at every start, and MySQL removes them in a "
                + "later release (slave_* names since 8.0.26, expire_logs_days in 8.4.0): moving to the replacement "
                + "now keeps the next upgrade from stopping the server.",
        fix = "Write the replacement the finding names.",
        example = "# .mysql-config-audit.yaml\nmysqlVersion: \"8.0\"\n# my.cnf\n[mysqld]\nslave_net_timeout = 60")
public final class DeprecatedOption implements ServerRule {

    /** The statuses this rule speaks of. */
    private static final Set<Availability.Status> SPOKEN_OF = EnumSet.of(Availability.Status.DEPRECATED);

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        OptionsInEffect.forEach(server, SPOKEN_OF, line -> {
            Availability a = line.availability();
            String name = line.option().name();
            String message = name + " is deprecated since MySQL " + a.version().orElse("?") + " ("
                    + line.server().versionDescription() + " still takes `" + line.assignment().asWritten()
                    + "` with a warning)" + a.replacement().map(r -> "; its replacement is " + r).orElse("");
            String fix = a.replacement().map(r -> "replace " + name + " with " + r + " on this line")
                    .orElse("remove the line before upgrading; it has no replacement");
            ctx.at(line.assignment().location(), message).fix(fix)
                    .subject(line.assignment().group(), name).report();
        });
    }
}
