package io.github.mysqlconfigaudit.mysql.catalog;

import java.util.Optional;

/**
 * One MySQL server option's life: the releases that added, deprecated and removed it, and its
 * replacement. A row of {@code mysql-options.tsv}.
 */
public record MysqlOption(String name, Optional<Release> since, Optional<Release> deprecated,
                          Optional<Release> removed, Optional<String> replacement) {

    /** A MySQL release as the manuals write it: {@code 8.0.26}, {@code 5.7}, {@code 8.4.0}. */
    public record Release(int major, int minor, String text) {

        public static Release parse(String text) {
            String[] parts = text.split("\\.");
            if (parts.length < 2) {
                throw new IllegalArgumentException("'" + text + "' is not a release like 8.0.26");
            }
            return new Release(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), text);
        }

        /** True when this release belongs to the series {@code major.minor} or an earlier one. */
        public boolean atOrBefore(int seriesMajor, int seriesMinor) {
            return major < seriesMajor || (major == seriesMajor && minor <= seriesMinor);
        }
    }
}
