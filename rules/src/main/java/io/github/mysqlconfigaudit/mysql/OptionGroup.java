package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SharedText;

/** A {@code [group]} header: its name as written (trimmed) and where it stands. */
public record OptionGroup(String name, Location location) {

    /** Group names repeat in every file ({@code mysqld}): one copy of each is kept. */
    public OptionGroup {
        name = SharedText.of(name);
    }
}
