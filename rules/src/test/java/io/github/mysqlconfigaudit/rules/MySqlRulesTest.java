package io.github.mysqlconfigaudit.rules;

import static io.github.mysqlconfigaudit.TestTrees.findingsFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.TestTrees;
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

/** Each MySQL rule fires on what it is about, names the line and the fix, and stays quiet at its bounds. */
class MySqlRulesTest {

    @TempDir
    Path root;

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Nested
    class InvalidValue {
        @Test
        void unknownSuffixIsAnErrorAtItsLine() {
            Finding f = only(findingsFor(root, "invalid-value", "[mysqld]\nwait_timeout = 600\nmax_allowed_packet = 1.5M\n"));
            assertEquals(Severity.ERROR, f.severity());
            assertEquals(new Location("my.cnf", 3, 1), f.location());
            assertTrue(f.message().contains("unknown suffix '.'"), f.message());
            assertTrue(f.fix().contains("my.cnf:3"), f.fix());
        }

        @Test
        void overriddenInvalidValueStillStopsTheServer() {
            Finding f = only(findingsFor(root, "invalid-value", "[mysqld]\nwait_timeout = abc\nwait_timeout = 600\n"));
            assertEquals(2, f.location().line());
        }

        @Test
        void badBooleanIsReported() {
            Finding f = only(findingsFor(root, "invalid-value", "[mysqld]\nskip-name-resolve = yes\n"));
            assertTrue(f.message().contains("uses OFF"), f.message());
        }

        @Test
        void booleansTheManualsTypeAreChecked() {
            Finding f = only(findingsFor(root, "invalid-value", "[mysqld]\nread_only = yes\ninnodb_file_per_table = 1\n"));
            assertTrue(f.message().contains("`read_only = yes`"), f.message());
            assertTrue(f.message().contains("uses OFF"), f.message());
        }

        @Test
        void aFileNameIsNotABoolean() {
            // the option log-bin takes a base name on both flavors; MariaDB's log_bin variable is ON/OFF, not the option
            for (String version : List.of("8.4", "mariadb-10.11")) {
                assertTrue(findingsFor(root, "invalid-value", version, "[mysqld]\nlog-bin = mysql-bin\ndatadir = /var/lib/mysql\n").isEmpty(), version);
            }
        }

        @Test
        void optionsTypedFromMysqldsOwnListingAreChecked() {
            // typed from `mysqld --verbose --help` (variables.tsv block [H]): a switch, an enumeration and a set
            List<Finding> bad = findingsFor(root, "invalid-value", "[mysqld]\n"
                    + "performance_schema_consumer_events_waits_current = maybe\n"
                    + "tc_heuristic_recover = SOMETIMES\nmyisam_recover_options = BACKUP,SLOWLY\n");
            assertEquals(List.of(2, 3, 4), bad.stream().map(f -> f.location().line()).toList());
            assertTrue(findingsFor(root, "invalid-value", "[mysqld]\n"
                    + "performance_schema_consumer_events_waits_current = ON\ntc_heuristic_recover = COMMIT\n"
                    + "myisam_recover_options = BACKUP,FORCE\nreplica_type_conversions = ALL_LOSSY,ALL_NON_LOSSY\n")
                    .isEmpty());
        }

        @Test
        void groupReplicationChoicesFollowTheVersion() {
            // OFFLINE_MODE came with 8.0.18; 5.7's plugin knows READ_ONLY and ABORT_SERVER only
            String cnf = "[mysqld]\nloose-group_replication_exit_state_action = OFFLINE_MODE\n"
                    + "loose-group_replication_ssl_mode = REQUIRED\n";
            assertTrue(findingsFor(root, "invalid-value", "8.0", cnf).isEmpty());
            Finding f = only(findingsFor(root, "invalid-value", "5.7", cnf));
            assertEquals(2, f.location().line());
            assertTrue(f.message().contains("OFFLINE_MODE"), f.message());
        }

        @Test
        void mysqlNativePasswordTakesAPluginLoadingValueOn84() {
            // off by default from 8.4.0; --mysql-native-password takes OFF, ON, FORCE or FORCE_PLUS_PERMANENT
            assertTrue(findingsFor(root, "invalid-value", "8.4", "[mysqld]\nmysql_native_password = ON\n").isEmpty());
            Finding f = only(findingsFor(root, "invalid-value", "8.4", "[mysqld]\nmysql_native_password = YES\n"));
            assertTrue(f.message().contains("FORCE_PLUS_PERMANENT"), f.message());
        }

        @Test
        void validValuesAndClientGroupsAreQuiet() {
            assertTrue(findingsFor(root, "invalid-value",
                    "[client]\nmax_allowed_packet = junk\n[mysqld]\nmax_allowed_packet = 64MB\nskip-name-resolve\n").isEmpty());
        }
    }

    @Nested
    class ValueClamped {
        @Test
        void packetAboveOneGigabyteRunsAsOneGigabyte() {
            Finding f = only(findingsFor(root, "value-clamped", "[mysqld]\nmax_allowed_packet = 2G\n"));
            assertEquals(Severity.WARNING, f.severity());
            assertTrue(f.message().contains("runs with max_allowed_packet = 1G"), f.message());
            assertTrue(f.fix().contains("`max_allowed_packet = 1G`"), f.fix());
        }

        @Test
        void nonMultipleOfTheBlockSizeIsRoundedDown() {
            Finding f = only(findingsFor(root, "value-clamped", "[mysqld]\nmax_allowed_packet = 1025\n"));
            assertTrue(f.message().contains("block size"), f.message());
            assertTrue(f.fix().contains("`max_allowed_packet = 1K`"), f.fix());
        }

        @Test
        void valuesAtTheLimitsAreQuiet() {
            assertTrue(findingsFor(root, "value-clamped",
                    "[mysqld]\nmax_allowed_packet = 1G\nwait_timeout = 1\nnet_buffer_length = 1024\n").isEmpty());
            assertTrue(findingsFor(root, "value-clamped",
                    "[mysqld]\nauto_increment_increment = 65535\nauto_increment_offset = 1\n").isEmpty());
        }

        @Test
        void autoIncrementStepZeroRunsAsOne() {
            // mysqld (and mariadbd, seen live) adjusts 0 to 1: the step a person meant to disable is still 1
            Finding f = only(findingsFor(root, "value-clamped", "[mysqld]\nauto_increment_increment = 0\n"));
            assertTrue(f.message().contains("runs with auto_increment_increment = 1"), f.message());
        }

        @Test
        void boundsAreTheFlavorsOwn() {
            // MySQL's port stops at 65535 (manual); so does MariaDB's (its INFORMATION_SCHEMA.SYSTEM_VARIABLES), and
            // thread_cache_size at 16384 in both; the MariaDB findings come from MariaDB's own catalog rows
            for (String version : List.of("8.4", "mariadb-10.11")) {
                List<Finding> found = findingsFor(root, "value-clamped", version, "[mysqld]\nport = 70000\nthread_cache_size = 20000\n");
                assertEquals(2, found.size(), version + ": " + found);
                assertTrue(found.get(0).message().contains("runs with port = 65535"), found.get(0).message());
                assertTrue(found.get(1).message().contains("runs with thread_cache_size = 16384"), found.get(1).message());
            }
        }

        @Test
        void innodbLogBufferBelowTheManualsMinimumIsKeptAsMysqldKeepsIt() {
            // the manuals say 1M at least; mysqld's own limit is 256K (log0constants.h), so 512K runs as written
            assertTrue(findingsFor(root, "value-clamped", "8.0", "[mysqld]\ninnodb_log_buffer_size = 512K\n").isEmpty());
            Finding f = only(findingsFor(root, "value-clamped", "8.0", "[mysqld]\ninnodb_log_buffer_size = 100K\n"));
            assertTrue(f.message().contains("runs with innodb_log_buffer_size = 256K"), f.message());
        }

        @Test
        void innodbAndXPluginLimitsAreTheirOwnDeclarations() {
            // variables.tsv blocks [I] and [X]: InnoDB's full-text cache is 1600000 to 80000000 bytes (78125K),
            // X Plugin's packet 512 bytes to 1 GiB, its idle worker timeout 0 to 3600 seconds
            List<Finding> found = findingsFor(root, "value-clamped", "8.0", "[mysqld]\ninnodb_ft_cache_size = 100M\nmysqlx_max_allowed_packet = 2G\n"
                    + "mysqlx_idle_worker_thread_timeout = 7200\n");
            assertEquals(List.of("innodb_ft_cache_size = 78125K", "mysqlx_max_allowed_packet = 1G",
                    "mysqlx_idle_worker_thread_timeout = 3600 s"), found.stream()
                    .map(f -> f.message().replaceAll("(?s).*runs with ([^,;.]+(?: s)?).*", "$1")).toList());
            assertTrue(findingsFor(root, "value-clamped", "8.0", "[mysqld]\ninnodb_ft_cache_size = 16M\nmysqlx_max_allowed_packet = 1G\n"
                    + "innodb_page_size = 16k\n").isEmpty());
        }

        @Test
        void onlyTheValueInEffectCounts() {
            assertTrue(findingsFor(root, "value-clamped", "[mysqld]\nmax_allowed_packet = 2G\nmax_allowed_packet = 1G\n")
                    .isEmpty());
        }
    }

    @Nested
    class DuplicateOption {
        @Test
        void dashAndUnderscoreSpellingsAreOneOption() {
            Finding f = only(findingsFor(root, "duplicate-option",
                    "[mysqld]\nmax_allowed_packet = 64M\nmax-allowed-packet = 128M\n"));
            assertEquals(2, f.location().line());
            assertTrue(f.message().contains("`max-allowed-packet = 128M` at my.cnf:3"), f.message());
            assertEquals(new Location("my.cnf", 3, 1), f.related().get(0).location());
        }

        @Test
        void duplicateAcrossAnIncludeNamesBothFiles() {
            TestTrees.write(root, "conf.d/tuning.cnf", "[mysqld]\nwait_timeout = 600\n");
            Finding f = only(findingsFor(root, "duplicate-option", "[mysqld]\nwait_timeout = 300\n!includedir conf.d\n"));
            assertEquals(new Location("my.cnf", 2, 1), f.location());
            assertEquals(new Location("conf.d/tuning.cnf", 2, 1), f.related().get(0).location());
        }

        @Test
        void sameNameInClientAndServerGroupsIsNoDuplicate() {
            assertTrue(findingsFor(root, "duplicate-option",
                    "[client]\nmax_allowed_packet = 16M\n[mysqld]\nmax_allowed_packet = 64M\n").isEmpty());
        }

        @Test
        void versionGroupForAnotherServerIsIgnored() {
            assertTrue(findingsFor(root, "duplicate-option", "8.4", "[mysqld]\nwait_timeout = 300\n[mysqld-8.0]\nwait_timeout = 600\n").isEmpty());
        }

        @Test
        void withoutASetVersionTheVersionedGroupNamesTheServerAndIsRead() {
            Finding f = only(findingsFor(root, "duplicate-option",
                    "[mysqld]\nwait_timeout = 300\n[mysqld-8.0]\nwait_timeout = 600\n"));
            assertTrue(f.message().contains("wait_timeout = 600"), f.message());
        }
    }

    @Nested
    class WaitTimeoutRange {
        @ParameterizedTest
        @CsvSource({"wait_timeout, 59", "wait_timeout, 86401", "interactive_timeout, 30", "interactive_timeout, 100000"})
        void outsideTheRangeFires(String option, long value) {
            Finding f = only(findingsFor(root, "wait-timeout-range", "[mysqld]\n" + option + " = " + value + "\n"));
            assertEquals(2, f.location().line());
            assertTrue(f.message().startsWith(option + " = " + value), f.message());
        }

        @ParameterizedTest
        @CsvSource({"60", "86400", "28800"})
        void boundsAreInside(long value) {
            assertTrue(findingsFor(root, "wait-timeout-range",
                    "[mysqld]\nwait_timeout = " + value + "\ninteractive_timeout = " + value + "\n").isEmpty());
        }

        @Test
        void fixProposesTheNearestBound() {
            Finding f = only(findingsFor(root, "wait-timeout-range", "[mysqld]\nwait_timeout = 10\n"));
            assertTrue(f.fix().startsWith("set `wait_timeout = 60` in [mysqld] at my.cnf:2"), f.fix());
        }
    }

    @Nested
    class ConnectTimeoutRange {
        @ParameterizedTest
        @CsvSource({"4", "61"})
        void outsideFires(long value) {
            only(findingsFor(root, "connect-timeout-range", "[mysqld]\nconnect_timeout = " + value + "\n"));
        }

        @ParameterizedTest
        @CsvSource({"5", "60", "10"})
        void insideIsQuiet(long value) {
            assertTrue(findingsFor(root, "connect-timeout-range", "[mysqld]\nconnect_timeout = " + value + "\n").isEmpty());
        }
    }

    @Nested
    class NetTimeoutRange {
        @ParameterizedTest
        @CsvSource({"net_read_timeout, 29", "net_read_timeout, 601", "net_write_timeout, 59", "net_write_timeout, 601"})
        void outsideFires(String option, long value) {
            List<Finding> findings = findingsFor(root, "net-timeout-range", "[mysqld]\n" + option + " = " + value + "\n");
            assertTrue(findings.stream().anyMatch(f -> f.location().line() == 2 && f.message().startsWith(option)),
                    findings.toString());
        }

        @Test
        void boundsAreQuiet() {
            assertTrue(findingsFor(root, "net-timeout-range", "[mysqld]\nnet_read_timeout = 30\nnet_write_timeout = 60\n")
                    .isEmpty());
            assertTrue(findingsFor(root, "net-timeout-range", "[mysqld]\nnet_read_timeout = 600\nnet_write_timeout = 600\n")
                    .isEmpty());
        }

        @Test
        void writeBelowReadFiresEvenWhenWriteIsTheDefault() {
            Finding f = only(findingsFor(root, "net-timeout-range", "[mysqld]\nnet_read_timeout = 120\n"));
            assertTrue(f.message().contains("net_write_timeout 60 s (the MySQL 8.4 default; not set) is below "
                    + "net_read_timeout = 120"), f.message());
            assertTrue(f.fix().startsWith("add `net_write_timeout = 120` under [mysqld]"), f.fix());
        }

        @Test
        void writeEqualToReadIsQuiet() {
            assertTrue(findingsFor(root, "net-timeout-range", "[mysqld]\nnet_read_timeout = 60\nnet_write_timeout = 60\n")
                    .isEmpty());
        }
    }

    @Nested
    class MaxAllowedPacketTooSmall {
        @Test
        void explicitSmallValueFires() {
            Finding f = only(findingsFor(root, "max-allowed-packet-too-small", "[mysqld]\nmax_allowed_packet = 16M\n"));
            assertTrue(f.message().contains("ER_NET_PACKET_TOO_LARGE"), f.message());
            assertTrue(f.fix().startsWith("set `max_allowed_packet = 64M` in [mysqld] at my.cnf:2"), f.fix());
        }

        @Test
        void exactlyTheMinimumIsQuiet() {
            assertTrue(findingsFor(root, "max-allowed-packet-too-small", "[mysqld]\nmax_allowed_packet = 64M\n").isEmpty());
        }

        @Test
        void defaultOfTheTargetVersionCounts() {
            String cnf = "[mysqld]\nwait_timeout = 600\n";
            assertTrue(findingsFor(root, "max-allowed-packet-too-small", "8.4", cnf).isEmpty());
            Finding f = only(findingsFor(root, "max-allowed-packet-too-small", "5.7", cnf));
            assertTrue(f.message().contains("4M (the MySQL 5.7 default; not set)"), f.message());
            assertEquals(new Location("my.cnf", 1, 1), f.location());
            assertTrue(f.fix().startsWith("add `max_allowed_packet = 64M` under [mysqld] at my.cnf:1"), f.fix());
        }
    }

    @Nested
    class NetBufferExceedsPacket {
        @Test
        void bufferAbovePacketFiresAndNamesBoth() {
            Finding f = only(findingsFor(root, "net-buffer-exceeds-packet",
                    "[mysqld]\nmax_allowed_packet = 4K\nnet_buffer_length = 16K\n"));
            assertEquals(3, f.location().line());
            assertEquals(2, f.related().get(0).location().line());
        }

        @Test
        void equalIsQuiet() {
            assertTrue(findingsFor(root, "net-buffer-exceeds-packet",
                    "[mysqld]\nmax_allowed_packet = 16K\nnet_buffer_length = 16K\n").isEmpty());
        }

        @Test
        void smallPacketAgainstTheDefaultBufferFires() {
            Finding f = only(findingsFor(root, "net-buffer-exceeds-packet", "[mysqld]\nmax_allowed_packet = 1K\n"));
            assertEquals(2, f.location().line());
            assertTrue(f.message().contains("net_buffer_length 16K (the MySQL 8.4 default; not set)"), f.message());
        }
    }
}
