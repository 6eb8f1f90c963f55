package io.github.mysqlconfigaudit.report;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The reports the audit can produce. */
public enum ReportFormat {
    CONSOLE, SARIF, JSON, JUNIT;

    /** Reads a comma-separated list such as {@code console,sarif}. */
    public static Set<ReportFormat> parseList(String list) {
        Set<ReportFormat> formats = new LinkedHashSet<>();
        if (list == null || list.isBlank()) {
            return formats;
        }
        for (String item : list.split(",")) {
            String name = item.trim();
            if (name.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown report format '" + name + "'; use "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")));
            }
        }
        return formats;
    }
}
