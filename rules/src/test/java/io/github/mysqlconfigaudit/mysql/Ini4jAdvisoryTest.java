package io.github.mysqlconfigaudit.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.TestTrees;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CVE-2022-41404 is a denial of service in ini4j's {@code BasicProfile.fetch()} through recursive
 * {@code ${...}} references. The audit uses only ini4j's streaming parser with its own handler, never a
 * profile, and mysqld has no such expansion: these references must stay literal text and cost nothing.
 */
class Ini4jAdvisoryTest {

    @TempDir
    Path root;

    @Test
    void recursiveAndNestedReferencesStayLiteralAndReturnAtOnce() {
        String deep = "${".repeat(5000) + "x" + "}".repeat(5000);
        String cnf = "[mysqld]\nself = ${self}\nping = ${pong}\npong = ${ping}\ncross = ${mysqld/cross}\n"
                + "deep = " + deep + "\nwait_timeout = ${wait_timeout}\n";
        TestTrees.write(root, "my.cnf", cnf);
        AuditResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TestTrees.audit(root));
        OptionFile file = new OptionFileReader(new io.github.mysqlconfigaudit.discover.SourceTree(root),
                io.github.mysqlconfigaudit.discover.Limits.defaults()).read("my.cnf");
        assertEquals(List.of("${self}", "${pong}", "${ping}", "${mysqld/cross}", deep, "${wait_timeout}"),
                file.lines().stream().map(OptionLine::value).toList());
        assertEquals(1, TestTrees.findings(result, "invalid-value").size(), "wait_timeout = ${wait_timeout} is "
                + "what mysqld sees: not a number");
    }
}
