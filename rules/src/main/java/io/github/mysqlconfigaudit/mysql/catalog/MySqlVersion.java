package io.github.mysqlconfigaudit.mysql.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server the configuration is for: MySQL 5.7, 8.0 or 8.4, or MariaDB 10.11. It picks the catalog
 * column and the option groups the server reads.
 */
public record MySqlVersion(Flavor flavor, int major, int minor) {

    public enum Flavor { MYSQL, MARIADB }

    /**
     * Series, id and display name, built once per version: rules ask for them on every server. Declared first: the
     * supported versions below are listed by their ids as the class is set up.
     */
    private static final Map<MySqlVersion, String[]> NAMES = new ConcurrentHashMap<>();

    /** {@link #serverGroups} per version, built once: every line of every option file asks. */
    private static final Map<MySqlVersion, List<String>> SERVER_GROUPS = new ConcurrentHashMap<>();

    public static final MySqlVersion DEFAULT = new MySqlVersion(Flavor.MYSQL, 8, 4);

    /** The supported versions by id, in order, one instance each: the one list of what the catalog covers. */
    private static final Map<String, MySqlVersion> KNOWN = byId(new MySqlVersion(Flavor.MYSQL, 5, 7),
            new MySqlVersion(Flavor.MYSQL, 8, 0), DEFAULT, new MySqlVersion(Flavor.MARIADB, 10, 11));

    public static final List<String> SUPPORTED = List.copyOf(KNOWN.keySet());

    private static final Pattern FORM = Pattern.compile("(?i)(mysql-|mariadb-)?(\\d+)\\.(\\d+)(\\.\\d+)?");

    /**
     * Reads {@code 8.4}, {@code 8.0.36}, {@code mysql-8.0}, {@code mariadb-10.11} or
     * {@code mariadb-10.11.6}; anything else, or a series the catalog does not know, is refused.
     */
    public static MySqlVersion parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a server version; use one of " + SUPPORTED);
        }
        Flavor flavor = "mariadb-".equalsIgnoreCase(m.group(1)) ? Flavor.MARIADB : Flavor.MYSQL;
        MySqlVersion v = new MySqlVersion(flavor, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        MySqlVersion known = KNOWN.get(v.id());
        if (known == null) {
            throw new IllegalArgumentException("server version '" + text + "' is not in the catalog; use one of "
                    + SUPPORTED);
        }
        return known; // one of each: every container's image tag names one, and a tree holds tens of thousands
    }

    /** {@code 8.4} or {@code 10.11}. */
    public String series() {
        return names()[0];
    }

    /** The catalog column and the form users write: {@code 8.4}, {@code mariadb-10.11}. */
    public String id() {
        return names()[1];
    }

    /** A name for messages: {@code MySQL 8.4}, {@code MariaDB 10.11}. */
    public String displayName() {
        return names()[2];
    }

    private static Map<String, MySqlVersion> byId(MySqlVersion... versions) {
        Map<String, MySqlVersion> out = new LinkedHashMap<>();
        for (MySqlVersion v : versions) {
            out.put(v.id(), v);
        }
        return Collections.unmodifiableMap(out);
    }

    private String[] names() {
        String[] names = NAMES.get(this);
        if (names == null) {
            String series = major + "." + minor;
            boolean mariadb = flavor == Flavor.MARIADB;
            names = new String[] {series, mariadb ? "mariadb-" + series : series,
                (mariadb ? "MariaDB " : "MySQL ") + series};
            if (NAMES.size() < 1000) { // versions come from files too: bounded
                NAMES.putIfAbsent(this, names);
            }
        }
        return names;
    }

    /**
     * The option groups the server reads, lower case. MySQL: [mysqld], [server], [mysqld-X.Y]; MariaDB
     * adds [mariadb], [mariadbd], their -X.Y forms, [client-server] and [galera] (MariaDB's
     * load_default_groups).
     */
    public List<String> serverGroups() {
        List<String> groups = SERVER_GROUPS.get(this);
        if (groups == null) {
            groups = flavor == Flavor.MYSQL ? List.of("mysqld", "server", "mysqld-" + series())
                    : List.of("mysqld", "server", "mysqld-" + series(), "mariadb", "mariadb-" + series(),
                    "mariadbd", "mariadbd-" + series(), "client-server", "galera");
            if (SERVER_GROUPS.size() < 1000) { // bounded as NAMES is
                SERVER_GROUPS.putIfAbsent(this, groups);
            }
        }
        return groups;
    }

    /** True for a group the server reads; group names compare without case, as mysqld's find_type does. */
    public boolean isServerGroup(String group) {
        return serverGroups().contains(group.toLowerCase(Locale.ROOT));
    }

    private static final Pattern VERSIONED_GROUP = Pattern.compile("(mysqld|mariadbd?)-(\\d+\\.\\d+)");

    /** True for [mysqld-X.Y] style groups meant for some other server version. */
    public static boolean isVersionedServerGroup(String group) {
        return VERSIONED_GROUP.matcher(group.toLowerCase(Locale.ROOT)).matches();
    }

    /** The version a {@code [mysqld-8.0]} or {@code [mariadb-10.11]} group is for, when the catalog has it. */
    public static Optional<MySqlVersion> ofVersionedGroup(String group) {
        Matcher m = VERSIONED_GROUP.matcher(group.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String id = (m.group(1).startsWith("mariadb") ? "mariadb-" : "") + m.group(2);
        return SUPPORTED.contains(id) ? Optional.of(parse(id)) : Optional.empty();
    }

    @Override
    public String toString() {
        return id();
    }
}
