package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.mysql.catalog.Availability;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.OptionCatalog;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A server group sets a name the target server does not have: mysqld refuses to start. */
@RuleMeta(id = "unknown-option", severity = Severity.ERROR,
        title = "Option the server does not know",
        rationale = "mysqld stops at startup with \"unknown variable 'wait_timout=600'\" when a server group sets a "
                + "name it does not have: a typo, an option of a newer release, or one of another server (a MariaDB "
                + "option on MySQL), or a system variable that has no option form (foreign_key_checks, time_zone: "
                + "SET takes them, an option file does not). With loose- it only warns and ignores the line, which "
                + "hides the typo. Options "
                + "of plugins and components are known only once they are loaded, so they are reported as INFO.",
        fix = "Correct the name (the finding lists the nearest known ones), or delete the line; for a runtime-only "
                + "variable write the option that sets it at startup (default_time_zone for time_zone), or set it "
                + "with SET PERSIST or init_connect.",
        example = "# my.cnf\n[mysqld]\nwait_timout = 600")
public final class UnknownOption implements ServerRule {

    /** The statuses this rule speaks of. */
    private static final Set<Availability.Status> SPOKEN_OF =
            EnumSet.of(Availability.Status.UNKNOWN, Availability.Status.NOT_YET);

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        OptionCatalog catalog = OptionCatalog.builtIn();
        OptionsInEffect.forEach(server, SPOKEN_OF, line -> {
            Availability.Status status = line.availability().status();
            Said said = status == Availability.Status.NOT_YET ? notYet(line) : unknown(line, catalog);
            if (line.assignment().loose()) {
                said = new Said(line.option().name() + " is not an option of " + line.server().versionDescription()
                        + ": with loose- mysqld only warns and ignores `" + line.assignment().asWritten()
                        + "`, so the line does nothing" + said.suggestion(), said.fix(), Severity.INFO, "");
            }
            var finding = ctx.at(line.assignment().location(), said.message()).fix(said.fix())
                    .subject(line.assignment().group(), line.option().name());
            if (said.severity() != null) {
                finding.severity(said.severity());
            }
            finding.report();
        });
    }

    /**
     * What a finding says: its message and fix, a severity below the rule's when the server does not stop, and
     * the nearest known names ({@code "; did you mean …?"}, or empty).
     */
    private record Said(String message, String fix, Severity severity, String suggestion) {
    }

    private static Said notYet(OptionsInEffect.Line line) {
        MySqlVersion version = line.server().version();
        return new Said(line.option().name() + " was added in MySQL " + line.availability().version().orElse("?")
                + "; " + line.server().versionDescription() + " does not have it and refuses to start with `"
                + line.assignment().asWritten() + "`",
                line.availability().replacement()
                        .map(old -> "write " + old + " instead (its name in " + version.displayName() + ")")
                        .orElse("delete the line, or audit for the version the server really runs (mysqlVersion)"),
                null, "");
    }

    private static Said unknown(OptionsInEffect.Line line, OptionCatalog catalog) {
        MySqlVersion version = line.server().version();
        String name = line.option().name();
        String where = line.server().versionDescription();
        Optional<String> plugin = catalog.pluginOf(name);
        if (plugin.isPresent()) {
            return new Said(name + " is an option of " + plugin.get() + ", not of " + where + " itself: mysqld "
                    + "refuses to start with it unless that is loaded",
                    "load it before the option is read (plugin-load-add), or write loose-" + name
                            + " so the server starts without it", Severity.INFO, "");
        }
        Optional<String> abbreviated = catalog.abbreviationOf(name, version);
        Optional<OptionCatalog.RuntimeVariable> runtime = catalog.runtimeVariable(name);
        if (runtime.isPresent()) {
            return runtimeOnly(line, runtime.get(), abbreviated);
        }
        if (abbreviated.isPresent()) {
            return new Said(name + " is not an option of " + where + "; mysqld takes it as an abbreviation of "
                    + abbreviated.get(), "write the full name " + abbreviated.get(), Severity.INFO, "");
        }
        List<String> nearest = catalog.nearest(name, version, 3);
        String suggestion = nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?";
        return new Said(name + " is not an option of " + where + ": the server refuses to start with `"
                + line.assignment().asWritten() + "`" + elsewhere(catalog, name, version) + suggestion,
                nearest.isEmpty() ? "delete the line, or correct the name"
                        : "change the name to " + nearest.get(0) + " (or delete the line)", null, suggestion);
    }

    /**
     * A system variable with no option form (foreign_key_checks, time_zone): the fix is the option that sets the
     * same at startup, or setting it at runtime, not a nearby name.
     */
    private static Said runtimeOnly(OptionsInEffect.Line line, OptionCatalog.RuntimeVariable variable,
                                    Optional<String> abbreviated) {
        String name = variable.name();
        String where = line.server().versionDescription();
        String atRuntime = "set it at runtime instead (SET PERSIST " + name + " = …), or for every connection with "
                + "init_connect";
        String fix = variable.instead().map(o -> "write " + o + " (the server option for the same setting), or "
                + atRuntime).orElse(atRuntime) + "; delete the line";
        if (abbreviated.isPresent()) {
            return new Said(name + " is a system variable of " + where + ", not an option: mysqld reads `"
                    + line.assignment().asWritten() + "` as an abbreviation of " + abbreviated.get()
                    + ", which is not what the line means", fix, Severity.INFO, "");
        }
        return new Said(name + " is a system variable of " + where + " that has no option form: the server "
                + "refuses to start with `" + line.assignment().asWritten() + "` (unknown variable)", fix, null, "");
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
