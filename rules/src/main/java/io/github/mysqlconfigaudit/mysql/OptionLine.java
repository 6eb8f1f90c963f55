package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SharedText;

/**
 * One option as mysqld reads it from an option file: its group, its name as written and its value
 * after mysqld's quote, escape and comment handling ({@code null} when the line has no {@code =}).
 */
public record OptionLine(String group, String name, String value, Location location) {

    /** Group names, option names and short values repeat across a tree: one copy of each is kept. */
    public OptionLine {
        group = SharedText.of(group);
        name = SharedText.of(name);
        value = SharedText.valueOf(name, value);
    }

    /** {@code --name=value}, the form my_print_defaults prints. */
    public String asArgument() {
        return "--" + name + (value == null ? "" : "=" + value);
    }
}
