package io.github.mysqlconfigaudit.mysql.catalog;

import io.github.mysqlconfigaudit.mysql.MySqlVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

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
    private static final List<String> CLIENT_COLUMNS = List.of("5.7", "8.0", "8.4", "mariadb-10.11");

    private final Map<String, MysqlOption> mysql;
    private final Map<String, String> mariadb;
    private final Map<String, ValueList> valueLists;
    private final Map<String, String> pluginPrefixes;
    private final Map<String, String> clientDefaults;

    OptionCatalog(Map<String, MysqlOption> mysql, Map<String, String> mariadb, Map<String, ValueList> valueLists,
                  Map<String, String> pluginPrefixes, Map<String, String> clientDefaults) {
        this.mysql = Collections.unmodifiableMap(mysql);
        this.mariadb = Collections.unmodifiableMap(mariadb);
        this.valueLists = Collections.unmodifiableMap(valueLists);
        this.pluginPrefixes = Collections.unmodifiableMap(pluginPrefixes);
        this.clientDefaults = Collections.unmodifiableMap(clientDefaults);
    }

    public static OptionCatalog builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final OptionCatalog BUILT_IN = load();
    }

    private static OptionCatalog load() {
        Map<String, MysqlOption> mysql = new LinkedHashMap<>();
        read(MYSQL_RESOURCE, 5, (cells) -> {
            MysqlOption o = new MysqlOption(cells.get(0), release(cells.get(1)), release(cells.get(2)),
                    release(cells.get(3)), cell(cells.get(4)));
            if (mysql.put(o.name(), o) != null) {
                throw new IllegalStateException(MYSQL_RESOURCE + ": " + o.name() + " listed twice");
            }
        });
        Map<String, String> mariadb = new LinkedHashMap<>();
        Map<String, ValueList> values = new LinkedHashMap<>();
        read(MARIADB_RESOURCE, 3, cells -> {
            mariadb.put(cells.get(0), cells.get(1));
            cell(cells.get(2)).ifPresent(v -> values.put(cells.get(0) + "@mariadb-10.11", ValueList.parse(v)));
        });
        read(VALUES_RESOURCE, 4, cells -> {
            for (String series : cells.get(1).split(" ")) {
                values.put(cells.get(0) + "@" + series, ValueList.parse(cells.get(2) + ":" + cells.get(3)));
            }
        });
        Map<String, String> plugins = new LinkedHashMap<>();
        read(PLUGIN_RESOURCE, 2, cells -> plugins.put(cells.get(0), cells.get(1)));
        Map<String, String> clients = new LinkedHashMap<>();
        read(CLIENT_RESOURCE, 2 + CLIENT_COLUMNS.size(), cells -> {
            for (int i = 0; i < CLIENT_COLUMNS.size(); i++) {
                clients.put(cells.get(0) + "/" + cells.get(1) + "@" + CLIENT_COLUMNS.get(i), cells.get(2 + i));
            }
        });
        return new OptionCatalog(mysql, mariadb, values, plugins, clients);
    }

    private static void read(String resource, int columns, Consumer<List<String>> row) {
        try (InputStream in = OptionCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the catalog resource " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (cells.size() != columns) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected " + columns + " columns");
                }
                row.accept(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> cell(String text) {
        return text.isEmpty() || text.equals("-") ? Optional.empty() : Optional.of(text);
    }

    private static Optional<MysqlOption.Release> release(String text) {
        return cell(text).map(MysqlOption.Release::parse);
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

    /** True when some server version of some flavor knows the name (switch prefixes included). */
    public boolean knowsAnywhere(String canonical) {
        return mysql.containsKey(canonical) || mariadb.containsKey(canonical)
                || stripSwitch(canonical).filter(n -> mysql.containsKey(n) || mariadb.containsKey(n)).isPresent();
    }

    /**
     * Whether the server version has the option written as {@code canonical} (dashes as underscores, no
     * {@code loose-}). {@code skip-}, {@code disable-} and {@code enable-} switch forms count as their
     * option when the whole name is not one.
     */
    public Availability availability(String canonical, MySqlVersion version) {
        // every line of every server asks, three rules over: the answers are kept (names are few)
        return answers.computeIfAbsent(canonical + "@" + version.id(), k -> lookUp(canonical, version));
    }

    private final Map<String, Availability> answers = new java.util.concurrent.ConcurrentHashMap<>();

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
        Set<String> names = version.flavor() == MySqlVersion.Flavor.MARIADB ? mariadb.keySet() : mysql.keySet();
        List<String> matches = names.stream()
                .filter(n -> n.startsWith(canonical) && direct(n, version).accepted())
                .limit(2)
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** The options of this version whose names are closest to {@code canonical}, nearest first. */
    public List<String> nearest(String canonical, MySqlVersion version, int max) {
        Set<String> names = new TreeSet<>(version.flavor() == MySqlVersion.Flavor.MARIADB ? mariadb.keySet()
                : mysql.keySet());
        int limit = Math.max(2, canonical.length() / 4);
        List<String> close = new ArrayList<>();
        for (String name : names) {
            if (Math.abs(name.length() - canonical.length()) <= limit && direct(name, version).accepted()
                    && EditDistance.between(canonical, name, limit) <= limit) {
                close.add(name);
            }
        }
        close.sort(Comparator.comparingInt((String n) -> EditDistance.between(canonical, n, limit)).thenComparing(n -> n));
        return close.subList(0, Math.min(max, close.size()));
    }
}
