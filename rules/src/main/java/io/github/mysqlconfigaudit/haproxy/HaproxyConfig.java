package io.github.mysqlconfigaudit.haproxy;

import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.model.Suppression;
import java.util.List;

/** An HAProxy config file as read: its sections in order and what could not be read. */
public record HaproxyConfig(String path, List<HaproxySection> sections, List<SourceProblem> problems,
                            List<Suppression> suppressions) {

    public HaproxyConfig {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
        suppressions = List.copyOf(suppressions);
    }
}
