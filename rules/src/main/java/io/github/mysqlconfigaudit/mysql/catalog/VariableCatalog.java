package io.github.mysqlconfigaudit.mysql.catalog;

import io.github.mysqlconfigaudit.units.Unit;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typed server options the audit knows: MySQL's from {@code variables.tsv} beside this class (the manuals'
 * facts, sources named block by block), MariaDB 10.11's from the type, bounds and defaults columns of
 * {@code mariadb-10.11.tsv} (generated from mariadbd itself). The values rules compare against come from here,
 * never from constants in rules. Bounds are per flavor: MariaDB's come from its own row, and only the unit
 * (bytes, seconds) is borrowed from the MySQL row of the same name.
 */
public final class VariableCatalog {

    private static final String RESOURCE = "variables.tsv";
    private static final String MARIADB_RESOURCE = "mariadb-10.11.tsv";
    private static final String MARIADB_COLUMN = "mariadb-10.11";
    private static final String DEFAULT_PREFIX = "default@";

    /**
     * Each flavor's specs by name, in file order, each held as the answer {@link #find} gives: one {@code Optional}
     * per spec, as every option of every server holds its spec and a hundred thousand files hold hundreds of
     * thousands of them.
     */
    private final Map<String, Optional<VariableSpec>> mysql;
    private final Map<String, Optional<VariableSpec>> mariadb;

    /**
     * {@link #numericDefault} per version, read once from the rows: every server that leaves an option unset asks for
     * its default, and each answer was a pattern match and a new number (a hundred thousand files hold tens of
     * thousands of servers).
     */
    private final Map<MySqlVersion, Map<String, Optional<BigInteger>>> numericDefaults = new ConcurrentHashMap<>();

    private VariableCatalog(Map<String, VariableSpec> mysql, Map<String, VariableSpec> mariadb) {
        this.mysql = answers(mysql);
        this.mariadb = answers(mariadb);
    }

    private static Map<String, Optional<VariableSpec>> answers(Map<String, VariableSpec> specs) {
        Map<String, Optional<VariableSpec>> out = new LinkedHashMap<>();
        specs.forEach((name, spec) -> out.put(name, Optional.of(spec)));
        return Collections.unmodifiableMap(out);
    }

    /** The catalog shipped with the engine. */
    public static VariableCatalog builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final VariableCatalog BUILT_IN = load();
    }

    private static VariableCatalog load() {
        Map<String, VariableSpec> specs = new LinkedHashMap<>();
        CatalogTable.read(RESOURCE, row -> {
            VariableSpec spec = toSpec(row);
            if (specs.put(spec.name(), spec) != null) {
                throw row.problem(spec.name() + " listed twice");
            }
        });
        Map<String, VariableSpec> mariadb = new LinkedHashMap<>();
        CatalogTable.read(MARIADB_RESOURCE, row -> row.cell("type").ifPresent(type -> {
            String name = row.raw("name");
            Unit unit = specs.containsKey(name) ? specs.get(name).unit() : Unit.NONE;
            mariadb.put(name, spec(row, name, type, unit, Map.of(MARIADB_COLUMN, row.raw("default"))));
        }));
        return new VariableCatalog(specs, mariadb);
    }

    private static VariableSpec toSpec(CatalogTable.Row row) {
        String name = row.cell("name").orElseThrow(() -> row.problem("no name"));
        Unit unit = Unit.valueOf(row.cell("unit").orElse("none").toUpperCase(Locale.ROOT));
        Map<String, String> defaults = new HashMap<>();
        for (String column : row.columns()) {
            if (column.startsWith(DEFAULT_PREFIX)) {
                row.cell(column).ifPresent(v -> defaults.put(column.substring(DEFAULT_PREFIX.length()), v));
            }
        }
        return spec(row, name, row.raw("type"), unit, defaults);
    }

    /** A row's type and its min, max and block cells, the same columns in both flavors' files. */
    private static VariableSpec spec(CatalogTable.Row row, String name, String type, Unit unit,
                                     Map<String, String> defaults) {
        return new VariableSpec(name, VariableType.valueOf(type.trim().toUpperCase(Locale.ROOT)), unit,
                number(row.cell("min")), number(row.cell("max")), number(row.cell("block")), defaults);
    }

    private static BigInteger number(Optional<String> cell) {
        return cell.map(BigInteger::new).orElse(null);
    }

    /**
     * MySQL's row of the option of this canonical name ({@code _} separators), if the catalog types it: for
     * what does not depend on the server (a client program's max_allowed_packet).
     */
    public Optional<VariableSpec> find(String canonicalName) {
        return mysql.getOrDefault(canonicalName, Optional.empty());
    }

    /** The option as the flavor of this version types it, if the catalog does. */
    public Optional<VariableSpec> find(String canonicalName, MySqlVersion version) {
        return (version.flavor() == MySqlVersion.Flavor.MARIADB ? mariadb : mysql)
                .getOrDefault(canonicalName, Optional.empty());
    }

    /** The default of a whole-number option in this version, as the flavor's row states it, if it states one. */
    public Optional<BigInteger> numericDefault(String canonicalName, MySqlVersion version) {
        Map<String, Optional<BigInteger>> ofVersion = numericDefaults.get(version);
        if (ofVersion == null) {
            ofVersion = numericDefaultsOf(version);
            if (numericDefaults.size() < 64) { // a version is a value anyone can make: bounded all the same
                numericDefaults.putIfAbsent(version, ofVersion);
            }
        }
        return ofVersion.getOrDefault(canonicalName, Optional.empty());
    }

    private Map<String, Optional<BigInteger>> numericDefaultsOf(MySqlVersion version) {
        Map<String, Optional<BigInteger>> out = new HashMap<>();
        (version.flavor() == MySqlVersion.Flavor.MARIADB ? mariadb : mysql).forEach((name, spec) -> {
            Optional<BigInteger> d = spec.get().numericDefault(version);
            if (d.isPresent()) {
                out.put(name, d);
            }
        });
        return Map.copyOf(out);
    }

    /** True when either flavor types an option of this name. */
    public boolean knows(String canonicalName) {
        return mysql.containsKey(canonicalName) || mariadb.containsKey(canonicalName);
    }

    /** MySQL's typed options. */
    public Collection<VariableSpec> all() {
        return mysql.values().stream().map(Optional::get).toList();
    }

    /** MariaDB 10.11's typed options. */
    public Collection<VariableSpec> mariadb() {
        return mariadb.values().stream().map(Optional::get).toList();
    }
}
