package io.github.mysqlconfigaudit.rules.general;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;

/** A candidate file that was not read at all. */
@RuleMeta(id = "file-skipped", severity = Severity.INFO,
        title = "File skipped",
        rationale = "A binary file, a file above the size limit or a link leaving the audited root is not read, "
                + "so nothing in it is checked.",
        fix = "Exclude the file if it is not configuration, or keep the configuration as text inside the root.",
        example = "# prod.cnf -> /etc/mysql/my.cnf")
public final class FileSkipped implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        SourceProblems.report(model, SourceProblem.Kind.FILE_SKIPPED, ctx);
    }
}
