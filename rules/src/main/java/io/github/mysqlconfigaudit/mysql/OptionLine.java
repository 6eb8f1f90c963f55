package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SharedText;

/**
 * One option as mysqld reads it from an option file: its group, its name as written and its value
 * after mysqld's quote, escape and comment handling ({@code null} when the line has no {@code =}), and
 * where it stands ({@link #location}).
 */
public record OptionLine(String group, String name, String value, String path, int line, int column) {

    /** Group names, option names and short values repeat across a tree: one copy of each is kept. */
    public OptionLine {
        Location.check(path, line, column);
        group = SharedText.of(group);
        name = SharedText.of(name);
        value = SharedText.valueOf(name, value);
    }

    public OptionLine(String group, String name, String value, Location location) {
        this(group, name, value, location.path(), location.line(), location.column());
    }

    /** Where the option stands. */
    public Location location() {
        return new Location(path, line, column);
    }

    /** {@code --name=value}, the form my_print_defaults prints. */
    public String asArgument() {
        return "--" + name + (value == null ? "" : "=" + value);
    }
}
