package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.model.Location;

/** A {@code [group]} header: its name as written (trimmed) and where it stands. */
public record OptionGroup(String name, Location location) {
}
