package io.github.mysqlconfigaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.TestTrees;
import io.github.mysqlconfigaudit.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleReportTest {

    @TempDir
    Path root;

    @Test
    void findingLineHasCompilerFormThenTheFixIndented() {
        TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 10\n");
        List<ConsoleReport.Line> lines = ConsoleReport.lines(TestTrees.audit(root));
        assertEquals("mysql-config-audit: my.cnf (1 finding)", lines.get(0).text());
        assertTrue(lines.get(1).text().startsWith("my.cnf:2:1: WARNING [wait-timeout-range] wait_timeout = 10"),
                lines.get(1).text());
        assertEquals(Severity.WARNING, lines.get(1).severity());
        assertEquals("    fix: set `wait_timeout = 60` in [mysqld] at my.cnf:2 (now `wait_timeout = 10`)",
                lines.get(2).text());
    }

    @Test
    void summaryCountsFilesPerKindAndFindingsPerSeverity() {
        TestTrees.write(root, "a/my.cnf", "[mysqld]\nwait_timeout = abc\n");
        TestTrees.write(root, "b/server.cnf", "[mysqld]\nwait_timeout = 10\n");
        List<ConsoleReport.Line> lines = ConsoleReport.lines(TestTrees.audit(root));
        String summary = lines.get(lines.size() - 1).text();
        assertTrue(summary.matches("mysql-config-audit: 2 files scanned \\(2 MySQL option files\\); 1 error, "
                + "1 warning, 0 info; MySQL 8\\.4 assumed \\(the default; set mysqlVersion to change\\); \\d+ ms"), summary);
    }

    @Test
    void summaryNamesTheFirstFiveLinksAndCountsTheRest() {
        for (int i = 1; i <= 7; i++) {
            TestTrees.write(root, "app" + i + "/haproxy.cfg", "defaults\n  mode tcp\n  timeout connect 5s\n"
                    + "  timeout client 1h\n  timeout server 1h\nlisten mysql\n  bind :3306\n  server db 10.0.0." + i + ":3306\n");
            TestTrees.write(root, "app" + i + "/my.cnf", "[mysqld]\nwait_timeout = 600\n");
        }
        String summary = ConsoleReport.summary(TestTrees.audit(root));
        assertEquals(5, summary.split("→", -1).length - 1, summary);
        assertTrue(summary.contains("links: app1/haproxy.cfg#mysql → app1/my.cnf (same directory tree: app1), "), summary);
        assertTrue(summary.contains("app5/haproxy.cfg#mysql → app5/my.cnf (same directory tree: app5) and 2 more "
                + "(all of them in the JSON and SARIF reports); "), summary);
        assertTrue(!summary.contains("app6/"), summary);
    }

    @Test
    void cleanRunIsOneSummaryLine() {
        TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 600\n");
        assertEquals(1, ConsoleReport.lines(TestTrees.audit(root)).size());
    }
}
