package io.github.mysqlconfigaudit.mysql.catalog;

/** How mysqld reads a variable's value from an option file. */
public enum VariableType {
    /** A number with an optional K/M/G/T/P/E suffix, clamped to [min, max] and rounded to the block size. */
    INTEGER,
    /** ON/OFF, TRUE/FALSE, 1/0 (any case). */
    BOOLEAN,
    /** Free text. */
    STRING
}
