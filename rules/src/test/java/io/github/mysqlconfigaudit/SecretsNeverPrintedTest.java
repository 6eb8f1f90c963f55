package io.github.mysqlconfigaudit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.report.ConsoleReport;
import io.github.mysqlconfigaudit.report.ReportFormat;
import io.github.mysqlconfigaudit.report.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords planted in every kind of file the audit reads, on lines that do produce findings, must not
 * appear in the console, SARIF, JSON or JUnit output.
 */
class SecretsNeverPrintedTest {

    private static final String SECRET = "S3cr3t-planted-7f1c";

    @TempDir
    Path root;

    @Test
    void noReportCarriesAPlantedSecret() throws Exception {
        TestTrees.write(root, "db/my.cnf", "[client]\npassword = " + SECRET + "\n[mysqld]\nwait_timeout = 5\n"
                + "loose-password = " + SECRET + "\nloose-password = \"" + SECRET + "\"\n"
                + "mysqlx_password = " + SECRET + "x\n"
                + "wsrep_sst_auth = sst:" + SECRET + "\nwsrep-sst-auth = \"sst:" + SECRET + "\"\n");
        TestTrees.write(root, "haproxy.cfg", "userlist admins\n  user admin insecure-password " + SECRET + "\n"
                + "defaults\n  timeout client 300\n  timeout server 300s\nlisten mysql\n"
                + "  option mysql-check user haproxy\n  stats auth admin:" + SECRET + "\n  server db 10.0.0.1:3306\n");
        TestTrees.write(root, "k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n"
                + "  my.cnf: |\n    [mysqld]\n    password = " + SECRET + "\n    wait_timeout = 1\n");
        TestTrees.write(root, "k8s/mysql.yaml", "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: m\nspec:\n"
                + "  template:\n    spec:\n      containers:\n        - name: mysql\n          image: mysql:8.0.36\n"
                + "          args: [\"--password=" + SECRET + "\", \"--password=" + SECRET + "\"]\n"
                + "          env:\n            - name: MYSQL_ROOT_PASSWORD\n              value: " + SECRET + "\n");
        TestTrees.write(root, "app/application.properties", "spring.datasource.url=jdbc:mysql://app:" + SECRET
                + "@db:3306/shop?autoReconnect=true&password=" + SECRET + "\nspring.datasource.password=" + SECRET + "\n");

        AuditResult result = TestTrees.audit(root);
        assertTrue(result.findings().size() >= 6, "the planted lines do produce findings: " + result.findings());
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("duplicate-option")
                && f.message().contains("password")), "a finding quotes a password line (masked)");

        StringBuilder everything = new StringBuilder();
        ConsoleReport.lines(result).forEach(l -> everything.append(l.text()).append('\n'));
        for (Path p : Reports.write(result, EnumSet.allOf(ReportFormat.class), root.resolve("out"))) {
            everything.append(Files.readString(p));
        }
        assertFalse(everything.toString().contains(SECRET), "a report printed a planted secret");
        assertTrue(everything.toString().contains("****"), "masked values are shown as ****");
    }
}
