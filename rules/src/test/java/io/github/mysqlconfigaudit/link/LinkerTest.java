package io.github.mysqlconfigaudit.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.TestTrees;
import io.github.mysqlconfigaudit.model.LinkSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkerTest {

    private static final String MYSQL_LISTEN = "defaults\n  timeout client 8h\n  timeout server 8h\n  timeout connect 5s\n"
            + "listen mysql\n  bind :3306\n  server db1 10.0.0.1:3306\n";

    @TempDir
    Path root;

    private List<String> links() {
        AuditResult result = TestTrees.audit(root);
        return result.links().stream().map(LinkSummary::describe).toList();
    }

    @Test
    void routeLinksToTheOptionFilesOfItsOwnTreeNotASiblings() {
        TestTrees.write(root, "envs/prod/haproxy.cfg", MYSQL_LISTEN);
        TestTrees.write(root, "envs/prod/mysql/my.cnf", "[mysqld]\nwait_timeout = 600\n");
        TestTrees.write(root, "envs/staging/mysql/my.cnf", "[mysqld]\nwait_timeout = 600\n");
        assertEquals(List.of("envs/prod/haproxy.cfg#mysql → envs/prod/mysql/my.cnf (same directory tree: envs/prod)"),
                links());
    }

    @Test
    void nearestAncestorHoldingAnyOptionFileWins() {
        TestTrees.write(root, "deploy/proxy/haproxy.cfg", MYSQL_LISTEN);
        TestTrees.write(root, "deploy/db/my.cnf", "[mysqld]\n");
        TestTrees.write(root, "other/my.cnf", "[mysqld]\n");
        assertEquals(List.of("deploy/proxy/haproxy.cfg#mysql → deploy/db/my.cnf (same directory tree: deploy)"), links());
    }

    @Test
    void includedFilesAreNotServersOfTheirOwn() {
        TestTrees.write(root, "haproxy.cfg", MYSQL_LISTEN);
        TestTrees.write(root, "mysql/my.cnf", "[mysqld]\n!includedir conf.d\n");
        TestTrees.write(root, "mysql/conf.d/tuning.cnf", "[mysqld]\nwait_timeout = 600\n");
        assertEquals(List.of("haproxy.cfg#mysql → mysql/my.cnf (same directory tree: .)"), links());
    }

    @Test
    void withoutAnyOptionFileTheDefaultsStandIn() {
        TestTrees.write(root, "haproxy.cfg", MYSQL_LISTEN);
        List<String> links = links();
        assertEquals(1, links.size());
        assertTrue(links.get(0).contains("no MySQL config linked"), links.get(0));
    }

    @Test
    void nonMysqlRoutesAreNotLinked() {
        TestTrees.write(root, "haproxy.cfg", "listen web\n  bind :80\n  server w 10.0.0.1:8080\n");
        TestTrees.write(root, "my.cnf", "[mysqld]\n");
        assertEquals(List.of(), links());
    }

    @Test
    void policyMarksRoutesAsMysqlOrNot() {
        TestTrees.write(root, "haproxy.cfg", "listen reporting\n  server r 10.0.0.1:6033\n"
                + "listen legacy_mysql\n  server l 10.0.0.2:3306\n");
        TestTrees.write(root, "my.cnf", "[mysqld]\n");
        AuditResult result = io.github.mysqlconfigaudit.Audit.of(root, io.github.mysqlconfigaudit.AuditOptions.defaults()
                .withMysqlRoutes(java.util.Map.of("haproxy.cfg#reporting", true, "haproxy.cfg", false))).run();
        assertEquals(List.of("haproxy.cfg#reporting → my.cnf (same directory tree: .)"),
                result.links().stream().map(LinkSummary::describe).toList());
    }

    @Test
    void explicitLinksComeFirst() {
        TestTrees.write(root, "deploy/haproxy.cfg", MYSQL_LISTEN);
        TestTrees.write(root, "deploy/local/my.cnf", "[mysqld]\n");
        TestTrees.write(root, "db/my.cnf", "[mysqld]\n");
        AuditResult result = io.github.mysqlconfigaudit.Audit.of(root, io.github.mysqlconfigaudit.AuditOptions.defaults()
                .withLinks(List.of(new ExplicitLink("deploy/haproxy.cfg#mysql", "db/my.cnf")))).run();
        assertEquals(List.of("deploy/haproxy.cfg#mysql → db/my.cnf (explicit link in the policy)"),
                result.links().stream().map(LinkSummary::describe).toList());
    }
}
