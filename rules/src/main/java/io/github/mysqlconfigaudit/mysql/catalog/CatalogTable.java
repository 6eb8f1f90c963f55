package io.github.mysqlconfigaudit.mysql.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The catalog's data files: tab-separated, {@code #} comment lines and blank lines skipped, the first other
 * line naming the columns; every row must have as many cells. A broken file stops the engine at load with the
 * file and line, as a build with a broken catalog must not run.
 */
final class CatalogTable {

    /** One row, its cells by column name. */
    record Row(String resource, int line, List<String> columns, List<String> cells) {

        /** The cell as written. */
        String raw(String column) {
            int at = columns.indexOf(column);
            if (at < 0) {
                throw new IllegalStateException(resource + " has no column " + column);
            }
            return cells.get(at);
        }

        /** The cell, trimmed; empty when blank or {@code -}. */
        Optional<String> cell(String column) {
            String value = raw(column).trim();
            return value.isEmpty() || value.equals("-") ? Optional.empty() : Optional.of(value);
        }

        /** A fault in this row, for the exception that stops the load. */
        IllegalStateException problem(String what) {
            return new IllegalStateException(resource + ":" + line + ": " + what);
        }
    }

    private CatalogTable() {
    }

    /** Reads a resource beside this class, row by row. */
    static void read(String resource, Consumer<Row> rows) {
        try (InputStream in = CatalogTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the catalog resource " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> columns = null;
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (columns == null) {
                    columns = cells;
                    continue;
                }
                if (cells.size() != columns.size()) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected " + columns.size()
                            + " columns, found " + cells.size());
                }
                rows.accept(new Row(resource, lineNo, columns, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
