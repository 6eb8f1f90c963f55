package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.model.Suppression;
import java.util.List;

/**
 * An option file and everything it includes, in the order mysqld reads them.
 *
 * @param path     the file's path relative to the audited root
 * @param lines    every option of every group, includes spliced in where they stand
 * @param groups   every group header read, in order
 * @param included the other files read through {@code !include}/{@code !includedir}
 * @param problems what could not be read or was not followed
 * @param suppressions the {@code mysql-config-audit:ignore} comments of the file and its includes
 */
public record OptionFile(String path, List<OptionLine> lines, List<OptionGroup> groups, List<String> included,
                         List<SourceProblem> problems, List<Suppression> suppressions) {

    public OptionFile {
        lines = List.copyOf(lines);
        groups = List.copyOf(groups);
        included = List.copyOf(included);
        problems = List.copyOf(problems);
        suppressions = List.copyOf(suppressions);
    }
}
