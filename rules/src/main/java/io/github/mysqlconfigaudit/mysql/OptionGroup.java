package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SharedText;

/** A {@code [group]} header: its name as written (trimmed) and where it stands. */
public record OptionGroup(String name, String path, int line, int column) {

    /** Group names repeat in every file ({@code mysqld}): one copy of each is kept. */
    public OptionGroup {
        Location.check(path, line, column);
        name = SharedText.of(name);
    }

    public OptionGroup(String name, Location location) {
        this(name, location.path(), location.line(), location.column());
    }

    /** Where the header stands. */
    public Location location() {
        return new Location(path, line, column);
    }
}
