package io.github.mysqlconfigaudit.rules.general;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;

/** A Helm template: not YAML until rendered, so its settings are not checked. */
@RuleMeta(id = "unrendered-template", severity = Severity.INFO,
        title = "Helm template not audited",
        rationale = "A file with {{ … }} is a template for YAML, not YAML: the values that reach the cluster are "
                + "only known once Helm renders it, so the audit reads nothing in it (and reports no parse error).",
        fix = "Audit the rendered manifests: `helm template . --output-dir rendered/` and scan rendered/.",
        example = "# templates/configmap.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mysql\ndata:\n"
                + "  my.cnf: |\n    [mysqld]\n    wait_timeout = {{ .Values.waitTimeout }}")
public final class UnrenderedTemplate implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        SourceProblems.report(model, SourceProblem.Kind.UNRENDERED_TEMPLATE, ctx);
    }
}
