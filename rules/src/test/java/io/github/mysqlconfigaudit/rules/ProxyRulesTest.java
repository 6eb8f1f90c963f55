package io.github.mysqlconfigaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.TestTrees;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProxyRulesTest {

    /** The seed incident: what a troubleshooting guide recommends, behind a 300 s proxy. */
    private static final String SEED_CNF = "[mysqld]\nwait_timeout = 86400\ninteractive_timeout = 86400\n"
            + "connect_timeout = 20\nmax_allowed_packet = 256M\nnet_read_timeout = 60\nnet_write_timeout = 60\n";
    private static final String SEED_HAPROXY = "global\n    maxconn 2000\n\ndefaults\n    mode tcp\n"
            + "    timeout connect 10s\n    timeout client  300s\n    timeout server  300s\n\n"
            + "listen mysql\n    bind *:3306\n    server db1 10.0.0.11:3306 check\n";

    @TempDir
    Path root;

    private List<Finding> audit(String rule) {
        return TestTrees.findings(TestTrees.audit(root), rule);
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Nested
    class IdleBelowWaitTimeout {
        private static final String RULE = "proxy-idle-timeout-below-wait-timeout";

        @Test
        void seedIncidentFailsWithBothValuesBothLocationsAndAConcreteFix() {
            TestTrees.write(root, "mysql/my.cnf", SEED_CNF);
            TestTrees.write(root, "haproxy.cfg", SEED_HAPROXY);
            Finding f = only(audit(RULE));
            assertEquals(Severity.ERROR, f.severity());
            assertEquals(new Location("haproxy.cfg", 7, 5), f.location());
            assertTrue(f.message().contains("after 300 s"), f.message());
            assertTrue(f.message().contains("wait_timeout = 86400 at mysql/my.cnf:2"), f.message());
            assertEquals("set `timeout client 24h` in defaults (haproxy.cfg:7) and `timeout server 24h` in defaults "
                    + "(haproxy.cfg:8), or `timeout tunnel 24h` in listen mysql (haproxy.cfg:10), or lower wait_timeout "
                    + "to 240 at mysql/my.cnf:2", f.fix());
            assertTrue(f.related().stream().anyMatch(r -> r.location().equals(new Location("mysql/my.cnf", 2, 1))));
            assertTrue(f.related().stream().anyMatch(r -> r.location().equals(new Location("haproxy.cfg", 8, 5))));
        }

        @Test
        void fixedSeedWithLongEnoughTunnelIsQuiet() {
            TestTrees.write(root, "mysql/my.cnf", SEED_CNF);
            TestTrees.write(root, "haproxy.cfg", SEED_HAPROXY.replace("    timeout server  300s\n",
                    "    timeout server  300s\n    timeout tunnel  24h\n"));
            assertEquals(List.of(), audit(RULE));
        }

        @Test
        void tunnelShorterThanWaitTimeoutStillFiresAtTheTunnelLine() {
            TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 3600\n");
            TestTrees.write(root, "haproxy.cfg", "defaults\n  timeout client 8h\n  timeout server 8h\n  timeout connect 5s\n"
                    + "listen mysql\n  timeout tunnel 30m\n  server db 10.0.0.1:3306\n");
            Finding f = only(audit(RULE));
            assertEquals(6, f.location().line());
            assertTrue(f.fix().startsWith("set `timeout tunnel 1h` in listen mysql (haproxy.cfg:6)"), f.fix());
        }

        @Test
        void splitFrontendBackendPointsAtTheShorterSide() {
            TestTrees.write(root, "db/my.cnf", "[mysqld]\nwait_timeout = 28800\n");
            TestTrees.write(root, "haproxy.cfg", "defaults\n  mode tcp\n  timeout connect 5s\n"
                    + "frontend fe_mysql\n  bind :3306\n  timeout client 8h\n  default_backend be_mysql\n"
                    + "backend be_mysql\n  timeout server 10m\n  server db 10.0.0.1:3306\n");
            Finding f = only(audit(RULE));
            assertEquals(new Location("haproxy.cfg", 9, 3), f.location());
            assertTrue(f.message().startsWith("frontend fe_mysql → backend be_mysql closes idle connections after 600 s"),
                    f.message());
            assertTrue(f.fix().startsWith("set `timeout server 8h` in backend be_mysql (haproxy.cfg:9), or "
                    + "`timeout tunnel 8h` in backend be_mysql (haproxy.cfg:8)"), f.fix());
        }

        @Test
        void namedDefaultsAreFollowedThroughFrom() {
            TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 28800\n");
            TestTrees.write(root, "haproxy.cfg", "defaults db\n  timeout client 1h\n  timeout server 1h\n  timeout connect 5s\n"
                    + "defaults web\n  timeout client 8h\n  timeout server 8h\n  timeout connect 5s\n"
                    + "listen mysql from db\n  server db 10.0.0.1:3306\n");
            Finding f = only(audit(RULE));
            assertEquals(2, f.location().line());
            assertTrue(f.message().contains("(defaults db at haproxy.cfg:2)"), f.message());
        }

        @Test
        void unitlessTimeoutIsMilliseconds() {
            TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 600\n");
            TestTrees.write(root, "haproxy.cfg", "defaults\n  timeout client 3000\n  timeout server 3000\n"
                    + "  timeout connect 5s\nlisten mysql\n  server db 10.0.0.1:3306\n");
            Finding f = only(audit(RULE));
            assertTrue(f.message().contains("after 3 s (timeout client 3000 (= 3 s)"), f.message());
        }

        @Test
        void withoutAnyMysqlConfigTheVersionDefaultIsAssumedAndSaid() {
            TestTrees.write(root, "haproxy.cfg", SEED_HAPROXY);
            Finding f = only(audit(RULE));
            assertTrue(f.message().contains("closes idle connections after 300 s (timeout client 300s (defaults at "
                    + "haproxy.cfg:7)), before the MySQL 8.4 default wait_timeout 28800 s (no MySQL configuration is "
                    + "linked, so the server default is assumed): "), f.message());
            assertFalse(f.fix().contains("(add"), f.fix()); // no file to add the line to
        }

        @Test
        void linkedConfigWithoutTheVariableGetsTheLineToAdd() {
            TestTrees.write(root, "mysql/my.cnf", "[mysqld]\nmax_allowed_packet = 64M\n");
            TestTrees.write(root, "haproxy.cfg", SEED_HAPROXY);
            Finding f = only(audit(RULE));
            assertTrue(f.message().contains("default; not set in mysql/my.cnf"), f.message());
            assertTrue(f.fix().endsWith("or lower wait_timeout to 240 at mysql/my.cnf:1 (add `wait_timeout = 240`)"),
                    f.fix());
        }

        @Test
        void theDefaultIsNamedForTheLinkedServersOwnVersion() {
            // no mysqlVersion set: the file's [mariadb-10.11] group makes this server MariaDB, not the default MySQL 8.4
            TestTrees.write(root, "mysql/my.cnf", "[mariadb-10.11]\nmax_allowed_packet = 64M\n");
            TestTrees.write(root, "haproxy.cfg", SEED_HAPROXY);
            Finding f = only(audit(RULE));
            assertTrue(f.message().contains("(the MariaDB 10.11 default; not set in mysql/my.cnf)"), f.message());
        }

        @Test
        void routeLinkedToSeveralServersIsOneFindingAgainstTheStrictest() {
            TestTrees.write(root, "haproxy.cfg", SEED_HAPROXY);
            TestTrees.write(root, "a/my.cnf", "[mysqld]\nwait_timeout = 3600\n");
            TestTrees.write(root, "b/my.cnf", "[mysqld]\nwait_timeout = 7200\n");
            TestTrees.write(root, "c/my.cnf", "[mysqld]\nwait_timeout = 200\n");
            Finding f = only(audit(RULE));
            assertTrue(f.message().contains("before wait_timeout = 7200 at b/my.cnf:2 (and 1 more linked server"),
                    f.message());
            assertTrue(f.related().stream().anyMatch(r -> r.location().equals(new Location("a/my.cnf", 2, 1))
                    && r.message().startsWith("also cut early")), f.related().toString());
            assertTrue(f.fix().startsWith("set `timeout client 2h`"), f.fix());
        }

        @Test
        void proxyAtLeastAsLongAsWaitTimeoutIsQuiet() {
            TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 600\n");
            TestTrees.write(root, "haproxy.cfg", "defaults\n  timeout client 10m\n  timeout server 1h\n  timeout connect 5s\n"
                    + "listen mysql\n  server db 10.0.0.1:3306\n");
            assertEquals(List.of(), audit(RULE));
        }

        @Test
        void nonMysqlRoutesAreNotCompared() {
            TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 28800\n");
            TestTrees.write(root, "haproxy.cfg", "defaults\n  timeout client 30s\n  timeout server 30s\n  timeout connect 5s\n"
                    + "listen web\n  server w 10.0.0.1:8080\n");
            assertEquals(List.of(), audit(RULE));
        }
    }

    @Nested
    class IdleBelowInteractiveTimeout {
        private static final String RULE = "proxy-idle-timeout-below-interactive-timeout";

        @Test
        void firesOnlyWhenInteractiveTimeoutIsSet() {
            TestTrees.write(root, "haproxy.cfg", SEED_HAPROXY);
            TestTrees.write(root, "mysql/my.cnf", "[mysqld]\nwait_timeout = 200\n");
            assertEquals(List.of(), audit(RULE));
            TestTrees.write(root, "mysql/my.cnf", "[mysqld]\nwait_timeout = 200\ninteractive_timeout = 3600\n");
            Finding f = only(audit(RULE));
            assertEquals(Severity.WARNING, f.severity());
            assertTrue(f.message().contains("interactive_timeout = 3600 at mysql/my.cnf:3"), f.message());
        }
    }

    @Nested
    class TimeoutWithoutUnit {
        @Test
        void bareNumberIsFlaggedWithItsValueInSeconds() {
            TestTrees.write(root, "haproxy.cfg", "defaults\n  timeout client 300\n  timeout server 300s\n  timeout check 0\n");
            Finding f = only(audit("haproxy-timeout-without-unit"));
            assertEquals(new Location("haproxy.cfg", 2, 3), f.location());
            assertTrue(f.message().contains("300 ms = 0.3 s"), f.message());
            assertTrue(f.fix().startsWith("write `timeout client 300ms`"), f.fix());
        }
    }

    @Nested
    class MissingTimeout {
        @Test
        void mysqlListenWithoutTimeoutsIsReportedOnceWithWhatIsMissing() {
            TestTrees.write(root, "haproxy.cfg", "listen mysql\n  bind :3306\n  timeout client 1h\n  server db 10.0.0.1:3306\n");
            Finding f = only(audit("haproxy-missing-timeout"));
            assertEquals(new Location("haproxy.cfg", 1, 1), f.location());
            assertTrue(f.message().contains("no timeout server, timeout connect"), f.message());
            assertTrue(f.fix().startsWith("add `timeout server 8h` and `timeout connect 5s` to listen mysql"), f.fix());
        }

        @Test
        void zeroCountsAsMissingAndDefaultsCountAsSet() {
            TestTrees.write(root, "haproxy.cfg", "defaults\n  timeout client 1h\n  timeout server 1h\n  timeout connect 0\n"
                    + "listen mysql\n  server db 10.0.0.1:3306\n");
            assertTrue(only(audit("haproxy-missing-timeout")).message().contains("no timeout connect"));
            TestTrees.write(root, "haproxy.cfg", "defaults\n  timeout client 1h\n  timeout server 1h\n  timeout connect 5s\n"
                    + "listen mysql\n  server db 10.0.0.1:3306\n");
            assertEquals(List.of(), audit("haproxy-missing-timeout"));
        }
    }

    @Nested
    class MysqlInHttpMode {
        @Test
        void httpModeFromDefaultsIsReportedAtTheModeLine() {
            TestTrees.write(root, "haproxy.cfg", "defaults\n  mode http\n  timeout client 1h\n  timeout server 1h\n"
                    + "  timeout connect 5s\nlisten mysql\n  server db 10.0.0.1:3306\n");
            AuditResult result = TestTrees.audit(root);
            Finding f = only(TestTrees.findings(result, "haproxy-mysql-in-http-mode"));
            assertEquals(Severity.ERROR, f.severity());
            assertEquals(new Location("haproxy.cfg", 2, 3), f.location());
            assertTrue(f.fix().startsWith("write `mode tcp` in listen mysql (haproxy.cfg:6)"), f.fix());
        }

        @Test
        void tcpModeIsQuiet() {
            TestTrees.write(root, "haproxy.cfg", "defaults\n  mode http\nlisten mysql\n  mode tcp\n  server db 10.0.0.1:3306\n");
            assertEquals(List.of(), audit("haproxy-mysql-in-http-mode"));
        }
    }
}
