package io.github.mysqlconfigaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.mysql.MySqlVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real public config files written by others (../shared/corpus beside the project, present in CI but
 * not in a user's clone): the audit must read them without a crash and without a parse-error.
 */
class SharedCorpusTest {

    private static Path corpus() {
        return SharedCorpus.dir().orElse(null);
    }

    /**
     * The only parse error the corpus holds: haproxy 2.6 refuses this 1.x line too ("please use the 'bind'
     * keyword for listening addresses"); HaproxyCheckDifferentialTest checks that the two agree.
     */
    private static final List<String> EXPECTED_PARSE_ERRORS = List.of("haproxy/galera-httpchk.cfg:25");

    @Test
    void corpusReadsWithoutCrashAndWithoutFalseParseErrors() {
        Path corpus = corpus();
        Oracles.assume(corpus != null, "../shared/corpus is absent (a user's clone)");
        for (String version : MySqlVersion.SUPPORTED) {
            AuditResult result = Audit.of(corpus, AuditOptions.defaults().withVersion(MySqlVersion.parse(version))).run();
            List<String> parseErrors = TestTrees.findings(result, "parse-error").stream()
                    .map(f -> f.location().shortForm()).toList();
            assertEquals(EXPECTED_PARSE_ERRORS, parseErrors, "parse errors on the corpus for " + version);
            assertTrue(result.filesScanned().values().stream().mapToInt(Integer::intValue).sum() >= 5,
                    "the corpus option files were found");
        }
    }

    /**
     * kubernetes/website's MySQL StatefulSet: the ConfigMap reaches mysqld through an init container's copy
     * into an emptyDir, and the image tag gives the version. Each finding names the line a person edits.
     */
    @Test
    void kubernetesCorpusFindingsPointAtTheLinesToEdit() {
        Path corpus = corpus();
        Oracles.assume(corpus != null, "../shared/corpus is absent (a user's clone)");
        AuditResult result = Audit.of(corpus.resolve("k8s"), AuditOptions.defaults()).run();
        assertEquals(List.of("website-mysql-configmap.yaml:10:5 max-allowed-packet-too-small",
                        "website-mysql-statefulset.yaml:65:9 k8s-mysql-without-resources"),
                result.findings().stream().map(f -> f.location() + " " + f.ruleId()).toList());
        assertTrue(result.findings().get(0).message().contains("the MySQL 5.7 default"), "version from mysql:5.7");
    }

    /**
     * Every option the corpus sets is known to the catalog for every version: the only unknown-option errors are
     * real ones (super_read_only is MySQL's; MariaDB 10.11 refuses it, as mariadbd confirms), and Galera's
     * wsrep_provider on MySQL is a plugin option (INFO).
     */
    private static final Map<String, List<String>> EXPECTED_UNKNOWN = Map.of(
            "5.7", List.of("mysql/galera-mysqld.cnf:7 INFO"),
            "8.0", List.of("mysql/galera-mysqld.cnf:7 INFO"),
            "8.4", List.of("mysql/galera-mysqld.cnf:7 INFO"),
            "mariadb-10.11", List.of("k8s/website-mysql-configmap.yaml:15 ERROR"));

    @Test
    void theCatalogKnowsEveryOptionTheCorpusSets() {
        Path corpus = corpus();
        Oracles.assume(corpus != null, "../shared/corpus is absent (a user's clone)");
        for (String version : MySqlVersion.SUPPORTED) {
            AuditResult result = Audit.of(corpus, AuditOptions.defaults().withVersion(MySqlVersion.parse(version))).run();
            assertEquals(EXPECTED_UNKNOWN.get(version), TestTrees.findings(result, "unknown-option").stream()
                    .map(f -> f.location().shortForm() + " " + f.severity()).toList(), "unknown options for " + version);
        }
    }
}
