package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.OptionAssignment;
import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.model.ServerOption;
import io.github.mysqlconfigaudit.mysql.catalog.OptionCatalog;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.ServerRule;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value mysqld refuses (it will not start) or does not understand (a boolean that becomes OFF). */
@RuleMeta(id = "invalid-value", severity = Severity.ERROR,
        title = "Value the server refuses",
        rationale = "mysqld stops at start-up on a number it cannot read ('Unknown suffix', 'Incorrect unsigned "
                + "value', a number option without a value), and turns a boolean it does not recognise into OFF. "
                + "Either way the server does not run as configured. An enumeration or set option (sql_mode, "
                + "binlog_format) given a value the version does not have stops it too: NO_AUTO_CREATE_USER in "
                + "sql_mode is the classic 5.7 to 8.0 upgrade failure.",
        fix = "Write numbers as digits with an optional K, M, G, T, P or E suffix, and booleans as ON/OFF, "
                + "TRUE/FALSE or 1/0.",
        example = "# my.cnf\n[mysqld]\nmax_allowed_packet = 1.5M")
public final class InvalidValue implements ServerRule {

    @Override
    public void checkServer(MySqlServer server, RuleContext ctx) {
        for (ServerOption option : server.options()) {
            for (int i = 0; i < option.assignmentCount(); i++) {
                String problem = problem(option.value(i));
                if (problem != null) {
                    OptionAssignment a = option.assignment(i);
                    ctx.at(a.location(), "`" + a.asWritten() + "`: " + problem
                                    + ServerEdits.serverOf(server, a.location()))
                            .fix(fix(server, option, a))
                            .subject(a.group(), option.name())
                            .values(a.asWritten())
                            .report();
                }
            }
        }
    }

    private static String problem(OptionValue value) {
        if (value instanceof OptionValue.Invalid invalid) {
            return invalid.reason();
        }
        if (value instanceof OptionValue.Flag flag && flag.problem() != null) {
            return flag.problem();
        }
        return null;
    }

    private static String fix(MySqlServer server, ServerOption option, OptionAssignment a) {
        Optional<OptionCatalog.ValueList> list = OptionCatalog.builtIn().valueList(option.name(), server.version());
        if (list.isPresent() && a.raw() != null) {
            String kept = list.get().set()
                    ? Arrays.stream(a.raw().split(",")).map(String::trim)
                            .filter(e -> list.get().values().stream().anyMatch(v -> v.equalsIgnoreCase(e)))
                            .collect(Collectors.joining(","))
                    : list.get().values().get(0);
            return "write only values " + server.version().displayName() + " has at " + a.location().shortForm()
                    + ", e.g. `" + a.written() + " = " + kept + "`";
        }
        String example = a.value() instanceof OptionValue.Flag ? "ON" : option.spec()
                .flatMap(s -> s.numericDefault(server.version()).map(d -> s.unit().literal(d)))
                .orElse("a whole number");
        return "write a value mysqld accepts at " + a.location().shortForm() + ", e.g. `" + option.name() + " = "
                + example + "`";
    }
}
