package io.github.mysqlconfigaudit.rules.general;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.rule.RuleContext;

/** The rules over reader problems differ only in the kind they report. */
final class SourceProblems {

    private SourceProblems() {
    }

    static void report(Model model, SourceProblem.Kind kind, RuleContext ctx) {
        model.problems().stream()
                .filter(p -> p.kind() == kind)
                // a reader's problem has no subject: what it says tells two problems of one file apart
                .forEach(p -> ctx.at(p.location(), p.message()).values(p.message()).report());
    }
}
