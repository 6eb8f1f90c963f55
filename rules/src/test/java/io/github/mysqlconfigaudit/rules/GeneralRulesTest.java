package io.github.mysqlconfigaudit.rules;

import static io.github.mysqlconfigaudit.TestTrees.findingsFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.TestTrees;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneralRulesTest {

    @TempDir
    Path root;

    @Test
    void parseErrorNamesTheLineAndTheRestOfTheAuditGoesOn() {
        TestTrees.write(root, "a/my.cnf", "[mysqld\nwait_timeout = 5\n");
        TestTrees.write(root, "b/my.cnf", "[mysqld]\nwait_timeout = 5\n");
        AuditResult result = TestTrees.audit(root);
        List<Finding> errors = TestTrees.findings(result, "parse-error");
        assertEquals(1, errors.size());
        assertEquals(new Location("a/my.cnf", 1, 1), errors.get(0).location());
        assertEquals(Severity.ERROR, errors.get(0).severity());
        assertEquals(new Location("b/my.cnf", 2, 1), TestTrees.findings(result, "wait-timeout-range").get(0).location());
    }

    @Test
    void wellFormedFileHasNoParseError() {
        assertTrue(findingsFor(root, "parse-error", "[mysqld]\nwait_timeout = 600\n").isEmpty());
    }

    @Test
    void includeOutsideTheRootIsInfo() {
        List<Finding> f = findingsFor(root, "include-not-followed", "[mysqld]\n!includedir /etc/mysql/conf.d/\n");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals(2, f.get(0).location().line());
    }

    @Test
    void binaryCnfIsSkippedWithInfo() throws Exception {
        Files.write(root.resolve("dump.cnf"), new byte[] {'[', 0, 1, 2});
        List<Finding> f = TestTrees.findings(TestTrees.audit(root), "file-skipped");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("binary"));
    }
}
