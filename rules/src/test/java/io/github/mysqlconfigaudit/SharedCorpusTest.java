package io.github.mysqlconfigaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.report.ConsoleReport;
import io.github.mysqlconfigaudit.report.ReportFormat;
import io.github.mysqlconfigaudit.report.Reports;
import io.github.mysqlconfigaudit.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real public config files written by others ({@code ../shared/corpus} beside the project: present in CI, absent
 * from a user's clone, where these tests skip). The corpus grows, so most of what is checked here holds for any real
 * corpus: no crash, every finding on an existing file and line, the same output twice, no secret printed. Exact
 * findings are pinned only for the files named below, which were read one by one.
 */
class SharedCorpusTest {

    @TempDir
    Path out;

    private static Path corpus() {
        Path corpus = SharedCorpus.dir().orElse(null);
        Oracles.assume(corpus != null, "../shared/corpus is absent (a user's clone)");
        return corpus;
    }

    private static AuditResult audit(Path root, String version) {
        return Audit.of(root, AuditOptions.defaults().withVersion(MySqlVersion.parse(version))).run();
    }

    @Test
    void everyVersionReadsTheWholeCorpusSoundlyAndTheSameTwice() throws Exception {
        Path corpus = corpus();
        List<Secret> secrets = secrets(corpus);
        assertTrue(secrets.size() >= 3, "the corpus holds password lines to look for: " + secrets);
        assertTrue(new Secret("wsrep_sst_auth", "root:pw").printedIn("`wsrep_sst_auth=\"root:pw\"` at my.cnf:3")
                && !new Secret("wsrep_sst_auth", "root:pw").printedIn("`wsrep_sst_auth = ****`"), "the detector works");
        for (String version : MySqlVersion.SUPPORTED) {
            AuditResult result = audit(corpus, version);
            assertEquals(List.of(), result.ruleFailures(), "a rule failed on the corpus for " + version);
            assertTrue(result.findings().size() > 20, "findings for " + version);
            for (Finding f : result.findings()) {
                assertOnAnExistingLine(corpus, f.location(), f + " for " + version);
                f.related().forEach(r -> assertOnAnExistingLine(corpus, r.location(), r + " of " + f));
            }
            java.util.Map<String, List<String>> byFingerprint = new java.util.TreeMap<>();
            result.findings().forEach(f -> byFingerprint.computeIfAbsent(f.fingerprint(), k -> new ArrayList<>())
                    .add(f.location() + " " + f.ruleId()));
            assertEquals(List.of(), byFingerprint.values().stream().filter(l -> l.size() > 1).toList(),
                    "findings that a baseline could not tell apart, for " + version);
            AuditResult again = audit(corpus, version);
            assertEquals(result.findings(), again.findings(), "the findings differ between two runs for " + version);
            assertEquals(result.links(), again.links(), "the links differ between two runs for " + version);

            StringBuilder printed = new StringBuilder();
            ConsoleReport.lines(result).forEach(l -> printed.append(l.text()).append('\n'));
            for (Path report : Reports.write(result, EnumSet.allOf(ReportFormat.class), out.resolve(version))) {
                printed.append(Files.readString(report));
            }
            for (Secret s : secrets) {
                assertTrue(!s.printedIn(printed), s + " is printed in a report for " + version);
            }
        }
    }

    private static void assertOnAnExistingLine(Path corpus, Location at, String what) {
        Path file = corpus.resolve(at.path());
        assertTrue(Files.isRegularFile(file), what + ": no such file");
        try {
            long lines = Files.readString(file, StandardCharsets.UTF_8).lines().count();
            assertTrue(at.line() <= Math.max(1, lines), what + ": the file has " + lines + " lines");
        } catch (IOException e) {
            throw new AssertionError(what + ": unreadable", e);
        }
    }

    /** A password-like assignment of the corpus: its value must never follow its name in a report. */
    record Secret(String name, String value) {
        boolean printedIn(CharSequence text) {
            return Pattern.compile(Pattern.quote(name) + "[\"']?\\s*[=:]\\s*[\"']?" + Pattern.quote(value))
                    .matcher(text).find();
        }

        @Override
        public String toString() {
            return name + " (value withheld)";
        }
    }

    private static final Pattern SECRET_LINE = Pattern.compile(
            "(?i)([\\w.-]*(?:password|passwd|secret|sst_auth)[\\w.-]*)[\"']?\\s*[=:]\\s*[\"']?([^\\s\"'#]{4,})");

    private static List<Secret> secrets(Path corpus) throws IOException {
        List<Secret> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = SECRET_LINE.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    if (!m.group(2).startsWith("$") && !m.group(2).startsWith("{{")) {
                        found.add(new Secret(m.group(1), m.group(2)));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The files of the first corpus, read one by one; their parse errors are pinned. The only one: haproxy 2.6
     * refuses this 1.x line too ("please use the 'bind' keyword for listening addresses"), and
     * HaproxyCheckDifferentialTest checks that the two agree.
     */
    private static final List<String> PINNED = List.of("mysql/laradock-my.cnf", "mysql/galera-mysqld.cnf",
            "mysql/replica-mysqld.cnf", "mysql/percona57-mysqld.cnf", "mysql/percona57-tuned-mysqld.cnf",
            "haproxy/slaves-unitless.cfg", "haproxy/galera-httpchk.cfg", "k8s/website-mysql-configmap.yaml",
            "k8s/website-mysql-services.yaml", "k8s/website-mysql-statefulset.yaml");

    private static boolean pinned(Finding f) {
        return PINNED.contains(f.location().path());
    }

    @Test
    void thePinnedFilesHaveOnlyTheirKnownParseError() {
        Path corpus = corpus();
        for (String version : MySqlVersion.SUPPORTED) {
            assertEquals(List.of("haproxy/galera-httpchk.cfg:25"), TestTrees.findings(audit(corpus, version),
                    "parse-error").stream().filter(SharedCorpusTest::pinned).map(f -> f.location().shortForm()).toList(),
                    "parse errors on the pinned files for " + version);
        }
    }

    /**
     * kubernetes/website's MySQL StatefulSet: the ConfigMap reaches mysqld through an init container's copy
     * into an emptyDir, and the image tag gives the version. Each finding names the line a person edits.
     */
    @Test
    void kubernetesCorpusFindingsPointAtTheLinesToEdit() {
        AuditResult result = Audit.of(corpus().resolve("k8s"), AuditOptions.defaults()).run();
        List<Finding> website = result.findings().stream()
                .filter(f -> f.location().path().startsWith("website-mysql-")).toList();
        assertEquals(List.of("website-mysql-configmap.yaml:10:5 max-allowed-packet-too-small",
                        "website-mysql-statefulset.yaml:65:9 k8s-mysql-without-resources"),
                website.stream().map(f -> f.location() + " " + f.ruleId()).toList());
        assertTrue(website.get(0).message().contains("the MySQL 5.7 default"), "version from mysql:5.7");
    }

    /**
     * Every option the pinned files set is known to the catalog for every version: the only unknown-option errors are
     * real ones (super_read_only is MySQL's; MariaDB 10.11 refuses it, as mariadbd confirms), and Galera's
     * wsrep_provider on MySQL is a plugin option (INFO).
     */
    private static final Map<String, List<String>> EXPECTED_UNKNOWN = Map.of(
            "5.7", List.of("mysql/galera-mysqld.cnf:7 INFO"),
            "8.0", List.of("mysql/galera-mysqld.cnf:7 INFO"),
            "8.4", List.of("mysql/galera-mysqld.cnf:7 INFO"),
            "mariadb-10.11", List.of("k8s/website-mysql-configmap.yaml:15 ERROR"));

    @Test
    void theCatalogKnowsEveryOptionThePinnedFilesSet() {
        Path corpus = corpus();
        for (String version : MySqlVersion.SUPPORTED) {
            assertEquals(EXPECTED_UNKNOWN.get(version), TestTrees.findings(audit(corpus, version), "unknown-option")
                    .stream().filter(SharedCorpusTest::pinned).map(f -> f.location().shortForm() + " " + f.severity())
                    .toList(), "unknown options on the pinned files for " + version);
        }
    }
}
