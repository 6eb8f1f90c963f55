package io.github.mysqlconfigaudit.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Differential test against the real program: the value the audit says MariaDB runs with (its own bounds and block
 * sizes from the generated catalog) is the value mariadbd prints in its table of variables for the same option.
 */
class ValueClampLiveTest {

    private static final MySqlVersion MARIADB = MySqlVersion.parse("mariadb-10.11");

    @ParameterizedTest(name = "--{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "port|70000",
            "port|3307",
            "key-buffer-size|5000",
            "max-allowed-packet|2G",
            "max-allowed-packet|1025",
            "net-buffer-length|16385",
            "innodb-buffer-pool-size|3000000",
            "max-connections|0",
            "wait-timeout|0",
            "auto-increment-increment|70000",
            "binlog-cache-size|5000",
            "join-buffer-size|200",
            "query-cache-size|5000",
            "server-id|5000000000",
            "sort-buffer-size|1",
            "performance-schema-max-table-instances|-5",
            "performance-schema-max-table-instances|-1",
            "read-only|yes",
            "read-only|1",
            "read-only|ON",
            "skip-name-resolve|true",
    })
    void theAuditRunsTheValueMariadbdRuns(String option, String value) throws Exception {
        String live = LiveMariadbd.withOption(option, value).tableValue(option);
        OptionName name = OptionName.resolve(option, VariableCatalog.builtIn()::knows);
        OptionValue ours = ValueEvaluator.evaluate(name, value, VariableCatalog.builtIn().find(name.canonical(), MARIADB));
        String expected;
        if (ours instanceof OptionValue.Numeric n) {
            expected = n.effective().toString();
        } else if (ours instanceof OptionValue.Flag f) {
            expected = f.on() ? "TRUE" : "FALSE";
        } else {
            throw new AssertionError(option + " is not typed for MariaDB: " + ours);
        }
        assertEquals(live, expected);
    }
}
