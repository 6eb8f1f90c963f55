package io.github.mysqlconfigaudit.rules.kubernetes;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.MySqlContainer;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** A MySQL container without a memory request and limit. */
@RuleMeta(id = "k8s-mysql-without-resources", severity = Severity.WARNING,
        title = "MySQL container without memory request and limit",
        rationale = "Without a memory request the scheduler may pack the server onto a node that cannot hold its "
                + "buffer pool; without a limit it is the first candidate for the OOM killer when the node runs short. "
                + "Either way the server restarts and every connection drops (ERROR 2013 in the application).",
        fix = "Set resources.requests.memory and resources.limits.memory on the MySQL container (equal values give "
                + "the pod Guaranteed QoS).",
        example = "# k8s/mysql.yaml\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: mysql\nspec:\n"
                + "  template:\n    spec:\n      containers:\n        - name: mysql\n          image: mysql:8.0.36\n"
                + "          resources:\n            requests:\n              cpu: 500m")
public final class K8sMysqlWithoutResources implements Rule {

    @Override
    public void check(Model model, RuleContext ctx) {
        for (MySqlContainer c : model.containers()) {
            List<String> missing = new ArrayList<>();
            if (!c.memoryRequest()) {
                missing.add("resources.requests.memory");
            }
            if (!c.memoryLimit()) {
                missing.add("resources.limits.memory");
            }
            if (missing.isEmpty()) {
                continue;
            }
            ctx.at(c.at(), "container " + c.container() + " (" + c.image() + ") of " + c.workload() + " has no "
                            + String.join(" and no ", missing) + ": a starved or killed server drops every connection")
                    .fix("add " + String.join(" and ", missing) + " (for example 2Gi) to container " + c.container()
                            + " at " + c.at().shortForm())
                    .subject(c.workload(), c.container())
                    .report();
        }
    }
}
