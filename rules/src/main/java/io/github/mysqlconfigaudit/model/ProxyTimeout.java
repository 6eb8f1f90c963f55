package io.github.mysqlconfigaudit.model;

import io.github.mysqlconfigaudit.units.HaproxyDuration;

/**
 * One {@code timeout <kind> <value>} line of a proxy, in effect for a route: the value in milliseconds,
 * as written, where it stands ({@link #location}) and in which section (the route's own or a defaults section).
 */
public record ProxyTimeout(String kind, long millis, String raw, String path, int line, int column, String section) {

    /** Kinds, values and section names repeat across a tree: one copy of each is kept. */
    public ProxyTimeout {
        Location.check(path, line, column);
        kind = SharedText.of(kind);
        raw = SharedText.of(raw);
        section = SharedText.of(section);
    }

    public ProxyTimeout(String kind, long millis, String raw, Location location, String section) {
        this(kind, millis, raw, location.path(), location.line(), location.column(), section);
    }

    public Location location() {
        return new Location(path, line, column);
    }

    /** Zero means "no timeout" to haproxy (it then warns about missing timeouts). */
    public boolean unlimited() {
        return millis == 0;
    }

    /** {@code timeout server 300s (listen mysql at haproxy.cfg:12)}; unitless values say what they mean. */
    public String describe() {
        String meaning = HaproxyDuration.unitless(raw) ? " (= " + HaproxyDuration.seconds(millis) + ")" : "";
        return "timeout " + kind + " " + raw + meaning + " (" + section + " at " + location().shortForm() + ")";
    }
}
