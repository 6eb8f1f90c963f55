package io.github.mysqlconfigaudit.mysql.catalog;

/** How mysqld reads a variable's value from an option file. */
public enum VariableType {
    /** A number with an optional K/M/G/T/P/E suffix, clamped to [min, max] and rounded to the block size. */
    INTEGER,
    /** ON/OFF, TRUE/FALSE, 1/0 (any case). */
    BOOLEAN,
    /** A number with a fraction (long_query_time); taken as written. */
    DECIMAL,
    /** One value of a list ({@code binlog_format}); the lists are in the option catalog. */
    ENUM,
    /** A comma list of values of a list ({@code sql_mode}). */
    SET,
    /** {@code name=on,name=off} pairs ({@code optimizer_switch}). */
    FLAGSET,
    /** Free text: names, addresses. */
    STRING,
    /** A file or directory name (datadir, socket, log_error). */
    PATH
}
