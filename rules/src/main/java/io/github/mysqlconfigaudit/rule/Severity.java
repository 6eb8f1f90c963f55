package io.github.mysqlconfigaudit.rule;

import java.util.Locale;

/** How bad a finding is. Ordered: INFO < WARNING < ERROR. */
public enum Severity {
    INFO("note"), WARNING("warning"), ERROR("error");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** The SARIF {@code level} of this severity. */
    public String sarifLevel() {
        return sarifLevel;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is not a severity; use ERROR, WARNING or INFO");
        }
    }
}
