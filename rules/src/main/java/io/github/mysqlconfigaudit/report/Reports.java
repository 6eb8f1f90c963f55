package io.github.mysqlconfigaudit.report;

import io.github.mysqlconfigaudit.AuditResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes the file reports asked for; the console report is printed by the caller. */
public final class Reports {

    private Reports() {
    }

    /** The files written, in format order. */
    public static List<Path> write(AuditResult result, Set<ReportFormat> formats, Path outputDirectory)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            switch (format) {
                case SARIF -> written.add(SarifReport.write(result, outputDirectory));
                case JSON -> written.add(JsonReport.write(result, outputDirectory));
                case JUNIT -> written.add(JunitReport.write(result, outputDirectory));
                case CONSOLE -> {
                    // printed by the caller, line by line, through its own log
                }
            }
        }
        return written;
    }
}
