package io.github.mysqlconfigaudit.rules;

import static io.github.mysqlconfigaudit.TestTrees.audit;
import static io.github.mysqlconfigaudit.TestTrees.findings;
import static io.github.mysqlconfigaudit.TestTrees.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that stand on the option catalog: each fires on its case and stays quiet across version boundaries. */
class OptionRulesTest {

    @TempDir
    Path root;

    private List<Finding> run(String rule, String version, String myCnf) {
        write(root, "my.cnf", myCnf);
        return findings(audit(root, version), rule);
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Nested
    class UnknownOption {
        @Test
        void aTypoStopsTheServerAndTheNearestNameIsSuggested() {
            Finding f = only(run("unknown-option", "8.4", "[mysqld]\nwait_timeout = 600\nwait_timout = 600\n"));
            assertEquals(Severity.ERROR, f.severity());
            assertEquals(new Location("my.cnf", 3, 1), f.location());
            assertTrue(f.message().contains("did you mean wait_timeout"), f.message());
            assertTrue(f.fix().contains("change the name to wait_timeout"), f.fix());
        }

        @Test
        void withLooseItIsOnlyInfo() {
            Finding f = only(run("unknown-option", "8.4", "[mysqld]\nloose-wait_timout = 600\n"));
            assertEquals(Severity.INFO, f.severity());
            assertTrue(f.message().contains("only warns and ignores"), f.message());
        }

        @Test
        void anOptionOfALaterReleaseNamesTheOldSpelling() {
            Finding f = only(run("unknown-option", "5.7", "[mysqld]\nreplica_net_timeout = 60\n"));
            assertTrue(f.message().contains("added in MySQL 8.0.26"), f.message());
            assertTrue(f.fix().contains("slave_net_timeout"), f.fix());
        }

        @Test
        void mariadbOptionsOnMysqlAreSaidToBeMariadbs() {
            Finding f = only(run("unknown-option", "8.0", "[mysqld]\naria_pagecache_buffer_size = 128M\n"));
            assertTrue(f.message().contains("it is a MariaDB option"), f.message());
            assertTrue(run("unknown-option", "mariadb-10.11", "[mysqld]\naria_pagecache_buffer_size = 128M\n").isEmpty());
        }

        @Test
        void pluginOptionsAndAbbreviationsAreInfo() {
            List<Finding> fs = run("unknown-option", "8.0",
                    "[mysqld]\nrpl_semi_sync_source_enabled = 1\nkey_buffer = 16M\nvalidate_password.length = 12\n");
            assertEquals(3, fs.size(), fs.toString());
            assertTrue(fs.stream().allMatch(f -> f.severity() == Severity.INFO), fs.toString());
            assertTrue(fs.get(1).fix().contains("key_buffer_size"), fs.get(1).fix());
        }

        @Test
        void runtimeOnlyVariablesStopTheServerAndTheStartupOptionIsNamed() {
            // no option form in mysqld --verbose --help (runtime-variables.tsv): SET takes them, an option file does not
            for (String version : List.of("5.7", "8.4", "mariadb-10.11")) {
                List<Finding> fs = run("unknown-option", version, "[mysqld]\nforeign_key_checks = 0\n"
                        + "time_zone = '+00:00'\n");
                assertEquals(2, fs.size(), version + ": " + fs);
                assertTrue(fs.stream().allMatch(f -> f.severity() == Severity.ERROR), fs.toString());
                assertTrue(fs.get(0).message().contains("foreign_key_checks is a system variable"), fs.get(0).message());
                assertTrue(fs.get(0).message().contains("refuses to start with `foreign_key_checks = 0`"),
                        fs.get(0).message());
                assertTrue(fs.get(0).fix().startsWith("set it at runtime instead (SET PERSIST foreign_key_checks"),
                        fs.get(0).fix());
                assertTrue(fs.get(1).fix().startsWith("write default_time_zone"), fs.get(1).fix());
            }
            assertTrue(run("unknown-option", "8.4", "[mysqld]\ndefault_time_zone = '+00:00'\n"
                    + "character_set_server = utf8mb4\n[client]\ndefault-character-set = utf8mb4\n").isEmpty());
        }

        @Test
        void knownOptionsSwitchesAndOtherGroupsAreQuiet() {
            assertTrue(run("unknown-option", "8.4", "[mysqld]\ndatadir = /var/lib/mysql\nskip-log-bin\n"
                    + "skip-innodb-adaptive-hash-index\ninnodb = FORCE\nperformance-schema-instrument = '%=ON'\n"
                    + "[mysqldump]\nquick\n[mysqld-5.7]\nno_such_thing = 1\n").isEmpty());
        }
    }

    @Nested
    class RemovedOption {
        @ParameterizedTest(name = "{0} on {1}")
        @CsvSource({"query_cache_size = 0, 8.0, 8.0.3", "default_authentication_plugin = mysql_native_password, 8.4, 8.4.0",
                "expire_logs_days = 7, 8.4, 8.4.0", "tx_isolation = READ-COMMITTED, 8.0, 8.0.3",
                "avoid_temporal_upgrade = OFF, 8.4, 8.4.0", "old = OFF, 8.4, 8.4.0"})
        void removedOptionsStopTheUpgradedServer(String line, String version, String removedIn) {
            Finding f = only(run("removed-option", version, "[mysqld]\n" + line + "\n"));
            assertEquals(Severity.ERROR, f.severity());
            assertTrue(f.message().contains("removed in MySQL " + removedIn), f.message());
        }

        @ParameterizedTest(name = "{0} on {1}")
        @CsvSource({"query_cache_size = 0, 5.7", "default_authentication_plugin = mysql_native_password, 8.0",
                "expire_logs_days = 7, 8.0", "query_cache_size = 0, mariadb-10.11",
                // replica_parallel_type is deprecated but still in 8.4's own listing; abort_slave_event_count is in
                // 8.0.41's listing and went only in 8.2.0
                "replica_parallel_type = LOGICAL_CLOCK, 8.4", "abort_slave_event_count = 0, 8.0"})
        void theSameLinesPassOnTheVersionsThatHaveThem(String line, String version) {
            assertTrue(run("removed-option", version, "[mysqld]\n" + line + "\n").isEmpty());
        }

        @Test
        void mariadbIgnoresSomeRemovedNamesWithAWarning() {
            Finding f = only(run("removed-option", "mariadb-10.11", "[mysqld]\ninnodb_buffer_pool_instances = 8\n"));
            assertEquals(Severity.WARNING, f.severity());
            assertTrue(f.message().contains("does nothing"), f.message());
            assertTrue(run("unknown-option", "mariadb-10.11", "[mysqld]\ninnodb_buffer_pool_instances = 8\n").isEmpty());
        }

        @Test
        void theReplacementIsNamed() {
            Finding f = only(run("removed-option", "8.0", "[mysqld]\ntx_isolation = READ-COMMITTED\n"));
            assertTrue(f.fix().contains("transaction_isolation"), f.fix());
        }
    }

    @Nested
    class EnumAndSetValues {
        @Test
        void noAutoCreateUserStopsMysql80ButNot57() {
            String cnf = "[mysqld]\nsql_mode = STRICT_TRANS_TABLES,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION\n";
            Finding f = only(run("invalid-value", "8.0", cnf));
            assertEquals(Severity.ERROR, f.severity());
            assertTrue(f.message().contains("'NO_AUTO_CREATE_USER' is not a value of sql_mode in MySQL 8.0"), f.message());
            assertTrue(f.fix().contains("`sql_mode = STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION`"), f.fix());
            assertTrue(run("invalid-value", "5.7", cnf).isEmpty());
            assertTrue(run("invalid-value", "mariadb-10.11", cnf).isEmpty(), "MariaDB still has it");
        }

        @Test
        void spacesAfterCommasAndUnknownEnumValuesAreRefused() {
            Finding f = only(run("invalid-value", "8.4", "[mysqld]\nsql_mode = STRICT_TRANS_TABLES, ANSI\n"));
            assertTrue(f.message().contains("without spaces"), f.message());
            assertEquals(1, run("invalid-value", "8.4", "[mysqld]\nbinlog_format = ROWS_PLEASE\n").size());
        }

        @Test
        void caseIndexAndUniquePrefixesAreAccepted() {
            assertTrue(run("invalid-value", "8.0", "[mysqld]\nbinlog_format = row\ntransaction_isolation = READ-COMMITTED\n"
                    + "binlog_row_image = 2\nsql_mode = ansi,strict_trans\nlog_output = \n").isEmpty());
        }
    }

    @Nested
    class DeprecatedOption {
        @Test
        void deprecatedNamesPointToTheirReplacement() {
            Finding f = only(run("deprecated-option", "8.0", "[mysqld]\nslave_net_timeout = 60\n"));
            assertEquals(Severity.WARNING, f.severity());
            assertTrue(f.message().contains("deprecated since MySQL 8.0.26"), f.message());
            assertTrue(f.fix().contains("replica_net_timeout"), f.fix());
        }

        @Test
        void beforeTheDeprecationItIsQuiet() {
            assertTrue(run("deprecated-option", "5.7", "[mysqld]\nslave_net_timeout = 60\n").isEmpty());
            assertTrue(run("deprecated-option", "8.0", "[mysqld]\nreplica_net_timeout = 60\n").isEmpty());
        }
    }

    @Nested
    class ClientPacketBelowServer {
        @Test
        void anExplicitSmallerDumpPacketIsReportedAtItsLine() {
            Finding f = only(run("client-packet-below-server", "8.0",
                    "[mysqld]\nmax_allowed_packet = 256M\n[mysqldump]\nquick\nmax_allowed_packet = 16M\n"));
            assertEquals(new Location("my.cnf", 5, 1), f.location());
            assertTrue(f.message().contains("mysqldump reads `max_allowed_packet = 16M`"), f.message());
            assertTrue(f.fix().contains("max_allowed_packet = 256M in [mysqldump]"), f.fix());
        }

        @Test
        void aClientGroupWithoutTheOptionUsesTheCatalogDefault() {
            Finding f = only(run("client-packet-below-server", "8.0",
                    "[mysqld]\nmax_allowed_packet = 256M\n[mysqldump]\nquick\n"));
            assertTrue(f.message().contains("its default 24M"), f.message());
            assertEquals(4 - 1, f.location().line());
        }

        @Test
        void largeEnoughOrServerOnlyFilesAreQuiet() {
            assertTrue(run("client-packet-below-server", "8.0",
                    "[mysqld]\nmax_allowed_packet = 64M\n[client]\nmax_allowed_packet = 64M\n").isEmpty());
            assertTrue(run("client-packet-below-server", "8.0", "[mysqld]\nmax_allowed_packet = 1G\n").isEmpty());
            assertTrue(run("client-packet-below-server", "8.0", "[mysqld]\nport = 3306\n[mysqldump]\nquick\n").isEmpty(),
                    "defaults on both sides: the tool's own defaults are not a finding");
        }
    }

    @Nested
    class ReplicaPacketBelowSource {
        @Test
        void aSmallerReplicaPacketIsReported() {
            Finding f = only(run("replica-packet-below-source", "8.0",
                    "[mysqld]\nmax_allowed_packet = 256M\nreplica_max_allowed_packet = 64M\n"));
            assertEquals(3, f.location().line());
            assertTrue(f.fix().contains("replica_max_allowed_packet = 256M"), f.fix());
            Finding old = only(run("replica-packet-below-source", "5.7",
                    "[mysqld]\nmax_allowed_packet = 256M\nslave_max_allowed_packet = 64M\n"));
            assertTrue(old.message().contains("slave_max_allowed_packet"), old.message());
        }

        @Test
        void theDefaultOrALargerValueIsQuiet() {
            assertTrue(run("replica-packet-below-source", "8.0", "[mysqld]\nmax_allowed_packet = 1G\n").isEmpty());
            assertTrue(run("replica-packet-below-source", "8.0",
                    "[mysqld]\nmax_allowed_packet = 64M\nreplica_max_allowed_packet = 64M\n").isEmpty());
        }
    }

    @Nested
    class PlaintextPassword {
        @Test
        void literalPasswordsAreReportedWithoutTheirValue() {
            write(root, "home/.my.cnf", "[client]\nuser = app\npassword = s3cretValue\n");
            write(root, "galera.cnf", "[mysqld]\nwsrep_sst_auth = sst:An0therSecret\nreport_password = Th1rd\n");
            AuditResult result = audit(root, "8.0");
            List<Finding> fs = findings(result, "plaintext-password");
            assertEquals(3, fs.size(), fs.toString());
            for (Finding f : fs) {
                assertFalse(f.message().contains("s3cretValue") || f.message().contains("An0therSecret")
                        || f.message().contains("Th1rd") || f.fix().contains("s3cret"), f.toString());
            }
        }

        @Test
        void promptsAndPlaceholdersAreQuiet() {
            assertTrue(run("plaintext-password", "8.0", "[client]\npassword\n[mysqldump]\npassword = ${DB_PASSWORD}\n"
                    + "[mysql]\npassword = \"{{ .Values.password }}\"\n[mysqld]\nwsrep_sst_auth = sst:\n"
                    + "default_password_lifetime = 0\n").isEmpty());
        }
    }

    @Test
    void aVersionedGroupNamesTheServerVersion() {
        write(root, "my.cnf", "[mysqld-5.7]\nquery_cache_size = 0\n");
        AuditResult result = audit(root);
        assertTrue(findings(result, "removed-option").isEmpty(), "the file is for 5.7, which has the query cache");
        assertEquals(1, findings(result, "deprecated-option").size());
        assertTrue(findings(result, "deprecated-option").get(0).message().contains("[mysqld-5.7] group at my.cnf:1"),
                findings(result, "deprecated-option").toString());
    }
}
