package io.github.mysqlconfigaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import io.github.mysqlconfigaudit.rule.RuleFailure;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.RuleRunner;
import io.github.mysqlconfigaudit.rule.Severity;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.report.ReportFormat;
import io.github.mysqlconfigaudit.report.Reports;
import io.github.mysqlconfigaudit.RuleRegistry;
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
        List<Finding> engine = RuleRunner.run(rules, model, id -> Map.of()).findings();

        assertTrue(oneAfterAnother.size() > 3000, "findings: " + oneAfterAnother.size());
        assertTrue(oneAfterAnother.stream().map(Finding::ruleId).distinct().count() >= 8);
        assertEquals(oneAfterAnother, engine);
    }

    @RuleMeta(id = "throws-always", severity = Severity.INFO, title = "t", rationale = "r", fix = "f", example = "e")
    public static final class ThrowsAlways implements Rule {
        @Override
        public void check(Model model, RuleContext ctx) {
            throw new IllegalStateException("model-wide failure on \"S3cr3t\"\nsecond line of the message");
        }
    }

    /** Reports every server, and throws on the servers whose file sits under a directory named "bad". */
    @RuleMeta(id = "throws-on-some-servers", severity = Severity.INFO, title = "t", rationale = "r", fix = "f",
            example = "e")
    public static final class ThrowsOnSomeServers implements ServerRule {
        @Override
        public void checkServer(MySqlServer server, RuleContext ctx) {
            if (server.configPath().contains("bad")) {
                throw new ArithmeticException("/ by zero");
            }
            ctx.at(server.serverGroup(), "seen").report();
        }
    }

    @Test
    void aRuleThatThrowsBecomesAnInternalErrorAndTheOthersStillRun() throws Exception {
        for (int i = 0; i < 600; i++) {
            TestTrees.write(root, (i % 100 == 7 ? "bad" : "ok") + i + "/my.cnf", "[mysqld]\nwait_timeout = 5\n");
        }
        RuleRegistry registry = RuleRegistry.of(java.util.stream.Stream.concat(RuleRegistry.load().rules().stream(),
                java.util.stream.Stream.of(new ThrowsAlways(), new ThrowsOnSomeServers())).toList());
        AuditResult result = Audit.of(root, AuditOptions.defaults().withRules(registry)).run();

        List<Finding> internal = TestTrees.findings(result, "internal-error");
        assertEquals(2, internal.size(), internal.toString());
        Finding whole = internal.stream().filter(f -> f.option().equals("throws-always")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, whole.severity());
        assertEquals("the rule throws-always failed with IllegalStateException: model-wide failure on \"…\"; what it "
                + "checks is unchecked here, the other rules ran", whole.message());
        Finding perServer = internal.stream().filter(f -> f.option().equals("throws-on-some-servers")).findFirst()
                .orElseThrow();
        assertTrue(perServer.message().contains("ArithmeticException: / by zero (on 6 servers"), perServer.message());
        assertEquals("bad107/my.cnf", perServer.location().path(), "the first failing server, in server order");
        assertTrue(perServer.fix().contains("rules: {throws-on-some-servers: {enabled: false}}"), perServer.fix());

        assertEquals(600 - 6, TestTrees.findings(result, "throws-on-some-servers").size(), "the servers it passed");
        assertEquals(600, TestTrees.findings(result, "wait-timeout-range").size(), "the other rules ran");
        assertEquals(List.of("throws-always", "throws-on-some-servers"),
                result.ruleFailures().stream().map(RuleFailure::ruleId).toList());
        assertTrue(result.ruleFailures().get(1).error() instanceof ArithmeticException, "the exception is kept");
        assertTrue(result.verdict().failed());

        Path out = root.resolve("reports");
        Reports.write(result, java.util.EnumSet.of(ReportFormat.SARIF, ReportFormat.JSON, ReportFormat.JUNIT), out);
        String sarif = java.nio.file.Files.readString(out.resolve("mysql-config-audit.sarif"));
        assertTrue(sarif.contains("\"ruleId\" : \"internal-error\""), "reports are still written");
        assertTrue(!sarif.contains("at io.github"), "no stack trace in a report");
    }

    @RuleMeta(id = "overflows", severity = Severity.INFO, title = "t", rationale = "r", fix = "f", example = "e")
    public static final class Overflows implements Rule {
        @Override
        public void check(Model model, RuleContext ctx) {
            throw new StackOverflowError();
        }
    }

    @Test
    void aStackOverflowInARuleIsAnInternalErrorToo() {
        TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 5\n");
        AuditResult result = Audit.of(root, AuditOptions.defaults().withRules(RuleRegistry.of(List.of(new Overflows()))))
                .run();
        assertEquals(List.of("the rule overflows failed with StackOverflowError; what it checks is unchecked here, the "
                + "other rules ran"), TestTrees.findings(result, "internal-error").stream().map(Finding::message).toList());
    }
}
