package io.github.mysqlconfigaudit.mysql.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every option a server group may set, per server version: MySQL's from {@code mysql-options.tsv} (the
 * manuals' facts, with the release that added, deprecated and removed each), MariaDB 10.11's from
 * {@code mariadb-10.11.tsv} (generated from {@code mariadbd --help --verbose}). The option rules ask
 * this catalog; typed facts (bounds, defaults) stay in {@link VariableCatalog}.
 */
public final class OptionCatalog {

    private static final String MYSQL_RESOURCE = "mysql-options.tsv";
    private static final String MARIADB_RESOURCE = "mariadb-10.11.tsv";
    /** The MariaDB file's mark for a name mariadbd accepts only to warn that it does nothing. */
    static final String REMOVED_BUT_ACCEPTED = "(removed)";
    private static final List<String> SWITCH_PREFIXES = List.of("skip_", "disable_", "enable_");

    private static final String PLUGIN_RESOURCE = "plugin-prefixes.tsv";
    private static final String VALUES_RESOURCE = "mysql-values.tsv";
    private static final String CLIENT_RESOURCE = "client-options.tsv";
    private static final String RUNTIME_RESOURCE = "runtime-variables.tsv";
    private static final List<String> CLIENT_COLUMNS = List.of("5.7", "8.0", "8.4", "mariadb-10.11");

    private final Map<String, MysqlOption> mysql;
    private final Map<String, String> mariadb;
    private final Map<String, ValueList> valueLists;
    private final Map<String, String> pluginPrefixes;
    private final Map<String, String> clientDefaults;
    private final Map<String, RuntimeVariable> runtimeVariables;

    OptionCatalog(Map<String, MysqlOption> mysql, Map<String, String> mariadb, Map<String, ValueList> valueLists,
                  Map<String, String> pluginPrefixes, Map<String, String> clientDefaults,
                  Map<String, RuntimeVariable> runtimeVariables) {
        this.mysql = Collections.unmodifiableMap(mysql);
        this.mariadb = Collections.unmodifiableMap(mariadb);
        this.valueLists = Collections.unmodifiableMap(valueLists);
        this.pluginPrefixes = Collections.unmodifiableMap(pluginPrefixes);
        this.clientDefaults = Collections.unmodifiableMap(clientDefaults);
        this.runtimeVariables = Collections.unmodifiableMap(runtimeVariables);
    }

    public static OptionCatalog builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final OptionCatalog BUILT_IN = load();
    }

    private static OptionCatalog load() {
        Map<String, MysqlOption> mysql = new LinkedHashMap<>();
        CatalogTable.read(MYSQL_RESOURCE, row -> {
            MysqlOption o = new MysqlOption(row.raw("name"), release(row.cell("since")), release(row.cell("deprecated")),
                    release(row.cell("removed")), row.cell("replacement"));
            if (mysql.put(o.name(), o) != null) {
                throw row.problem(o.name() + " listed twice");
            }
        });
        Map<String, String> mariadb = new LinkedHashMap<>();
        Map<String, ValueList> values = new LinkedHashMap<>();
        CatalogTable.read(MARIADB_RESOURCE, row -> {
            mariadb.put(row.raw("name"), row.raw("default")); // an empty default is a default
            row.cell("values").ifPresent(v -> values.put(row.raw("name") + "@mariadb-10.11", ValueList.parse(v)));
        });
        CatalogTable.read(VALUES_RESOURCE, row -> {
            for (String series : row.raw("series").split(" ")) {
                values.put(row.raw("name") + "@" + series, ValueList.parse(row.raw("kind") + ":" + row.raw("values")));
            }
        });
        Map<String, String> plugins = new LinkedHashMap<>();
        CatalogTable.read(PLUGIN_RESOURCE, row -> plugins.put(row.raw("prefix"), row.raw("plugin")));
        Map<String, String> clients = new LinkedHashMap<>();
        CatalogTable.read(CLIENT_RESOURCE, row -> {
            for (String version : CLIENT_COLUMNS) {
                clients.put(row.raw("program") + "/" + row.raw("option") + "@" + version, row.raw("default@" + version));
            }
        });
        Map<String, RuntimeVariable> runtime = new LinkedHashMap<>();
        CatalogTable.read(RUNTIME_RESOURCE, row -> {
            RuntimeVariable v = new RuntimeVariable(row.raw("name"), row.cell("instead"));
            if (mysql.containsKey(v.name()) || mariadb.containsKey(v.name())) {
                throw row.problem(v.name() + " is listed as an option too");
            }
            runtime.put(v.name(), v);
        });
        return new OptionCatalog(mysql, mariadb, values, plugins, clients, runtime);
    }

    private static Optional<MysqlOption.Release> release(Optional<String> cell) {
        return cell.map(MysqlOption.Release::parse);
    }

    /**
     * A system variable that has no option form ({@code runtime-variables.tsv}): mysqld takes it at runtime only.
     *
     * @param name    the variable
     * @param instead the server option that sets the same thing at startup, when there is one
     */
    public record RuntimeVariable(String name, Optional<String> instead) {
    }

    /** The runtime-only system variable of this name, when {@code canonical} is one. */
    public Optional<RuntimeVariable> runtimeVariable(String canonical) {
        return Optional.ofNullable(runtimeVariables.get(canonical));
    }

    /**
     * The values an enumeration ({@code enum}) or set ({@code set}) option takes in a version.
     *
     * @param set    whether a comma list of values is taken
     * @param values the values, as the source spells them
     */
    public record ValueList(boolean set, List<String> values) {

        static ValueList parse(String cell) {
            int colon = cell.indexOf(':');
            String kind = cell.substring(0, colon);
            if (!kind.equals("enum") && !kind.equals("set")) {
                throw new IllegalStateException("value list kind must be enum or set: " + cell);
            }
            return new ValueList(kind.equals("set"), List.of(cell.substring(colon + 1).split(",")));
        }

        /** The form the data files write: {@code enum:A,B}. */
        public String asCell() {
            return (set ? "set:" : "enum:") + String.join(",", values);
        }
    }

    /** The values an enumeration or set option takes in this version, if the catalog lists them. */
    public Optional<ValueList> valueList(String canonical, MySqlVersion version) {
        return Optional.ofNullable(valueLists.get(canonical + "@" + version.id()));
    }

    /** The plugin or component whose option this name looks like, if any. */
    public Optional<String> pluginOf(String canonical) {
        if (canonical.contains(".")) {
            return Optional.of("the component " + canonical.substring(0, canonical.indexOf('.')));
        }
        return pluginPrefixes.entrySet().stream()
                .filter(e -> canonical.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** A client program's default ({@code mysql}, {@code mysqldump}) for an option in a server version's release. */
    public Optional<java.math.BigInteger> clientDefault(String program, String option, MySqlVersion version) {
        return Optional.ofNullable(clientDefaults.get(program + "/" + option + "@" + version.id()))
                .map(java.math.BigInteger::new);
    }

    /** The MySQL row of an option, if the catalog has one. */
    public Optional<MysqlOption> mysql(String canonical) {
        return Optional.ofNullable(mysql.get(canonical));
    }

    /** MariaDB 10.11's default as {@code mariadbd --help --verbose} prints it, if MariaDB has the option. */
    public Optional<String> mariadbDefault(String canonical) {
        return Optional.ofNullable(mariadb.get(canonical));
    }

    public Set<String> mariadbNames() {
        return mariadb.keySet();
    }

    public Set<String> mysqlNames() {
        return mysql.keySet();
    }

    /** True when some version of some flavor has an option of exactly this name. */
    public boolean knowsExactly(String canonical) {
        return mysql.containsKey(canonical) || mariadb.containsKey(canonical);
    }

    /**
     * Whether the server version has the option written as {@code canonical} (dashes as underscores, no
     * {@code loose-}). {@code skip-}, {@code disable-} and {@code enable-} switch forms count as their
     * option when the whole name is not one.
     */
    public Availability availability(String canonical, MySqlVersion version) {
        return lookUp(canonical, version);
    }

    private Availability lookUp(String canonical, MySqlVersion version) {
        Availability direct = direct(canonical, version);
        if (direct.status() != Availability.Status.UNKNOWN) {
            return direct;
        }
        return stripSwitch(canonical).map(n -> direct(n, version))
                .filter(a -> a.status() != Availability.Status.UNKNOWN)
                .orElse(direct);
    }

    private Availability direct(String name, MySqlVersion version) {
        if (version.flavor() == MySqlVersion.Flavor.MARIADB) {
            String d = mariadb.get(name);
            Availability.Status status = d == null ? Availability.Status.UNKNOWN
                    : d.equals(REMOVED_BUT_ACCEPTED) ? Availability.Status.IGNORED : Availability.Status.PRESENT;
            return new Availability(status, Optional.empty(), Optional.empty(), name);
        }
        MysqlOption o = mysql.get(name);
        if (o == null) {
            return new Availability(Availability.Status.UNKNOWN, Optional.empty(), Optional.empty(), name);
        }
        int major = version.major();
        int minor = version.minor();
        if (o.since().isPresent() && !o.since().get().atOrBefore(major, minor)) {
            return new Availability(Availability.Status.NOT_YET, o.since().map(MysqlOption.Release::text),
                    olderName(name), name);
        }
        if (o.removed().isPresent() && o.removed().get().atOrBefore(major, minor)) {
            return new Availability(Availability.Status.REMOVED, o.removed().map(MysqlOption.Release::text),
                    o.replacement(), name);
        }
        if (o.deprecated().isPresent() && o.deprecated().get().atOrBefore(major, minor)) {
            return new Availability(Availability.Status.DEPRECATED, o.deprecated().map(MysqlOption.Release::text),
                    o.replacement(), name);
        }
        return new Availability(Availability.Status.PRESENT, Optional.empty(), Optional.empty(), name);
    }

    /** The name an option had before it was renamed (slave_net_timeout for replica_net_timeout). */
    private Optional<String> olderName(String name) {
        return mysql.values().stream()
                .filter(o -> o.replacement().filter(name::equals).isPresent())
                .map(MysqlOption::name)
                .sorted()
                .findFirst();
    }

    private static Optional<String> stripSwitch(String canonical) {
        return SWITCH_PREFIXES.stream()
                .filter(p -> canonical.startsWith(p) && canonical.length() > p.length())
                .map(p -> canonical.substring(p.length()))
                .findFirst();
    }

    /**
     * The one option of this version that {@code canonical} abbreviates: my_getopt takes an unambiguous prefix
     * of an option name as that option.
     */
    public Optional<String> abbreviationOf(String canonical, MySqlVersion version) {
        List<String> matches = namesOf(version).stream()
                .filter(n -> n.startsWith(canonical) && direct(n, version).accepted())
                .limit(2)
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** The options of this version whose names are closest to {@code canonical}, nearest first. */
    public List<String> nearest(String canonical, MySqlVersion version, int max) {
        int limit = Math.max(2, canonical.length() / 4);
        Map<String, Integer> close = new java.util.TreeMap<>(); // name order breaks ties in distance
        for (String name : namesOf(version)) {
            if (Math.abs(name.length() - canonical.length()) <= limit && direct(name, version).accepted()) {
                int distance = EditDistance.between(canonical, name, limit);
                if (distance <= limit) {
                    close.put(name, distance);
                }
            }
        }
        return close.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .limit(max)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The option names of the flavor of this version. */
    private Set<String> namesOf(MySqlVersion version) {
        return version.flavor() == MySqlVersion.Flavor.MARIADB ? mariadb.keySet() : mysql.keySet();
    }

    /** {@code password}, {@code *_password} and Galera's {@code wsrep_sst_auth} (user:password). */
    public static boolean isPasswordOption(String canonical) {
        return canonical.equals("password") || canonical.endsWith("_password") || canonical.equals("wsrep_sst_auth");
    }
}
