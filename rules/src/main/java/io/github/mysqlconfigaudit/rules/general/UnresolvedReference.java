package io.github.mysqlconfigaudit.rules.general;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;

/** A reference computed at run time, which a static audit cannot follow. */
@RuleMeta(id = "unresolved-reference", severity = Severity.INFO,
        title = "Reference not resolved",
        rationale = "A backend chosen at run time (use_backend with a %[...] expression) cannot be followed by "
                + "reading files, so the routes through it are not checked.",
        fix = "Name the backend statically where you can, or link the route explicitly in the policy file.",
        example = "# haproxy.cfg\nfrontend fe\n    use_backend be_%[req.hdr(host),lower]")
public final class UnresolvedReference implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        SourceProblems.report(model, SourceProblem.Kind.UNRESOLVED_REFERENCE, ctx);
    }
}
