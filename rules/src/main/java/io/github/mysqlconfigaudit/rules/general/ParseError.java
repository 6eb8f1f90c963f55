package io.github.mysqlconfigaudit.rules.general;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;

/** A file that cannot be read as what it claims to be. */
@RuleMeta(id = "parse-error", severity = Severity.ERROR,
        title = "File cannot be read as what it claims to be",
        rationale = "mysqld refuses to start on an option file it cannot read (a group header without ']', an "
                + "option before any group, an empty !include), haproxy on a config it cannot parse, and kubectl "
                + "on YAML that is not valid; the rest of the file is never applied.",
        fix = "Correct the line named in the finding; the message says what the program reading the file (mysqld, "
                + "haproxy or the YAML parser) expects there.",
        example = "# my.cnf\n[mysqld\nwait_timeout = 600")
public final class ParseError implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        SourceProblems.report(model, SourceProblem.Kind.PARSE_ERROR, ctx);
    }
}
