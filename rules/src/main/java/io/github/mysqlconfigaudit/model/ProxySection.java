package io.github.mysqlconfigaudit.model;

/**
 * A proxy section a route passes through: {@code frontend}, {@code backend} or {@code listen}, by name; or the
 * Kubernetes Service of a cloud load balancer ({@link #SERVICE}).
 */
public record ProxySection(String type, String name, String path, int line, int column) {

    /** The type of a load balancer's section: its Service. */
    public static final String SERVICE = "Service";

    /** Three section types, repeated in every file: one copy of each is kept. */
    public ProxySection {
        Location.check(path, line, column);
        type = SharedText.of(type);
    }

    public ProxySection(String type, String name, Location location) {
        this(type, name, location.path(), location.line(), location.column());
    }

    /** Where the section's header stands. */
    public Location location() {
        return new Location(path, line, column);
    }

    /** {@code listen mysql}. */
    public String label() {
        return type + " " + name;
    }
}
