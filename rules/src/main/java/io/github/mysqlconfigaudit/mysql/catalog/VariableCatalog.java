package io.github.mysqlconfigaudit.mysql.catalog;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The server options the audit knows, read from {@code variables.tsv} beside this class. The data file
 * names its sources block by block; the values rules compare against come from here, never from
 * constants in rules.
 */
public final class VariableCatalog {

    private static final String RESOURCE = "variables.tsv";
    private static final String DEFAULT_PREFIX = "default@";

    private final Map<String, VariableSpec> byName;

    private VariableCatalog(Map<String, VariableSpec> byName) {
        this.byName = Collections.unmodifiableMap(byName);
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
        return new VariableCatalog(specs);
    }

    private static VariableSpec toSpec(CatalogTable.Row row) {
        String name = row.cell("name").orElseThrow(() -> row.problem("no name"));
        VariableType type = VariableType.valueOf(row.raw("type").trim().toUpperCase(Locale.ROOT));
        Unit unit = Unit.valueOf(row.cell("unit").orElse("none").toUpperCase(Locale.ROOT));
        Map<String, String> defaults = new HashMap<>();
        for (String column : row.columns()) {
            if (column.startsWith(DEFAULT_PREFIX)) {
                row.cell(column).ifPresent(v -> defaults.put(column.substring(DEFAULT_PREFIX.length()), v));
            }
        }
        return new VariableSpec(name, type, unit, number(row.cell("min")), number(row.cell("max")),
                number(row.cell("block")), defaults);
    }

    private static BigInteger number(Optional<String> cell) {
        return cell.map(BigInteger::new).orElse(null);
    }

    /** The option of this canonical name ({@code _} separators), if the catalog knows it. */
    public Optional<VariableSpec> find(String canonicalName) {
        return Optional.ofNullable(byName.get(canonicalName));
    }

    public boolean knows(String canonicalName) {
        return byName.containsKey(canonicalName);
    }

    public Collection<VariableSpec> all() {
        return byName.values();
    }
}
