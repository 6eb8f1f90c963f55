package io.github.mysqlconfigaudit.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.OptionCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Differential test against the real program: for each enumeration or set value, the audit says "refused"
 * exactly when mariadbd refuses to start with it.
 */
class ValueListLiveTest {

    private static final MySqlVersion MARIADB = MySqlVersion.parse("mariadb-10.11");

    @ParameterizedTest(name = "--{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "sql-mode|STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION",
            "sql-mode|NO_AUTO_CREATE_USER",
            "sql-mode|FOO_BAR",
            "sql-mode|STRICT_TRANS_TABLES, ANSI",
            "sql-mode|strict_trans,ansi",
            "sql-mode|ansi,strict_trans",
            "sql-mode|NO_ZERO",
            "sql-mode|ANSI,,",
            "sql-mode|3",
            "transaction-isolation|READ-COMMITTED",
            "transaction-isolation|READ_COMMITTED",
            "transaction-isolation|read-c",
            "transaction-isolation|2",
            "transaction-isolation|9",
            "log-output|FILE,TABLE",
            "log-output|FILES",
            "alter-algorithm|INSTANT",
            "alter-algorithm|IN",
    })
    void theAuditRefusesWhatMariadbdRefuses(String option, String value) throws Exception {
        LiveMariadbd live = LiveMariadbd.withOption(option, value);
        boolean refusedLive = live.exitCode() != 0;
        String canonical = OptionName.canonical(option);
        OptionCatalog.ValueList list = OptionCatalog.builtIn().valueList(canonical, MARIADB).orElseThrow();
        boolean refusedByAudit = ValueListCheck.problem(canonical, value, list, MARIADB).isPresent();
        assertEquals(refusedLive, refusedByAudit, "mariadbd exit " + live.exitCode());
    }
}
