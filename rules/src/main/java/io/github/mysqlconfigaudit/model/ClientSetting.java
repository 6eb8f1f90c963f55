package io.github.mysqlconfigaudit.model;

/** One client setting as written (key and value) and where it stands. */
public record ClientSetting(String key, String value, Location location) {

    /** {@code spring.datasource.hikari.max-lifetime=1800000}, with secret values hidden. */
    public String asWritten() {
        return key + "=" + (OptionAssignment.isSecret(key) ? "****" : value);
    }
}
