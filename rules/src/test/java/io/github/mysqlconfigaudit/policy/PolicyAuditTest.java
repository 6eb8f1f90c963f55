package io.github.mysqlconfigaudit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.Audit;
import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.AuditSetup;
import io.github.mysqlconfigaudit.TestTrees;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy step end to end: file, parameters, waivers, suppressions and baseline on real trees. */
class PolicyAuditTest {

    private static final LocalDate BEFORE_EXPIRY = LocalDate.of(2027, 3, 31);
    private static final LocalDate AFTER_EXPIRY = LocalDate.of(2027, 4, 1);

    @TempDir
    Path root;

    private AuditResult audit(String failOn, String version, LocalDate today) throws Exception {
        AuditSetup.Setup setup = AuditSetup.resolve(new AuditSetup.Parameters(root, null, null, failOn, version, null,
                null, false), today);
        return Audit.of(root, setup.options()).run();
    }

    private AuditResult audit() throws Exception {
        return audit(null, null, BEFORE_EXPIRY);
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    @Nested
    class PolicyFileApplied {
        void writeRepo() {
            TestTrees.write(root, ".mysql-config-audit.yaml", PolicyFileTest.ISSUE_EXAMPLE);
            TestTrees.write(root, "db/my.cnf", "[mysqld]\nmax_allowed_packet = 128M\nmax_allowed_packet = 128M\n"
                    + "connect_timeout = 3\n");
            TestTrees.write(root, "legacy/my.cnf", "[mysqld]\nwait_timeout = 10\nmax_allowed_packet = 256M\n");
        }

        @Test
        void everyKeyOfTheIssueExampleTakesEffect() throws Exception {
            writeRepo();
            AuditResult r = audit();
            assertEquals("8.0", r.version().id());
            assertEquals("set in .mysql-config-audit.yaml", r.versionReason());
            assertEquals(List.of("duplicate-option", "max-allowed-packet-too-small"), ids(r.findings()));
            assertEquals(Severity.ERROR, r.findings().get(0).severity());
            assertTrue(r.findings().get(1).message().contains("is below 256M"), r.findings().get(1).message());
            assertTrue(r.rules().stream().noneMatch(d -> d.id().equals("connect-timeout-range")));
            assertEquals(1, r.suppressed().size());
            assertEquals("external", r.suppressed().get(0).kind());
            assertEquals("legacy/my.cnf", r.suppressed().get(0).finding().location().path());
            assertEquals(2, r.verdict().failingFindings(), "failOnSeverity WARNING from the file");
        }

        @Test
        void afterItsDateTheWaiverStopsAndSaysSo() throws Exception {
            writeRepo();
            AuditResult r = audit(null, null, AFTER_EXPIRY);
            assertTrue(ids(r.findings()).contains("wait-timeout-range"));
            Finding expired = r.findings().stream().filter(f -> f.ruleId().equals("waiver-expired")).findFirst().orElseThrow();
            assertEquals(Severity.WARNING, expired.severity());
            assertEquals(new Location(".mysql-config-audit.yaml", 14, 5), expired.location());
            assertTrue(expired.message().contains("expired on 2027-03-31"), expired.message());
            assertTrue(r.suppressed().isEmpty());
        }

        @Test
        void parametersWinOverTheFile() throws Exception {
            writeRepo();
            AuditResult r = audit("ERROR", "8.4", BEFORE_EXPIRY);
            assertEquals("8.4", r.version().id());
            assertEquals("set by mysqlVersion", r.versionReason());
            assertEquals(1, r.verdict().failingFindings(), "only the duplicate, raised to ERROR by the file");
        }

        @Test
        void explicitLinkFromTheFileWins() throws Exception {
            writeRepo();
            TestTrees.write(root, "deploy/haproxy.cfg", "defaults\n  timeout client 8h\n  timeout server 8h\n"
                    + "  timeout connect 5s\nlisten mysql\n  server db 10.0.0.1:3306\n");
            assertEquals("explicit link in the policy", audit().links().get(0).reason());
            assertEquals("db/my.cnf", audit().links().get(0).mysqlConfig().orElseThrow());
        }
    }

    @Nested
    class WaiverScope {
        @Test
        void sectionAndOptionNarrowAWaiver() throws Exception {
            TestTrees.write(root, ".mysql-config-audit.yaml", "waivers:\n  - rule: duplicate-option\n    option: datadir\n"
                    + "    reason: two datadir lines are known\n");
            TestTrees.write(root, "my.cnf", "[mysqld]\ndatadir = /a\ndatadir = /b\nport = 1\nport = 2\n");
            AuditResult r = audit();
            assertEquals(List.of("duplicate-option"), ids(r.findings()));
            assertEquals("port", r.findings().get(0).option());
            assertEquals("datadir", r.suppressed().get(0).finding().option());
        }

        @Test
        void theFirstWaiverInForceOfTheFindingsRuleIsTheOneNamed() throws Exception {
            TestTrees.write(root, ".mysql-config-audit.yaml", "waivers:\n"
                    + "  - rule: wait-timeout-range\n    path: '**'\n    reason: expired one\n    expires: 2027-03-30\n"
                    + "  - rule: connect-timeout-range\n    path: '**'\n    reason: another rule's\n"
                    + "  - rule: wait-timeout-range\n    path: 'db/**'\n    reason: the db hosts\n"
                    + "  - rule: wait-timeout-range\n    path: '**'\n    reason: every host\n");
            TestTrees.write(root, "db/my.cnf", "[mysqld]\nwait_timeout = 10\n");
            TestTrees.write(root, "web/my.cnf", "[mysqld]\nwait_timeout = 10\n");
            AuditResult r = audit();
            assertEquals(List.of("db/my.cnf the db hosts", "web/my.cnf every host"), r.suppressed().stream()
                    .map(s -> s.finding().location().path() + " " + s.justification()).toList());
            assertEquals(List.of("waiver-expired"), ids(r.findings()));
        }
    }

    @Nested
    class InlineSuppressions {
        @Test
        void onTheLineBeforeOrAtTheEndOfTheLine() throws Exception {
            TestTrees.write(root, "my.cnf", "[mysqld]\n# mysql-config-audit:ignore wait-timeout-range batch host\n"
                    + "wait_timeout = 10\nconnect_timeout = 3   # mysql-config-audit:ignore connect-timeout-range lab only\n");
            AuditResult r = audit();
            assertEquals(List.of(), r.findings());
            assertEquals(List.of("inSource", "inSource"), r.suppressed().stream().map(Weighing.Suppressed::kind).toList());
            assertEquals("batch host", r.suppressed().get(0).justification());
        }

        @Test
        void worksInHaproxyConfigsToo() throws Exception {
            TestTrees.write(root, "haproxy.cfg", "defaults\n  timeout connect 5s\n"
                    + "  timeout client 300   # mysql-config-audit:ignore haproxy-timeout-without-unit milliseconds on purpose\n");
            assertEquals(List.of(), audit().findings());
        }

        @Test
        void withoutAReasonItIsIgnoredAndWarned() throws Exception {
            TestTrees.write(root, "my.cnf", "[mysqld]\n# mysql-config-audit:ignore wait-timeout-range\nwait_timeout = 10\n");
            AuditResult r = audit();
            assertEquals(List.of("unused-suppression", "wait-timeout-range"), ids(r.findings()));
            assertTrue(r.findings().get(0).message().contains("has no reason"), r.findings().get(0).message());
            assertEquals(2, r.findings().get(0).location().line());
        }

        @Test
        void ofTwoOnOneLineTheFirstWithAReasonSilencesAndTheOtherIsWarned() throws Exception {
            TestTrees.write(root, "my.cnf", "[mysqld]\n# mysql-config-audit:ignore wait-timeout-range\n"
                    + "# mysql-config-audit:ignore wait-timeout-range batch host\n"
                    + "wait_timeout = 10   # mysql-config-audit:ignore wait-timeout-range said twice\n");
            AuditResult r = audit();
            assertEquals(List.of("batch host"),
                    r.suppressed().stream().map(Weighing.Suppressed::justification).toList());
            assertEquals(3, r.suppressed().get(0).where().line());
            // the reasonless one (line 2) and the later one (line 4) are warned, each at its own comment
            assertEquals(List.of("unused-suppression", "unused-suppression"), ids(r.findings()));
            assertEquals(List.of(2, 4), r.findings().stream().map(f -> f.location().line()).toList());
            assertTrue(r.findings().get(1).message().contains("matches no finding"), r.findings().get(1).message());
        }

        @Test
        void eachSilencesOnlyItsOwnRuleFileAndLine() throws Exception {
            String cnf = "[mysqld]\nwait_timeout = 10   # mysql-config-audit:ignore wait-timeout-range batch host\n"
                    + "connect_timeout = 3\n";
            TestTrees.write(root, "a/my.cnf", cnf);
            TestTrees.write(root, "b/my.cnf", cnf.replace("# mysql-config-audit:ignore wait-timeout-range batch host",
                    "# mysql-config-audit:ignore connect-timeout-range wrong line"));
            AuditResult r = audit();
            assertEquals(List.of("a/my.cnf:2"), r.suppressed().stream()
                    .map(s -> s.finding().location().path() + ":" + s.finding().location().line()).toList());
            assertEquals(List.of("a/my.cnf:3 connect-timeout-range", "b/my.cnf:2 wait-timeout-range",
                    "b/my.cnf:2 unused-suppression", "b/my.cnf:3 connect-timeout-range"), r.findings().stream()
                    .map(f -> f.location().path() + ":" + f.location().line() + " " + f.ruleId()).toList());
        }

        @Test
        void oneThatMatchesNothingIsWarned() throws Exception {
            TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 600   # mysql-config-audit:ignore wait-timeout-range old\n");
            AuditResult r = audit();
            assertEquals(List.of("unused-suppression"), ids(r.findings()));
            assertTrue(r.findings().get(0).message().contains("matches no finding"));
        }

        @Test
        void theRuleCanBeSwitchedOffInThePolicy() throws Exception {
            TestTrees.write(root, ".mysql-config-audit.yaml", "rules:\n  unused-suppression:\n    enabled: false\n");
            TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 600   # mysql-config-audit:ignore wait-timeout-range old\n");
            assertEquals(List.of(), audit().findings());
        }
    }

    @Nested
    class BaselineRoundTrip {
        @Test
        void shiftedLinesStayKnownNewFindingsFailFixedOnesAreReported() throws Exception {
            TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 10\nmax_allowed_packet = 1.5M\n");
            AuditResult first = audit();
            assertTrue(first.verdict().failed());
            Files.write(root.resolve(Baseline.FILE_NAME), Baseline.of(first.findings()).toJson());

            TestTrees.write(root, "my.cnf", "# a comment\n\n[mysqld]\n# tuned\nwait_timeout = 10\nmax_allowed_packet = 1.5M\n");
            AuditResult shifted = audit();
            assertFalse(shifted.verdict().failed(), "same findings on other lines are still known");
            assertEquals(2, shifted.baselined().size());

            TestTrees.write(root, "my.cnf", "[mysqld]\nmax_allowed_packet = 1.5M\nconnect_timeout = x\n");
            AuditResult changed = audit();
            assertTrue(changed.verdict().failed());
            assertEquals(1, changed.verdict().failingFindings(), "only the new invalid value fails");
            assertEquals(List.of("wait-timeout-range"), changed.baselineFixed().stream().map(Baseline.Entry::ruleId).toList());
        }

        @Test
        void aChangedValueIsANewFinding() throws Exception {
            TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 10\n");
            Files.write(root.resolve(Baseline.FILE_NAME), Baseline.of(audit().findings()).toJson());
            TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 20\n");
            assertTrue(audit().baselined().isEmpty());
        }

        @Test
        void aBaselineOfAnotherFingerprintSchemeIsRefusedSayingHowToRewriteIt() throws Exception {
            Path file = TestTrees.write(root, Baseline.FILE_NAME, "{\"tool\": \"mysql-config-audit\", \"formatVersion\": 1,"
                    + " \"findings\": [{\"fingerprint\": \"0123456789abcdef0123456789abcdef\", \"ruleId\": \"wait-timeout-range\","
                    + " \"path\": \"my.cnf\"}]}");
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> Baseline.read(file));
            assertEquals(file + " was written with the fingerprint scheme mysqlConfigAudit/v1 and this release uses "
                    + "mysqlConfigAudit/v2, so none of its 1 entries would match: review the findings and rewrite it with "
                    + "-Dmysql-config-audit.writeBaseline=true", e.getMessage());
            Files.delete(file);
            TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 10\n");
            Files.write(file, Baseline.of(audit().findings()).toJson());
            assertTrue(Files.readString(file).contains("\"fingerprintScheme\" : \"mysqlConfigAudit/v2\""));
            assertEquals(1, Baseline.read(file).entries().size(), "what this release writes, it reads");
        }
    }
}
