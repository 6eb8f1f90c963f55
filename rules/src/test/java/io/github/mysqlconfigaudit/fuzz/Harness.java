package io.github.mysqlconfigaudit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.github.mysqlconfigaudit.Audit;
import io.github.mysqlconfigaudit.AuditOptions;
import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.client.ClientConfigReader;
import io.github.mysqlconfigaudit.discover.TextOrigin;
import io.github.mysqlconfigaudit.haproxy.HaproxyConfigReader;
import io.github.mysqlconfigaudit.haproxy.RouteBuilder;
import io.github.mysqlconfigaudit.kubernetes.ManifestReader;
import io.github.mysqlconfigaudit.mysql.OptionFileReader;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.report.ConsoleReport;
import io.github.mysqlconfigaudit.report.ReportFormat;
import io.github.mysqlconfigaudit.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.stream.Stream;

/** What each fuzz target does with the fuzzer's bytes; shared by the short and the long fuzz runs. */
final class Harness {

    private Harness() {
    }

    static void optionFile(FuzzedDataProvider data) {
        OptionFileReader.readEmbedded(TextOrigin.file("fuzz.cnf"), data.consumeRemainingAsString());
    }

    static void haproxy(FuzzedDataProvider data) {
        RouteBuilder.build(HaproxyConfigReader.parse("fuzz.cfg", data.consumeRemainingAsString()));
    }

    static void manifest(FuzzedDataProvider data) {
        ManifestReader.read("fuzz.yaml", data.consumeRemainingAsString());
    }

    static void applicationConfig(FuzzedDataProvider data) {
        boolean yaml = data.consumeBoolean();
        ClientConfigReader.read(yaml ? "application.yml" : "application.properties", data.consumeRemainingAsString());
    }

    /** A small tree of fuzzed files of every kind, audited end to end with every report written. */
    static void engine(FuzzedDataProvider data) throws IOException {
        Path root = Files.createTempDirectory("fuzz-tree");
        try {
            write(root, "db/my.cnf", data.consumeString(2000));
            write(root, "db/conf.d/extra.cnf", data.consumeString(500));
            write(root, "haproxy.cfg", data.consumeString(2000));
            write(root, "k8s/all.yaml", data.consumeString(3000));
            write(root, "app/application.properties", data.consumeString(500));
            write(root, ".mysql-config-audit.yaml", data.consumeBoolean() ? "" : "rules:\n  wait-timeout-range:\n    minimum: 1m\n");
            // every server version, typed by its own catalog rows (MariaDB's too), or none set: found in the files
            int version = data.consumeInt(0, MySqlVersion.SUPPORTED.size());
            AuditOptions options = version == MySqlVersion.SUPPORTED.size() ? AuditOptions.defaults()
                    : AuditOptions.defaults().withVersion(MySqlVersion.parse(MySqlVersion.SUPPORTED.get(version)));
            AuditResult result = Audit.of(root, options).run();
            ConsoleReport.lines(result);
            Reports.write(result, EnumSet.allOf(ReportFormat.class), root.resolve("target/out"));
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path file = root.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
