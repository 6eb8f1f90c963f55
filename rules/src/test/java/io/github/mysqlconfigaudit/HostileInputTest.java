package io.github.mysqlconfigaudit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.model.FileKind;
import io.github.mysqlconfigaudit.report.ConsoleReport;
import io.github.mysqlconfigaudit.report.ReportFormat;
import io.github.mysqlconfigaudit.report.Reports;
import io.github.mysqlconfigaudit.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile and broken inputs written by this test (truncated files, huge lines, bombs, deep
 * nesting, cycles, binary, odd encodings, links): the audit finishes in bounded time, writes every
 * report, says something about each broken file, and reads nothing outside the root.
 */
class HostileInputTest {

    @TempDir
    Path root;

    @TempDir
    Path outside;

    private int files;

    private void text(String rel, String content) throws Exception {
        bytes(rel, content.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(String rel, byte[] content) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        files++;
    }

    private void corpus() throws Exception {
        String cnf = "[mysqld]\nwait_timeout = 7\nmax_allowed_packet = 64M\n";
        String cfg = "defaults\n  timeout client 30s\n  timeout server 30s\nlisten mysql\n  server db 10.0.0.1:3306\n";
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\ndata:\n  my.cnf: |\n    [mysqld]\n    wait_timeout = 5\n";
        // truncated at every kind of boundary
        for (int cut : new int[] {1, 5, 9, 15, 30}) {
            text("truncated/cnf-" + cut + ".cnf", cnf.substring(0, Math.min(cut, cnf.length())));
            text("truncated/haproxy-" + cut + ".cfg", "listen a\n" + cfg.substring(0, Math.min(cut, cfg.length())));
            text("truncated/k8s-" + cut + ".yaml", yaml.substring(0, Math.min(cut + 20, yaml.length())));
        }
        text("truncated/open-quote.cfg", "defaults\n  timeout client \"30s\nlisten x\n");
        text("truncated/open-group.cnf", "[mysqld\nwait_timeout = 5\n");
        // huge lines
        text("huge/line.cnf", "[mysqld]\nlong = " + "x".repeat(2_000_000) + "\n");
        text("huge/line.cfg", "listen a\n  description " + "y".repeat(2_000_000) + "\n");
        text("huge/scalar.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\ndata:\n  a: " + "z".repeat(2_000_000) + "\n");
        text("huge/many-groups.cnf", "[mysqld]\nwait_timeout = 5\n".repeat(50_000));
        text("huge/many-sections.cfg", "listen l\n  server s 10.0.0.1:3306\n".repeat(20_000).replace("listen l", "listen l" + "x"));
        text("huge/many-documents.yaml", ("apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n---\n").repeat(20_000));
        // bombs and nesting
        StringBuilder laughs = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            laughs.append("  ").append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(10, "*" + prev))).append("]\n");
        }
        text("bombs/billion-laughs.yaml", laughs.toString());
        text("bombs/deep-flow.yaml", "apiVersion: v1\nkind: List\nitems: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        text("bombs/deep-block.yaml", "apiVersion: v1\nkind: ConfigMap\n" + deepBlock(3_000));
        text("bombs/many-keys.cnf", buildKeys(100_000));
        text("bombs/big-number.cnf", "[mysqld]\nmax_allowed_packet = " + "9".repeat(5000) + "G\nwait_timeout = -99999999999999999999\n");
        text("bombs/big-times.cfg", "defaults\n  timeout client 99999999999999999999999d\n  timeout server 18446744073709551616\n"
                + "listen a\n  server s 10.0.0.1:99999999\n");
        text("bombs/recursive-vars.cnf", "[mysqld]\na = ${b}\nb = ${a}\nc = " + "${".repeat(3000) + "}".repeat(3000) + "\n");
        // cycles
        text("cycles/a.cnf", "[mysqld]\n!include b.cnf\n");
        text("cycles/b.cnf", "[mysqld]\n!include a.cnf\n");
        text("cycles/self.cnf", "[mysqld]\n!include self.cnf\n!includedir .\n");
        text("cycles/deep/0.cnf", "[mysqld]\n!include 1.cnf\n");
        for (int i = 1; i < 30; i++) {
            text("cycles/deep/" + i + ".cnf", "[mysqld]\n!include " + (i + 1) + ".cnf\nx" + i + " = 1\n");
        }
        // outside the root
        Path secret = outside.resolve("secret.cnf");
        Files.writeString(secret, "[mysqld]\npassword = outside-secret-5a1\nwait_timeout = 1\n");
        text("escape/include-absolute.cnf", "[mysqld]\n!include " + secret + "\n!includedir " + outside + "\n");
        text("escape/include-dotdot.cnf", "[mysqld]\n!include ../../../../../../../../" + secret + "\n");
        Files.createSymbolicLink(root.resolve("escape/link-to-outside.cnf"), secret);
        Files.createSymbolicLink(root.resolve("escape/link-to-outside-dir"), outside);
        Files.createSymbolicLink(root.resolve("escape/dangling.cnf"), root.resolve("nowhere.cnf"));
        Files.createSymbolicLink(root.resolve("escape/loop"), root.resolve("escape"));
        Files.createSymbolicLink(root.resolve("escape/self-link.cnf"), root.resolve("escape/self-link.cnf"));
        files += 5;
        // binary and encodings
        Random r = new Random(7);
        for (String name : new String[] {"binary/random.cnf", "binary/random.cfg", "binary/random.yaml", "binary/application.properties"}) {
            byte[] b = new byte[4096];
            r.nextBytes(b);
            b[10] = 0;
            bytes(name, b);
        }
        bytes("encodings/utf16le.cnf", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, cnf.getBytes(StandardCharsets.UTF_16LE)));
        bytes("encodings/utf16be.cfg", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, cfg.getBytes(StandardCharsets.UTF_16BE)));
        bytes("encodings/latin1.cnf", "[mysqld]\n# caf\u00e9 \u00e0 la cr\u00e8me\nwait_timeout = 7\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes("encodings/invalid-utf8.yaml", new byte[] {'a', 'p', 'i', 'V', 'e', 'r', 's', 'i', 'o', 'n', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        text("encodings/crlf.cfg", cfg.replace("\n", "\r\n"));
        text("encodings/cr-only.cnf", cnf.replace("\n", "\r"));
        bytes("encodings/bom-utf8.yaml", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, yaml.getBytes(StandardCharsets.UTF_8)));
        text("encodings/unicode-\u00fc\u00f1\u00ee \u2603.cnf", "[mysqld]\nwait_timeout = 8\n");
        // oversized
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        System.arraycopy("[mysqld]\n".getBytes(StandardCharsets.UTF_8), 0, big, 0, 9);
        bytes("oversized/huge.cnf", big);
        // odd but valid
        text("odd/empty.cnf", "");
        text("odd/only-comments.cfg", "# listen nothing\n");
        text("odd/templated.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n");
        text("odd/application.yml", "spring:\n  datasource: [1, 2, {url: x}]\n");
        text("odd/hikari-bad.properties", "jdbcUrl=jdbc:mysql://[\nmaxLifetime=-1\n");
        text(".mysql-config-audit.yaml", "rules:\n  wait-timeout-range:\n    minimum: 1m\n");
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private static String deepBlock(int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        return out.toString();
    }

    private static String buildKeys(int n) {
        StringBuilder out = new StringBuilder("[mysqld]\n");
        for (int i = 0; i < n; i++) {
            out.append("key_").append(i).append(" = ").append(i).append('\n');
        }
        return out.toString();
    }

    @Test
    void everyHostileFileGivesFindingsOrAnErrorNeverACrash() throws Exception {
        corpus();
        assertTrue(files >= 50, "the corpus has " + files + " files");
        AuditResult result = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> TestTrees.audit(root));
        List<Path> written = Reports.write(result, EnumSet.allOf(ReportFormat.class), root.resolve("target/reports"));
        StringBuilder everything = new StringBuilder();
        ConsoleReport.lines(result).forEach(l -> everything.append(l.text()).append('\n'));
        for (Path p : written) {
            everything.append(Files.readString(p));
        }
        String all = everything.toString();
        assertFalse(all.contains("outside-secret-5a1"), "a file outside the root was read");

        List<String> problems = new ArrayList<>();
        expect(result, problems, "oversized/huge.cnf", f -> f.ruleId().equals("file-skipped") && f.message().contains("larger"));
        expect(result, problems, "binary/random.cnf", f -> f.ruleId().equals("file-skipped") && f.message().contains("binary"));
        expect(result, problems, "escape/link-to-outside.cnf", f -> f.ruleId().equals("file-skipped"));
        expect(result, problems, "escape/include-absolute.cnf", f -> f.ruleId().equals("include-not-followed"));
        expect(result, problems, "escape/include-dotdot.cnf", f -> f.ruleId().equals("include-not-followed"));
        expect(result, problems, "cycles/b.cnf", f -> f.ruleId().equals("include-not-followed"));
        expect(result, problems, "truncated/open-group.cnf", f -> f.ruleId().equals("parse-error"));
        expect(result, problems, "truncated/open-quote.cfg", f -> f.ruleId().equals("parse-error"));
        expect(result, problems, "bombs/billion-laughs.yaml", f -> f.ruleId().equals("parse-error"));
        expect(result, problems, "bombs/deep-flow.yaml", f -> f.ruleId().equals("parse-error"));
        expect(result, problems, "bombs/big-number.cnf", f -> f.ruleId().equals("invalid-value"));
        expect(result, problems, "bombs/big-times.cfg", f -> f.ruleId().equals("parse-error"));
        expect(result, problems, "odd/templated.yaml", f -> f.ruleId().equals("unrendered-template"));
        expect(result, problems, "encodings/utf16le.cnf", f -> f.ruleId().equals("wait-timeout-range"));
        expect(result, problems, "encodings/latin1.cnf", f -> f.ruleId().equals("wait-timeout-range"));
        expect(result, problems, "encodings/bom-utf8.yaml", f -> f.ruleId().equals("wait-timeout-range"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(result.filesScanned().getOrDefault(FileKind.MYSQL_OPTION_FILE, 0) > 30);
    }

    private static void expect(AuditResult result, List<String> problems, String path, Predicate<Finding> what) {
        boolean found = result.findings().stream().anyMatch(f -> f.location().path().equals(path) && what.test(f));
        if (!found) {
            problems.add(path + ": expected finding missing; findings there: " + result.findings().stream()
                    .filter(f -> f.location().path().equals(path)).map(f -> f.ruleId() + " " + f.message()).toList());
        }
    }
}
