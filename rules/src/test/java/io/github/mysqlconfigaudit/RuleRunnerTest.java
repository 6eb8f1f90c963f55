package io.github.mysqlconfigaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import io.github.mysqlconfigaudit.rule.RuleRegistry;
import io.github.mysqlconfigaudit.rule.ServerRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine walks the servers once for every server rule, in slices on both cores: the findings must be the ones,
 * in the order, that each rule's own check gives when the rules run one after another.
 */
class RuleRunnerTest {

    @TempDir
    Path root;

    @Test
    void slicedServerRulesFindWhatEachRuleFindsAloneInTheSameOrder() {
        // more servers than three slices hold, each with findings for several server rules
        for (int i = 0; i < 700; i++) {
            TestTrees.write(root, "db" + (i % 9) + "/s" + i + "/my.cnf", "[mysqld]\nwait_timeout = " + (5 + i)
                    + "\nwait_timeout = 28800\nmax_allowed_packet = " + (i % 3 == 0 ? "512K" : "2G")
                    + "\nnet_buffer_length = 1M\nquery_cache_size = 0\nwait_timout = 60\nconnect_timeout = " + (i % 4)
                    + "\n");
            if (i % 50 == 0) {
                TestTrees.write(root, "db" + (i % 9) + "/s" + i + "/haproxy.cfg",
                        "defaults\n  timeout client 30\n  timeout server 30s\nlisten mysql\n  server s 10.0.0.1:3306\n");
            }
        }
        Model model = new ModelBuilder(new SourceTree(root), AuditOptions.defaults()).build();
        List<Rule> rules = RuleRegistry.load().rules();
        assertTrue(model.servers().size() > 600);
        assertTrue(rules.stream().filter(ServerRule.class::isInstance).count() >= 10, "the per-server rules are sliced");
        assertTrue(rules.stream().anyMatch(r -> !(r instanceof ServerRule)), "and the others run whole");

        List<Finding> oneAfterAnother = new ArrayList<>();
        for (Rule rule : rules) {
            RuleDescriptor d = rule.descriptor();
            rule.check(model, new RuleContext(d, Map.of(), oneAfterAnother));
        }
        List<Finding> engine = io.github.mysqlconfigaudit.rule.RuleRunner.run(rules, model, id -> Map.of());

        assertTrue(oneAfterAnother.size() > 3000, "findings: " + oneAfterAnother.size());
        assertTrue(oneAfterAnother.stream().map(Finding::ruleId).distinct().count() >= 8);
        assertEquals(oneAfterAnother, engine);
    }
}
