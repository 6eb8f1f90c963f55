package io.github.mysqlconfigaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.report.JsonReport;
import io.github.mysqlconfigaudit.report.SarifReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are parsed in parallel; the reports must not depend on thread timing. */
class DeterminismTest {

    @TempDir
    Path root;

    @Test
    void theSameTreeGivesByteIdenticalReports() throws Exception {
        for (int i = 0; i < 60; i++) {
            TestTrees.write(root, "env" + (i % 7) + "/db" + i + "/my.cnf", "[mysqld]\nwait_timeout = " + (10 + i)
                    + "\nmax_allowed_packet = " + (i % 3 == 0 ? "2G" : "16M") + "\n");
            TestTrees.write(root, "env" + (i % 7) + "/haproxy" + i + ".cfg", "defaults\n  timeout client " + (i + 1)
                    + "s\n  timeout server 30\nlisten mysql" + i + "\n  server s 10.0.0." + i + ":3306\n");
        }
        String sarif = null;
        String json = null;
        for (int run = 0; run < 4; run++) {
            AuditResult result = TestTrees.audit(root);
            assertTrue(result.findings().size() > 200);
            String s = Files.readString(SarifReport.write(result, root.resolve("out" + run)));
            String j = Files.readString(JsonReport.write(result, root.resolve("out" + run)))
                    .replaceAll("\"elapsedMillis\" : \\d+", "\"elapsedMillis\" : 0"); // the one marked timing field
            if (sarif == null) {
                sarif = s;
                json = j;
            }
            assertEquals(sarif, s, "SARIF of run " + run);
            assertEquals(json, j, "JSON of run " + run);
        }
    }
}
