package io.github.mysqlconfigaudit.report;

import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.policy.Verdict;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The human report: one line per finding in the form compilers use ({@code path:line:col: SEVERITY
 * [rule-id] message}), the fix indented under it, then one summary line.
 */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /** A line to print and the severity it speaks of ({@code null} for the summary). */
    public record Line(Severity severity, String text) {
    }

    public static List<Line> lines(AuditResult result) {
        List<Line> lines = new ArrayList<>();
        for (Finding f : result.findings()) {
            lines.add(new Line(f.severity(), f.location() + ": " + f.severity() + " [" + f.ruleId() + "] " + f.message()));
            lines.add(new Line(f.severity(), "    fix: " + f.fix()));
            for (Finding.Related r : f.related()) {
                lines.add(new Line(f.severity(), "    see: " + r.location() + ": " + r.message()));
            }
        }
        for (var link : result.links()) {
            lines.add(new Line(null, "mysql-config-audit: link " + link.describe()));
        }
        lines.add(new Line(null, summary(result)));
        return lines;
    }

    /** {@code mysql-config-audit: 2 files scanned (2 MySQL option files); 1 error, 0 warnings, 0 info; …}. */
    public static String summary(AuditResult result) {
        int total = result.filesScanned().values().stream().mapToInt(Integer::intValue).sum();
        String perKind = result.filesScanned().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label() + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
        Map<Severity, Integer> counts = Verdict.countBySeverity(result.findings());
        return "mysql-config-audit: " + total + " file" + (total == 1 ? "" : "s") + " scanned"
                + (perKind.isEmpty() ? "" : " (" + perKind + ")") + "; "
                + plural(counts.get(Severity.ERROR), "error") + ", " + plural(counts.get(Severity.WARNING), "warning")
                + ", " + counts.get(Severity.INFO) + " info; " + result.version().displayName() + " assumed ("
                + result.versionReason() + "); " + result.elapsedMillis() + " ms";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

}
