package io.github.mysqlconfigaudit.model;

/** One client setting as written (key and value) and where it stands ({@link #location}). */
public record ClientSetting(String key, String value, String path, int line, int column) {

    /** Keys and short values repeat across a tree: one copy of each is kept. */
    public ClientSetting {
        Location.check(path, line, column);
        key = SharedText.of(key);
        value = SharedText.valueOf(key, value);
    }

    public ClientSetting(String key, String value, Location location) {
        this(key, value, location.path(), location.line(), location.column());
    }

    public Location location() {
        return new Location(path, line, column);
    }

    /** {@code spring.datasource.hikari.max-lifetime=1800000}, with secret values hidden. */
    public String asWritten() {
        return key + "=" + (OptionAssignment.isSecret(key) ? "****" : value);
    }
}
