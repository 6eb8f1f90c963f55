package io.github.mysqlconfigaudit.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.TestTrees;
import io.github.mysqlconfigaudit.model.SourceProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiscoveryTest {

    @TempDir
    Path root;

    private FileDiscovery.Result discover(PathFilter filter) {
        return new FileDiscovery(new SourceTree(root), filter, Limits.defaults()).discover();
    }

    private static List<String> paths(FileDiscovery.Result result) {
        return result.files().stream().map(SourceFile::path).toList();
    }

    @Test
    void findsCnfFilesAndIniFilesOnlyWithAServerGroup() {
        TestTrees.write(root, "db/my.cnf", "[mysqld]\n");
        TestTrees.write(root, "db/conf.d/x.cnf", "[client]\n");
        TestTrees.write(root, "win/my.ini", "[mysqld]\nport=3306\n");
        TestTrees.write(root, "php/php.ini", "[MySQLi]\nmysqli.max_links = -1\n[mysqlnd]\n");
        TestTrees.write(root, "notes.txt", "[mysqld]\n");
        assertEquals(List.of("db/conf.d/x.cnf", "db/my.cnf", "win/my.ini"), paths(discover(PathFilter.defaults())));
    }

    @Test
    void aCfgFileIsAnHaproxyConfigWhenItsTextOpensAProxySectionAndIsReadOnce() {
        TestTrees.write(root, "lb/edge.cfg", "defaults\n  timeout client 30s\n  timeout server 30s\n"
                + "listen mysql\n  bind :3306\n  server db 10.0.0.1:3306\n");
        TestTrees.write(root, "py/setup.cfg", "[metadata]\nname = tool\n[options]\nbackend = sqlite\n");
        TestTrees.write(root, "lb/haproxy.cfg", "global\n  maxconn 10\n");
        // discovery tells by name and leaves the text to the reader, which reads the file anyway
        assertEquals(List.of("lb/edge.cfg", "lb/haproxy.cfg", "py/setup.cfg"), paths(discover(PathFilter.defaults())));
        assertTrue(discover(PathFilter.defaults()).files().stream()
                .filter(f -> !f.path().endsWith("haproxy.cfg")).allMatch(SourceFile::byContent));
        // the audit keeps the two HAProxy configs (haproxy.cfg by its name) and drops setup.cfg without a word
        io.github.mysqlconfigaudit.AuditResult result = TestTrees.audit(root);
        assertEquals(2, result.filesScanned().get(io.github.mysqlconfigaudit.model.FileKind.HAPROXY_CONFIG));
        assertEquals(List.of("lb/edge.cfg#mysql"), result.links().stream().map(l -> l.route()).toList());
        assertTrue(result.findings().stream().noneMatch(f -> f.location().path().equals("py/setup.cfg")),
                result.findings().toString());
    }

    @Test
    void defaultExcludesSkipBuildOutputVcsAndNodeModules() {
        TestTrees.write(root, "target/my.cnf", "[mysqld]\n");
        TestTrees.write(root, "sub/target/my.cnf", "[mysqld]\n");
        TestTrees.write(root, ".git/my.cnf", "[mysqld]\n");
        TestTrees.write(root, "web/node_modules/pkg/my.cnf", "[mysqld]\n");
        TestTrees.write(root, "ok/my.cnf", "[mysqld]\n");
        assertEquals(List.of("ok/my.cnf"), paths(discover(PathFilter.defaults())));
    }

    @Test
    void includesRestrictAndExplicitlyIncludedFilesAreSniffed() {
        TestTrees.write(root, "a/my.cnf", "[mysqld]\n");
        TestTrees.write(root, "b/my.cnf", "[mysqld]\n");
        TestTrees.write(root, "b/server.conf", "[mysqld]\nwait_timeout=5\n");
        TestTrees.write(root, "b/readme.conf", "nothing here\n");
        assertEquals(List.of("b/my.cnf", "b/server.conf"), paths(discover(PathFilter.of("b/**", null))));
    }

    @Test
    void globsFollowGitignoreConventions() {
        assertTrue(PathGlob.of("*.cnf").matches("a/b/c.cnf"));
        assertTrue(PathGlob.of("*.cnf").matches("c.cnf"));
        assertTrue(PathGlob.of("target/").matches("x/target/y/z.cnf"));
        assertTrue(PathGlob.of("/target/").matches("target/z.cnf"));
        assertFalse(PathGlob.of("/target/").matches("x/target/z.cnf"));
        assertTrue(PathGlob.of("envs/*/mysql/*.{cnf,ini}").matches("envs/prod/mysql/my.ini"));
        assertFalse(PathGlob.of("envs/*/mysql/*.cnf").matches("envs/prod/eu/mysql/my.cnf"));
        assertTrue(PathGlob.of("envs/**/my.cnf").matches("envs/prod/eu/mysql/my.cnf"));
        // a directory glob covers everything below, and only whole segments
        assertFalse(PathGlob.of("target/").matches("a/mytarget/c.cnf"));
        assertFalse(PathGlob.of("target/").matches("a/target.cnf"));
    }

    @Test
    void aTreeThousandsOfDirectoriesDeepIsWalkedWithoutExhaustingTheStack() throws Exception {
        // the walk forks a task per directory near the root only; deeper it keeps a work list (a 2,000-deep
        // chain overflowed the stack of a fork per level)
        Path dir = root;
        for (int i = 0; i < 1_500; i++) {
            dir = dir.resolve("d");
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("my.cnf"), "[mysqld]\n");
        try {
            FileDiscovery.Result result = discover(PathFilter.defaults());
            assertEquals(List.of("d/".repeat(1_500) + "my.cnf"), paths(result));
            assertTrue(result.problems().isEmpty());
        } finally {
            // deepest first, by hand: the temporary directory's own clean-up takes half a minute on such a chain
            Files.delete(dir.resolve("my.cnf"));
            for (Path d = dir; !d.equals(root); d = d.getParent()) {
                Files.delete(d);
            }
        }
    }

    @Test
    void aFileIsReadUnderItsRelativePathOrWhereTheWalkFoundItWhenItsNameIsNotAscii() throws Exception {
        String proxy = "listen mysql\n  bind :3306\n  server db 10.0.0.1:3306\n";
        TestTrees.write(root, "lb/edge.cfg", proxy);
        // a name whose bytes are no UTF-8 (Latin-1 é): its text, decoded, does not encode back to the same bytes
        writeLatin1Named("lb/caf\\351.cfg", proxy);
        SourceTree tree = new SourceTree(root);
        List<SourceFile> files = new FileDiscovery(tree, PathFilter.defaults(), Limits.defaults()).discover().files();
        assertEquals(2, files.size(), files.toString());
        for (SourceFile f : files) {
            SourceTree.TextRead read = tree.readDiscovered(f, Limits.defaults());
            assertTrue(read.ok(), f + ": " + read.skipReason());
            assertEquals(proxy, read.text());
        }
        SourceFile ascii = files.stream().filter(f -> f.path().equals("lb/edge.cfg")).findFirst().orElseThrow();
        SourceFile latin1 = files.stream().filter(f -> f != ascii).findFirst().orElseThrow();
        assertEquals(null, ascii.walked()); // resolved from the root when read: no path kept per file
        assertFalse(leadsTo(latin1.path()), latin1.path()); // its text does not lead back to the file
        assertTrue(latin1.walked() != null);
    }

    @Test
    void optionFilesAndProxyConfigsWhoseNamesAreNotAsciiAreReadAndAudited() throws Exception {
        // a Latin-1 é in a file name and in a directory name: bytes that are no UTF-8
        writeLatin1Named("db/caf\\351.cnf", "[mysqld]\nmax_allowed_packet = 2G\n");
        writeLatin1Named("lb\\351/haproxy.cfg",
                "listen mysql\n  bind :3306\n  timeout client 300\n  timeout server 30s\n  server db 10.0.0.1:3306\n");
        io.github.mysqlconfigaudit.AuditResult result = TestTrees.audit(root);
        assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals("file-skipped")), result.findings().toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("value-clamped")
                && f.location().path().startsWith("db/caf")), result.findings().toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("haproxy-timeout-without-unit")
                && f.location().path().endsWith("/haproxy.cfg")), result.findings().toString());
    }

    /**
     * Writes {@code text} to {@code path} under the root, its directories made; {@code \351} in the path stands for
     * the byte of a Latin-1 é, which Java cannot name under a UTF-8 file-name encoding, so the shell writes it.
     */
    private void writeLatin1Named(String path, String text) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.io.File.separatorChar == '/');
        Process write = new ProcessBuilder("sh", "-c",
                "f=$(printf \"$1\") && mkdir -p \"$(dirname \"$f\")\" && printf %s \"$2\" > \"$f\"", "sh", path, text)
                .directory(root.toFile()).inheritIO().start();
        assertEquals(0, write.waitFor());
    }

    private boolean leadsTo(String relative) {
        try {
            return Files.exists(root.resolve(relative));
        } catch (java.nio.file.InvalidPathException e) {
            return false; // a file name encoding that cannot even write it
        }
    }

    @Test
    void linkLeavingTheRootIsNotFollowed() throws Exception {
        Path outside = Files.createTempFile("outside", ".cnf");
        try {
            Files.writeString(outside, "[mysqld]\nwait_timeout=1\n");
            Files.createSymbolicLink(root.resolve("linked.cnf"), outside);
            FileDiscovery.Result result = discover(PathFilter.defaults());
            assertTrue(result.files().isEmpty());
            assertEquals(SourceProblem.Kind.FILE_SKIPPED, result.problems().get(0).kind());
            assertEquals("linked.cnf", result.problems().get(0).location().path());
        } finally {
            Files.delete(outside);
        }
    }
}
