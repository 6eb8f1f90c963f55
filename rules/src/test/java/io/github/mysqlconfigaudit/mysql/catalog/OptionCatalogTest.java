package io.github.mysqlconfigaudit.mysql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.model.OptionAssignment;
import io.github.mysqlconfigaudit.mysql.catalog.Availability.Status;
import io.github.mysqlconfigaudit.units.Unit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The version boundaries the rules stand on, as the manuals give them. */
class OptionCatalogTest {

    private final OptionCatalog catalog = OptionCatalog.builtIn();

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "query_cache_size, 5.7, DEPRECATED",
            "query_cache_size, 8.0, REMOVED",
            "default_authentication_plugin, 8.0, DEPRECATED",
            "default_authentication_plugin, 8.4, REMOVED",
            "default_authentication_plugin, 5.7, PRESENT",
            "tx_isolation, 8.0, REMOVED",
            "transaction_isolation, 5.7, PRESENT",
            "replica_net_timeout, 5.7, NOT_YET",
            "replica_net_timeout, 8.0, PRESENT",
            "slave_net_timeout, 8.4, DEPRECATED",
            "expire_logs_days, 8.4, REMOVED",
            "innodb_log_file_size, 8.4, DEPRECATED",
            "innodb_redo_log_capacity, 8.0, PRESENT",
            "explain_json_format_version, 8.0, NOT_YET",
            "wait_timeout, 8.4, PRESENT",
            "wait_timout, 8.4, UNKNOWN",
            "skip_log_bin, 8.4, PRESENT",
            "skip_innodb_adaptive_hash_index, 8.0, PRESENT",
            "aria_pagecache_buffer_size, 8.4, UNKNOWN",
            "aria_pagecache_buffer_size, mariadb-10.11, PRESENT",
            "query_cache_size, mariadb-10.11, PRESENT",
            "replica_net_timeout, mariadb-10.11, UNKNOWN",
            "default_character_set, 5.7, REMOVED",
    })
    void statusPerVersion(String name, String version, Status status) {
        assertEquals(status, catalog.availability(name, MySqlVersion.parse(version)).status());
    }

    @Test
    void removalsAndRenamesCarryTheirReleaseAndReplacement() {
        Availability tx = catalog.availability("tx_isolation", MySqlVersion.parse("8.0"));
        assertEquals(Optional.of("8.0.3"), tx.version());
        assertEquals(Optional.of("transaction_isolation"), tx.replacement());
        Availability notYet = catalog.availability("replica_net_timeout", MySqlVersion.parse("5.7"));
        assertEquals(Optional.of("slave_net_timeout"), notYet.replacement(), "5.7 spells it the old way");
    }

    @Test
    void nearestNamesAreSuggestedForTypos() {
        assertEquals("wait_timeout", catalog.nearest("wait_timout", MySqlVersion.parse("8.4"), 3).get(0));
        assertEquals("innodb_buffer_pool_size",
                catalog.nearest("innodb_bufer_pool_size", MySqlVersion.parse("mariadb-10.11"), 3).get(0));
        assertTrue(catalog.nearest("completely_unrelated_thing", MySqlVersion.parse("8.4"), 3).isEmpty());
    }

    @Test
    void abbreviationsAndPluginsAreRecognised() {
        assertEquals(Optional.of("key_buffer_size"), catalog.abbreviationOf("key_buffer", MySqlVersion.parse("8.0")));
        assertEquals(Optional.empty(), catalog.abbreviationOf("innodb_log", MySqlVersion.parse("8.0")), "ambiguous");
        assertTrue(catalog.pluginOf("rpl_semi_sync_source_enabled").isPresent());
        assertTrue(catalog.pluginOf("group_replication_some_future_option").orElseThrow().startsWith("group_replication"));
        assertTrue(catalog.pluginOf("wait_timeout").isEmpty());
        assertTrue(catalog.pluginOf("validate_password.policy").orElseThrow().contains("component validate_password"));
    }

    @Test
    void everyTypedVariableExistsWhereItHasADefault() {
        for (String version : MySqlVersion.SUPPORTED) {
            MySqlVersion v = MySqlVersion.parse(version);
            var specs = v.flavor() == MySqlVersion.Flavor.MARIADB
                    ? VariableCatalog.builtIn().mariadb() : VariableCatalog.builtIn().all();
            for (VariableSpec spec : specs) {
                boolean accepted = catalog.availability(spec.name(), v).accepted();
                assertEquals(spec.existsIn(v), accepted, spec.name() + " in " + version
                        + ": the typed rows and the option lists disagree");
            }
        }
    }

    /**
     * A check on the hand-written MySQL types: an option both flavors have (one ancestry) is typed alike, as the
     * running mariadbd reports its own (a path is text to MariaDB), but for the differences listed here.
     */
    @Test
    void mysqlTypesAgreeWithMariadbsOwnWhereBothHaveTheOption() {
        Map<String, String> differ = Map.of(
                "innodb_flush_neighbors", "an enumeration of 0, 1, 2 in MySQL's manuals; a number 0 to 2 to MariaDB",
                "innodb_flush_log_at_trx_commit", "an enumeration of 0, 1, 2 in MySQL's manuals; a number 0 to 3 to MariaDB",
                "expire_logs_days", "whole days in MySQL; MariaDB takes a fraction of a day",
                "innodb_adaptive_flushing_lwm", "a whole percentage in MySQL; MariaDB takes a fraction",
                "old_alter_table", "a switch in MySQL; MariaDB made it a choice of ALTER algorithm",
                "old_passwords", "an enumeration of 0 and 2 in MySQL 5.7 (1 went in 5.7.5); a switch to MariaDB",
                "optimizer_trace", "text (enabled=on,one_line=off) in MySQL's manual; a flag set to MariaDB",
                "optimizer_switch", "text (index_merge=on,...) in MySQL's manual; a flag set to MariaDB",
                "tls_version", "text in MySQL's manual (a protocol the build lacks is dropped); a set to MariaDB");
        MySqlVersion mariadb = MySqlVersion.parse("mariadb-10.11");
        List<String> disagree = new java.util.ArrayList<>();
        int compared = 0;
        for (VariableSpec mysql : VariableCatalog.builtIn().all()) {
            Optional<VariableSpec> theirs = VariableCatalog.builtIn().find(mysql.name(), mariadb);
            if (theirs.isEmpty() || differ.containsKey(mysql.name())) {
                continue;
            }
            compared++;
            VariableType ours = mysql.type() == VariableType.PATH ? VariableType.STRING : mysql.type();
            if (ours != theirs.get().type()) {
                disagree.add(mysql.name() + ": MySQL " + mysql.type() + ", MariaDB " + theirs.get().type());
            }
        }
        assertEquals(List.of(), disagree);
        assertTrue(compared > 100, "compared " + compared);
    }

    /**
     * The Performance Schema sizes come from one 8.0 source revision; MariaDB's port of 5.7's reports the same ranges
     * where the catalog claims one (it caught the class counts' maximums, 256 in 5.7 and 1024 in 8.0).
     */
    @Test
    void performanceSchemaRangesAreMariadbsToo() {
        MySqlVersion mariadb = MySqlVersion.parse("mariadb-10.11");
        int compared = 0;
        for (VariableSpec mysql : VariableCatalog.builtIn().all()) {
            Optional<VariableSpec> theirs = VariableCatalog.builtIn().find(mysql.name(), mariadb);
            if (!mysql.name().startsWith("performance_schema_") || theirs.isEmpty() || mysql.type() != VariableType.INTEGER) {
                continue;
            }
            compared++;
            assertEquals(theirs.get().min(), mysql.min(), mysql.name());
            if (mysql.max() != null) { // a maximum that changed between releases is not claimed
                assertEquals(theirs.get().max(), mysql.max(), mysql.name());
            }
        }
        assertTrue(compared > 30, "compared " + compared);
    }

    @Test
    void mariadbTypesAndBoundsAreItsOwnAndItsUnitsMysqls() {
        MySqlVersion mariadb = MySqlVersion.parse("mariadb-10.11");
        VariableCatalog variables = VariableCatalog.builtIn();
        assertTrue(variables.mariadb().size() > 550, "every system variable mariadbd reports, not a sample");
        VariableSpec port = variables.find("port", mariadb).orElseThrow();
        assertEquals(java.math.BigInteger.valueOf(65535), port.max());
        assertEquals(VariableType.BOOLEAN, variables.find("read_only", mariadb).orElseThrow().type());
        assertEquals(VariableType.DECIMAL, variables.find("long_query_time", mariadb).orElseThrow().type());
        assertEquals(VariableType.SET, variables.find("sql_mode", mariadb).orElseThrow().type());
        VariableSpec packet = variables.find("max_allowed_packet", mariadb).orElseThrow();
        assertEquals(Unit.BYTES, packet.unit(), "the unit is borrowed from MySQL's row");
        assertEquals(java.math.BigInteger.valueOf(16L << 20), packet.numericDefault(mariadb).orElseThrow());
        assertEquals(Optional.empty(), variables.find("table_open_cache", mariadb).orElseThrow()
                .numericDefault(mariadb), "autosized to the machine: no default to compare against");
        assertEquals(Optional.empty(), variables.find("replica_max_allowed_packet", mariadb), "MySQL's name only");
    }

    @Test
    void theMysqlListCoversWhatAServerGroupCommonlyCarries() {
        assertTrue(catalog.mysqlNames().size() > 800, "" + catalog.mysqlNames().size());
        for (String name : List.of("datadir", "socket", "log_error", "innodb_buffer_pool_size", "gtid_mode",
                "group_replication_group_name", "mysqlx_port", "performance_schema_max_table_instances",
                "binlog_format", "server_id", "skip_name_resolve")) {
            assertTrue(catalog.availability(name, MySqlVersion.parse("8.4")).accepted(), name);
        }
    }

    /**
     * Every option the catalog calls a password (PlaintextPassword reports them) is one whose value the model masks
     * and keeps out of fingerprints, as written plainly, with dashes and with a loose- prefix: the two predicates
     * drifted once (wsrep_sst_auth was printed by duplicate-option).
     */
    @Test
    void everyPasswordOptionIsASecretHoweverItIsWritten() {
        OptionCatalog catalog = OptionCatalog.builtIn();
        java.util.Set<String> names = new java.util.TreeSet<>(catalog.mysqlNames());
        names.addAll(catalog.mariadbNames());
        List<String> passwords = names.stream().filter(OptionCatalog::isPasswordOption).toList();
        assertTrue(passwords.contains("wsrep_sst_auth") && passwords.size() > 5, passwords.toString());
        for (String name : passwords) {
            for (String written : List.of(name, name.replace('_', '-'), "loose-" + name.replace('_', '-'))) {
                assertTrue(OptionAssignment.isSecret(written), written + " is a password the model would print");
            }
        }
    }
}
