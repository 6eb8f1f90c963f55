package io.github.mysqlconfigaudit.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import io.github.mysqlconfigaudit.RuleRegistry;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class AuditMojoTest {

    private static final String POM = "src/test/resources/unit/pom.xml";

    @TempDir
    Path repo;

    @TempDir
    Path reports;

    private void myCnf(String content) throws IOException {
        Files.writeString(repo.resolve("my.cnf"), content);
    }

    private void point(AuditMojo mojo) {
        mojo.basedir = repo.toFile();
        mojo.outputDirectory = reports.toFile();
    }

    private Path sarif() {
        return reports.resolve("mysql-config-audit.sarif");
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    void errorFindingFailsTheBuildNamingCountAndReport(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nmax_allowed_packet = 1.5M\nwait_timeout = x\n");
        point(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("mysql-config-audit: 2 findings at or above ERROR; see " + sarif(), e.getMessage());
        assertTrue(Files.readString(sarif()).contains("\"ruleId\" : \"invalid-value\""));
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    void warningsPassUnderTheDefaultThreshold(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nwait_timeout = 10\n");
        point(mojo);
        assertDoesNotThrow(mojo::execute);
        assertTrue(Files.readString(sarif()).contains("wait-timeout-range"));
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "WARNING")
    void failOnSeverityWarningFailsOnAWarning(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nwait_timeout = 10\n");
        point(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("mysql-config-audit: 1 finding at or above WARNING"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "NONE")
    void failOnSeverityNoneNeverFails(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nwait_timeout = x\n");
        point(mojo);
        assertDoesNotThrow(mojo::execute);
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nwait_timeout = x\n");
        point(mojo);
        assertDoesNotThrow(mojo::execute);
        assertFalse(Files.exists(sarif()));
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "formats", value = "console")
    void consoleOnlyWritesNoFile(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nwait_timeout = 600\n");
        point(mojo);
        mojo.execute();
        assertFalse(Files.exists(sarif()));
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "mysqlVersion", value = "5.7")
    void mysqlVersionPicksTheCatalogColumn(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nwait_timeout = 600\n");
        point(mojo);
        mojo.execute();
        String sarif = Files.readString(sarif());
        assertTrue(sarif.contains("\"mysqlVersion\" : \"5.7\""), sarif);
        assertTrue(sarif.contains("4M (the MySQL 5.7 default; not set)"), sarif);
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "includes", value = "envs/prod/**")
    @MojoParameter(name = "excludes", value = "**/legacy/")
    void includesAndExcludesSelectFiles(AuditMojo mojo) throws Exception {
        Files.createDirectories(repo.resolve("envs/prod/legacy"));
        Files.createDirectories(repo.resolve("envs/staging"));
        Files.writeString(repo.resolve("envs/prod/my.cnf"), "[mysqld]\nwait_timeout = 10\n");
        Files.writeString(repo.resolve("envs/prod/legacy/my.cnf"), "[mysqld]\nwait_timeout = 11\n");
        Files.writeString(repo.resolve("envs/staging/my.cnf"), "[mysqld]\nwait_timeout = 12\n");
        point(mojo);
        mojo.execute();
        String sarif = Files.readString(sarif());
        assertTrue(sarif.contains("envs/prod/my.cnf"));
        assertFalse(sarif.contains("legacy/my.cnf"));
        assertFalse(sarif.contains("staging/my.cnf"));
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "mysqlVersion", value = "7.1")
    void unknownVersionIsAConfigurationErrorWithTheChoices(AuditMojo mojo) {
        point(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("8.4") && e.getMessage().contains("mariadb-10.11"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "formats", value = "console,pdf")
    void unknownFormatIsAConfigurationError(AuditMojo mojo) {
        point(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("unknown report format 'pdf'"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "FATAL")
    void unknownThresholdIsAConfigurationError(AuditMojo mojo) {
        point(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("ERROR, WARNING, INFO or NONE"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    void missingBasedirIsAClearError(AuditMojo mojo) {
        point(mojo);
        mojo.basedir = repo.resolve("nope").toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    void policyFileInTheRootSetsTheThreshold(AuditMojo mojo) throws Exception {
        mojo.failOnSeverity = null; // as when neither the pom nor -D sets it
        Files.writeString(repo.resolve(".mysql-config-audit.yaml"), "failOnSeverity: WARNING\n");
        myCnf("[mysqld]\nwait_timeout = 10\n");
        point(mojo);
        assertThrows(MojoFailureException.class, mojo::execute);
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "ERROR")
    void parameterWinsOverThePolicyFile(AuditMojo mojo) throws Exception {
        Files.writeString(repo.resolve(".mysql-config-audit.yaml"), "failOnSeverity: WARNING\n");
        myCnf("[mysqld]\nwait_timeout = 10\n");
        point(mojo);
        assertDoesNotThrow(mojo::execute);
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    void brokenPolicyFileIsAConfigurationErrorNamingTheLine(AuditMojo mojo) throws Exception {
        Files.writeString(repo.resolve(".mysql-config-audit.yaml"), "rules:\n  wait-timeout-range:\n    minimun: 1m\n");
        point(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("mysql-config-audit: .mysql-config-audit.yaml:3: unknown key 'minimun'"),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "writeBaseline", value = "true")
    void writeBaselineAcceptsTodaysFindingsAndPasses(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nwait_timeout = x\n");
        point(mojo);
        assertDoesNotThrow(mojo::execute);
        String baseline = Files.readString(repo.resolve("mysql-config-audit-baseline.json"));
        assertTrue(baseline.contains("\"ruleId\" : \"invalid-value\""), baseline);
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    void existingBaselineKeepsKnownFindingsFromFailing(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nwait_timeout = x\n");
        point(mojo);
        mojo.writeBaseline = true;
        mojo.execute();
        mojo.writeBaseline = false;
        myCnf("\n\n[mysqld]\nwait_timeout = x\n");
        assertDoesNotThrow(mojo::execute);
        myCnf("[mysqld]\nwait_timeout = x\nconnect_timeout = y\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("mysql-config-audit: 1 finding at or above ERROR"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    @MojoParameter(name = "maxFileSize", value = "1K")
    @MojoParameter(name = "maxLinesPerFile", value = "3")
    void limitsSkipFilesWithAClearMessage(AuditMojo mojo) throws Exception {
        Files.writeString(repo.resolve("big.cnf"), "[mysqld]\n#" + "x".repeat(2000) + "\n");
        Files.writeString(repo.resolve("long.cnf"), "[mysqld]\na=1\nb=2\nc=3\nd=4\n");
        point(mojo);
        mojo.execute();
        String sarif = Files.readString(sarif());
        assertTrue(sarif.contains("not read: it is larger than 1024 bytes"), sarif);
        assertTrue(sarif.contains("not read: it has more than 3 lines"), sarif);
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    void theDebugLogSaysWhereTheAuditsTimeWent(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nwait_timeout = 600\n");
        point(mojo);
        List<String> debug = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void debug(CharSequence content) {
                debug.add(content.toString());
            }
        });
        mojo.execute();
        assertTrue(debug.stream().anyMatch(line -> line.matches("mysql-config-audit: \\d+ ms: discover \\d+ ms, "
                + "parse \\d+ ms, model \\d+ ms, link \\d+ ms, rules \\d+ ms")), debug.toString());
    }

    @Test
    void rulesGoalListsEveryRuleWithItsParameters() {
        List<String> lines = new ArrayList<>();
        RulesMojo mojo = new RulesMojo();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }
        });
        mojo.execute();
        assertTrue(lines.contains("proxy-idle-timeout-below-wait-timeout (ERROR): Proxy idle timeout shorter than MySQL's "
                + "wait_timeout"), lines.toString());
        assertTrue(lines.contains("    parameter minimum = 64M: Smallest acceptable effective max_allowed_packet."),
                lines.toString());
    }

    @Test
    void withoutAPomTheCurrentDirectoryIsScannedAndReportsGoUnderItsTarget() {
        AuditMojo mojo = new AuditMojo();
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(cwd, mojo.root());
        assertEquals(cwd.resolve("target/mysql-config-audit"), mojo.reportDirectory(cwd));
    }

    @RuleMeta(id = "always-throws", severity = Severity.INFO, title = "t", rationale = "r", fix = "f", example = "e")
    public static final class AlwaysThrows implements Rule {
        @Override
        public void check(Model model, RuleContext ctx) {
            throw new IllegalStateException("the rule broke");
        }
    }

    /**
     * A rule whose metadata fails once the registry has read it: the failure is outside any rule's check (the engine
     * asks for the metadata to see which rules the policy enables), so the goal must stop on one clear line.
     */
    @RuleMeta(id = "broken-metadata", severity = Severity.INFO, title = "t", rationale = "r", fix = "f", example = "e")
    public static final class BrokenMetadata implements Rule {
        private final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void check(Model model, RuleContext ctx) {
        }

        @Override
        public RuleDescriptor descriptor() {
            if (asked.getAndIncrement() > 0) {
                throw new UnsupportedOperationException("no metadata\nsecond line");
            }
            return Rule.super.descriptor();
        }
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    void aRuleThatThrowsIsAnInternalErrorWithItsTraceOnlyUnderDebug(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nwait_timeout = 10\n");
        point(mojo);
        mojo.rules = RuleRegistry.of(List.of(new AlwaysThrows(), new io.github.mysqlconfigaudit.rules.mysql.WaitTimeoutRange()));
        List<String> errors = new ArrayList<>();
        List<Throwable> debugTraces = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                errors.add(content.toString());
            }

            @Override
            public void debug(CharSequence content, Throwable error) {
                debugTraces.add(error);
            }
        });
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("mysql-config-audit: 1 finding at or above ERROR"), e.getMessage());
        assertTrue(errors.stream().anyMatch(l -> l.contains("internal-error") && l.contains("always-throws")
                && l.contains("IllegalStateException: the rule broke")), errors.toString());
        assertTrue(errors.stream().noneMatch(l -> l.contains("\tat ")), "no stack trace on the console");
        assertEquals(1, debugTraces.size());
        assertEquals("the rule broke", debugTraces.get(0).getMessage());
        String sarif = Files.readString(sarif());
        assertTrue(sarif.contains("\"ruleId\" : \"internal-error\"") && sarif.contains("wait-timeout-range"),
                "the report is written, with the other rules' findings");
    }

    @Test
    @InjectMojo(goal = "audit", pom = POM)
    void anythingElseUnexpectedIsOneClearLine(AuditMojo mojo) throws Exception {
        myCnf("[mysqld]\nwait_timeout = 10\n");
        point(mojo);
        mojo.rules = RuleRegistry.of(List.of(new BrokenMetadata()));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("mysql-config-audit: unexpected UnsupportedOperationException: no metadata (a bug: please report it "
                + "with the stack trace that -e prints)", e.getMessage());
        assertTrue(e.getCause() instanceof UnsupportedOperationException);
    }
}
