package io.github.mysqlconfigaudit.model;

/** A proxy section a route passes through: {@code frontend}, {@code backend} or {@code listen}, by name. */
public record ProxySection(String type, String name, Location location) {

    /** Three section types, repeated in every file: one copy of each is kept. */
    public ProxySection {
        type = SharedText.of(type);
    }

    /** {@code listen mysql}. */
    public String label() {
        return type + " " + name;
    }
}
