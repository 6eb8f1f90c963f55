package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.mysql.catalog.Availability;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.EnumSet;
import java.util.Set;

/** A server group sets an option removed in or before the target version: the upgrade stops the server. */
@RuleMeta(id = "removed-option", severity = Severity.ERROR,
        title = "Option removed in the target server version",
        rationale = "An upgrade from 5.7 to 8.0, or from 8.0 to 8.4, keeps the old my.cnf: mysqld then stops at startup "
                + "on query_cache_size (removed in 8.0.3) or default_authentication_plugin (removed in 8.4.0) "
                + "exactly as on a typo. MariaDB keeps accepting many removed names but ignores them (WARNING).",
        fix = "Delete the line, or write its replacement where there is one.",
        example = "# .mysql-config-audit.yaml\nmysqlVersion: \"8.0\"\n# my.cnf\n[mysqld]\nquery_cache_size = 0")
public final class RemovedOption implements ServerRule {

    /** The statuses this rule speaks of. */
    private static final Set<Availability.Status> SPOKEN_OF =
            EnumSet.of(Availability.Status.IGNORED, Availability.Status.REMOVED);

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        OptionsInEffect.forEach(server, SPOKEN_OF, line -> {
            Availability a = line.availability();
            String name = line.option().name();
            if (a.status() == Availability.Status.IGNORED) {
                ctx.at(line.assignment().location(), name + " was removed from " + line.server().versionDescription()
                                + ", which still accepts `" + line.assignment().asWritten() + "` but only warns that it "
                                + "does nothing now")
                        .fix("delete `" + line.assignment().asWritten() + "`: it has no effect")
                        .subject(line.assignment().group(), name)
                        .severity(Severity.WARNING)
                        .report();
                return;
            }
            String message = name + " was removed in MySQL " + a.version().orElse("?") + "; "
                    + line.server().versionDescription() + " refuses to start with `" + line.assignment().asWritten() + "`"
                    + a.replacement().map(r -> "; its replacement is " + r).orElse("");
            String fix = a.replacement().map(r -> "replace `" + line.assignment().asWritten() + "` with " + r
                            + " (check the value: the replacement may take other units or values)")
                    .orElse("delete `" + line.assignment().asWritten() + "`");
            var finding = ctx.at(line.assignment().location(), message).fix(fix)
                    .subject(line.assignment().group(), name);
            if (line.assignment().loose()) {
                finding.severity(Severity.INFO);
            }
            finding.report();
        });
    }
}
