package io.github.mysqlconfigaudit.mysql.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
        try (InputStream in = VariableCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the catalog resource " + RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VariableCatalog parse(BufferedReader reader) throws IOException {
        Map<String, VariableSpec> specs = new LinkedHashMap<>();
        List<String> columns = null;
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (columns == null) {
                columns = cells;
                continue;
            }
            if (cells.size() != columns.size()) {
                throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected " + columns.size()
                        + " columns, found " + cells.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String cell = cells.get(i).trim();
                if (!cell.isEmpty() && !cell.equals("-")) {
                    row.put(columns.get(i), cell);
                }
            }
            VariableSpec spec = toSpec(row, lineNo);
            if (specs.put(spec.name(), spec) != null) {
                throw new IllegalStateException(RESOURCE + ":" + lineNo + ": " + spec.name() + " listed twice");
            }
        }
        return new VariableCatalog(specs);
    }

    private static VariableSpec toSpec(Map<String, String> row, int lineNo) {
        String name = row.get("name");
        if (name == null) {
            throw new IllegalStateException(RESOURCE + ":" + lineNo + ": no name");
        }
        VariableType type = VariableType.valueOf(row.get("type").toUpperCase(Locale.ROOT));
        Unit unit = Unit.valueOf(row.getOrDefault("unit", "none").toUpperCase(Locale.ROOT));
        Map<String, String> defaults = new HashMap<>();
        row.forEach((column, value) -> {
            if (column.startsWith(DEFAULT_PREFIX)) {
                defaults.put(column.substring(DEFAULT_PREFIX.length()), value);
            }
        });
        return new VariableSpec(name, type, unit, number(row.get("min")), number(row.get("max")),
                number(row.get("block")), defaults);
    }

    private static BigInteger number(String cell) {
        return cell == null ? null : new BigInteger(cell);
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
