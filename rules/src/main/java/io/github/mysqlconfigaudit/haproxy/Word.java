package io.github.mysqlconfigaudit.haproxy;

/** One word of an HAProxy config line after quote and escape handling, with its 1-based column. */
public record Word(String text, int column) {
}
