package io.github.mysqlconfigaudit.model;

import java.math.BigInteger;

/** A server option's value as mysqld takes it from one assignment. */
public sealed interface OptionValue {

    /** A number: what was written (suffix applied) and what the server really uses after clamping. */
    record Numeric(BigInteger requested, BigInteger effective, String adjustment) implements OptionValue {
        public boolean adjusted() {
            return adjustment != null;
        }
    }

    /** A switch; {@code problem} is set when mysqld did not recognise the word and used OFF. */
    record Flag(boolean on, String problem) implements OptionValue {
    }

    /** Text, or an option the catalog does not type. */
    record Text(String value) implements OptionValue {
    }

    /** A value mysqld refuses; it will not start. */
    record Invalid(String reason) implements OptionValue {
    }
}
