package io.github.mysqlconfigaudit.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An application's connection pool (HikariCP, as Spring Boot configures it): its JDBC URL and pool
 * settings by canonical name ({@code url}, {@code maxlifetime}, {@code idletimeout}, {@code keepalivetime},
 * {@code minimumidle}, {@code maximumpoolsize}), each as written with its location.
 */
public final class ClientPool {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,15}");

    /** HikariCP's defaults (its README): 30 min, 10 min, keepalive off, pool of 10, minimumIdle = maximumPoolSize. */
    public static final long DEFAULT_MAX_LIFETIME = 1_800_000;
    public static final long DEFAULT_IDLE_TIMEOUT = 600_000;
    public static final long DEFAULT_POOL_SIZE = 10;

    private final String label;
    private final String path;
    private final Map<String, ClientSetting> settings;
    /** Null when there is none (kept so, not as an Optional per pool: a tree holds tens of thousands). */
    private final JdbcUrl url;

    /**
     * @param label what the pool is: a file, or a container of a workload
     * @param path  the file it is configured in
     * @param url   the JDBC URL, parsed; empty when there is none or it is not one
     */
    public ClientPool(String label, String path, Map<String, ClientSetting> settings, Optional<JdbcUrl> url) {
        this.label = Objects.requireNonNull(label, "label");
        this.path = Objects.requireNonNull(path, "path");
        this.settings = Map.copyOf(settings);
        this.url = url.orElse(null);
    }

    /** A pool of these settings, its JDBC URL read once (every path and rule asks for it). */
    public ClientPool(String label, String path, Map<String, ClientSetting> settings) {
        this(label, path, settings, Optional.ofNullable(settings.get("url")).flatMap(s -> JdbcUrl.parse(s.value())));
    }

    public String label() {
        return label;
    }

    public String path() {
        return path;
    }

    public Map<String, ClientSetting> settings() {
        return settings;
    }

    public Optional<JdbcUrl> url() {
        return Optional.ofNullable(url);
    }

    public Optional<ClientSetting> setting(String canonical) {
        return Optional.ofNullable(settings.get(canonical));
    }

    /** A number of milliseconds or connections; the default when unset or not a number. */
    public long number(String canonical, long defaultValue) {
        return setting(canonical).map(ClientSetting::value).filter(v -> WHOLE_NUMBER.matcher(v.trim()).matches())
                .map(v -> Long.parseLong(v.trim())).orElse(defaultValue);
    }

    public long maxLifetime() {
        return number("maxlifetime", DEFAULT_MAX_LIFETIME);
    }

    public long idleTimeout() {
        return number("idletimeout", DEFAULT_IDLE_TIMEOUT);
    }

    public long keepaliveTime() {
        return number("keepalivetime", 0);
    }

    public long maximumPoolSize() {
        return number("maximumpoolsize", DEFAULT_POOL_SIZE);
    }

    public long minimumIdle() {
        return number("minimumidle", maximumPoolSize());
    }

    /** Where the pool is defined: its URL's line, else the first setting, else the file. */
    public Location location() {
        return setting("url").or(() -> settings.values().stream().min(java.util.Comparator.comparing(ClientSetting::location)))
                .map(ClientSetting::location).orElse(Location.fileStart(path));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientPool p && label.equals(p.label) && path.equals(p.path) && settings.equals(p.settings)
                && Objects.equals(url, p.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, path, settings, url);
    }

    @Override
    public String toString() {
        return "ClientPool[label=" + label + ", path=" + path + ", settings=" + settings.keySet() + ", url=" + url() + "]";
    }
}
