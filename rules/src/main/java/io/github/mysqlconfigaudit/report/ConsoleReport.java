package io.github.mysqlconfigaudit.report;

import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.policy.Verdict;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /**
     * Findings grouped by file (a header line per file), each in compiler form with its fix; a clean run is
     * the summary line alone.
     */
    public static List<Line> lines(AuditResult result) {
        List<Line> lines = new ArrayList<>();
        Map<String, List<Finding>> byFile = new TreeMap<>();
        result.findings().forEach(f -> byFile.computeIfAbsent(f.location().path(), k -> new ArrayList<>()).add(f));
        byFile.forEach((file, findings) -> {
            lines.add(new Line(null, "mysql-config-audit: " + file + " (" + plural(findings.size(), "finding") + ")"));
            for (Finding f : findings) {
                String known = result.baselined().contains(f.fingerprint()) ? " (in the baseline)" : "";
                lines.add(new Line(f.severity(), f.location() + ": " + f.severity() + " [" + f.ruleId() + "] "
                        + f.message() + known));
                lines.add(new Line(f.severity(), "    fix: " + f.fix()));
                for (Finding.Related r : f.related()) {
                    lines.add(new Line(f.severity(), "    see: " + r.location() + ": " + r.message()));
                }
            }
        });
        if (!result.baselineFixed().isEmpty()) {
            int n = result.baselineFixed().size();
            lines.add(new Line(null, "mysql-config-audit: " + n + (n == 1 ? " baseline entry is" : " baseline entries are")
                    + " no longer found; write the baseline again to drop them"));
        }
        lines.add(new Line(null, summary(result)));
        return lines;
    }

    /**
     * Links the summary line names: a repository with hundreds of proxies would make it a line of hundreds of links,
     * so past these the line counts the rest, which the JSON and SARIF reports list.
     */
    static final int LINKS_IN_SUMMARY = 5;

    /** {@code mysql-config-audit: 2 files scanned (2 MySQL option files); 1 error, 0 warnings, 0 info; …}. */
    public static String summary(AuditResult result) {
        int total = result.filesScanned().values().stream().mapToInt(Integer::intValue).sum();
        String perKind = result.filesScanned().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label() + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
        Map<Severity, Integer> counts = Verdict.countBySeverity(result.findings());
        String extra = (result.suppressed().isEmpty() ? "" : ", " + result.suppressed().size() + " suppressed")
                + (result.baselined().isEmpty() ? "" : ", " + result.baselined().size() + " in the baseline");
        int linkCount = result.links().size();
        String links = linkCount == 0 ? "" : "; links: " + result.links().stream().limit(LINKS_IN_SUMMARY)
                .map(l -> l.describe()).collect(Collectors.joining(", "))
                + (linkCount > LINKS_IN_SUMMARY ? " and " + (linkCount - LINKS_IN_SUMMARY)
                        + " more (all of them in the JSON and SARIF reports)" : "");
        return "mysql-config-audit: " + total + " file" + (total == 1 ? "" : "s") + " scanned"
                + (perKind.isEmpty() ? "" : " (" + perKind + ")") + "; "
                + plural(counts.get(Severity.ERROR), "error") + ", " + plural(counts.get(Severity.WARNING), "warning")
                + ", " + counts.get(Severity.INFO) + " info" + extra + "; " + result.version().displayName()
                + " assumed (" + result.versionReason() + ")" + links + "; " + result.elapsedMillis() + " ms";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

}
