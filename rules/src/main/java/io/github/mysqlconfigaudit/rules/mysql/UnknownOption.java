package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.mysql.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.Availability;
import io.github.mysqlconfigaudit.mysql.catalog.OptionCatalog;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.List;
import java.util.Optional;

/** A server group sets a name the target server does not have: mysqld refuses to start. */
@RuleMeta(id = "unknown-option", severity = Severity.ERROR,
        title = "Option the server does not know",
        rationale = "mysqld stops at startup with \"unknown variable 'wait_timout=600'\" when a server group sets a "
                + "name it does not have: a typo, an option of a newer release, or one of another server (a MariaDB "
                + "option on MySQL). With loose- it only warns and ignores the line, which hides the typo. Options "
                + "of plugins and components are known only once they are loaded, so they are reported as INFO.",
        fix = "Correct the name (the finding lists the nearest known ones), or delete the line.",
        example = "# my.cnf\n[mysqld]\nwait_timout = 600")
public final class UnknownOption implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        OptionCatalog catalog = OptionCatalog.builtIn();
        OptionsInEffect.forEach(model, line -> {
            Availability.Status status = line.availability().status();
            if (status != Availability.Status.UNKNOWN && status != Availability.Status.NOT_YET) {
                return;
            }
            MySqlVersion version = line.server().version();
            String name = line.option().name();
            String written = line.assignment().asWritten();
            String where = line.server().versionDescription();
            String message;
            String fix;
            Severity severity = null;
            Optional<String> plugin = catalog.pluginOf(name);
            Optional<String> abbreviated = catalog.abbreviationOf(name, version);
            if (status == Availability.Status.NOT_YET) {
                message = name + " was added in MySQL " + line.availability().version().orElse("?") + "; " + where
                        + " does not have it and refuses to start with `" + written + "`";
                fix = line.availability().replacement()
                        .map(old -> "write " + old + " instead (its name in " + version.displayName() + ")")
                        .orElse("delete the line, or audit for the version the server really runs (mysqlVersion)");
            } else if (plugin.isPresent()) {
                severity = Severity.INFO;
                message = name + " is an option of " + plugin.get() + ", not of " + where + " itself: mysqld "
                        + "refuses to start with it unless that is loaded";
                fix = "load it before the option is read (plugin-load-add), or write loose-" + name
                        + " so the server starts without it";
            } else if (abbreviated.isPresent()) {
                severity = Severity.INFO;
                message = name + " is not an option of " + where + "; mysqld takes it as an abbreviation of "
                        + abbreviated.get();
                fix = "write the full name " + abbreviated.get();
            } else {
                List<String> nearest = catalog.nearest(name, version, 3);
                message = name + " is not an option of " + where + ": the server refuses to start with `" + written
                        + "`" + elsewhere(catalog, name, version)
                        + (nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?");
                fix = nearest.isEmpty() ? "delete the line, or correct the name"
                        : "change the name to " + nearest.get(0) + " (or delete the line)";
            }
            if (line.assignment().loose()) {
                severity = Severity.INFO;
                message = name + " is not an option of " + where + ": with loose- mysqld only warns and ignores `"
                        + written + "`, so the line does nothing" + (message.contains("; did you mean")
                        ? message.substring(message.indexOf("; did you mean")) : "");
            }
            var finding = ctx.at(line.assignment().location(), message).fix(fix)
                    .subject(line.assignment().group(), name);
            if (severity != null) {
                finding.severity(severity);
            }
            finding.report();
        });
    }

    private static String elsewhere(OptionCatalog catalog, String name, MySqlVersion version) {
        if (version.flavor() == MySqlVersion.Flavor.MYSQL && catalog.mariadbDefault(name).isPresent()) {
            return " (it is a MariaDB option)";
        }
        if (version.flavor() == MySqlVersion.Flavor.MARIADB && catalog.mysql(name).isPresent()) {
            return " (it is a MySQL option)";
        }
        return "";
    }
}
