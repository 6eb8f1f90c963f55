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

    /**
     * A GitOps-shaped tree (manifests with embedded option files and proxies, Services, pools, option files and
     * HAProxy configs): audited on every core, its report is the one a single thread gives, whatever the order in
     * which the cores read and gather the files.
     */
    @Test
    void aClusterTreeReadOnEveryCoreGivesOneThreadsReportAndItsFactsInPathOrder() throws Exception {
        io.github.mysqlconfigaudit.bench.SyntheticRepository.generate(root.resolve("repo"), 1_500, 7);
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        try {
            AuditResult single = one.submit(() -> TestTrees.audit(root.resolve("repo"))).get();
            assertTrue(single.findings().size() > 100, single.findings().size() + " findings");
            assertTrue(single.links().stream().anyMatch(l -> l.reason().startsWith("cluster DNS")));
            String expected = Files.readString(SarifReport.write(single, root.resolve("one")));
            for (int run = 0; run < 3; run++) {
                AuditResult parallel = TestTrees.audit(root.resolve("repo"));
                assertEquals(expected, Files.readString(SarifReport.write(parallel, root.resolve("all" + run))),
                        "SARIF of run " + run);
                assertEquals(single.links(), parallel.links());
                assertEquals(single.filesScanned(), parallel.filesScanned());
            }
        } finally {
            one.shutdown();
        }
        // the files' facts are gathered in path order, whichever core read which file: the HAProxy configs' routes
        // come first and sorted by path (the cluster's own follow)
        java.util.List<String> files = new ModelBuilder(new io.github.mysqlconfigaudit.discover.SourceTree(root.resolve("repo")),
                AuditOptions.defaults()).build().routes().stream().map(r -> r.file())
                .takeWhile(f -> f.endsWith(".cfg")).toList();
        assertTrue(files.size() > 20, files.toString());
        assertEquals(files.stream().sorted().toList(), files);
    }
}
