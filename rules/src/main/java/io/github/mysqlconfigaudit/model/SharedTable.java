package io.github.mysqlconfigaudit.model;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded table of shared copies: the first of equal values is kept and handed out for the rest. It lives as
 * long as the JVM (a Maven daemon runs many builds), so it stops taking entries at its bound and then hands each
 * value back as it came; neither many builds nor hostile input grow it without end.
 *
 * @param <T> an immutable type whose equal values may stand for each other
 */
public final class SharedTable<T> {

    private final int maxEntries;
    private final ConcurrentHashMap<T, T> shared = new ConcurrentHashMap<>();

    public SharedTable(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The shared copy of {@code value} (equal to it), or {@code value} itself. */
    public T of(T value) {
        T copy = shared.get(value);
        if (copy != null) {
            return copy;
        }
        if (shared.size() >= maxEntries) {
            return value;
        }
        copy = shared.putIfAbsent(value, value);
        return copy == null ? value : copy;
    }

    /** Whether the table holds {@code value}. */
    public boolean holds(T value) {
        return shared.containsKey(value);
    }
}
