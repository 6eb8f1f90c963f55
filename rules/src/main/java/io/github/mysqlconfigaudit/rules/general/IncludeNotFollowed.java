package io.github.mysqlconfigaudit.rules.general;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;

/** An include the audit did not follow, so its settings are not part of the verdict. */
@RuleMeta(id = "include-not-followed", severity = Severity.INFO,
        title = "Include not followed",
        rationale = "Settings in a file the audit cannot read (outside the audited root, missing, or an include "
                + "cycle) are not checked; the server may still read them when deployed.",
        fix = "Keep included files in the repository beside the file that includes them (absolute paths such as "
                + "/etc/mysql/conf.d/ are matched by their trailing directories), or exclude the include on purpose.",
        example = "# my.cnf\n[mysqld]\n!includedir /etc/mysql/conf.d/")
public final class IncludeNotFollowed implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        SourceProblems.report(model, SourceProblem.Kind.INCLUDE_NOT_FOLLOWED, ctx);
    }
}
