package io.github.mysqlconfigaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A server's options come back in the order the file sets them and by name; its numbers are set or default. */
class MySqlServerTest {

    private static final VariableCatalog CATALOG = VariableCatalog.builtIn();

    private static OptionAssignment set(String name, String raw, int line) {
        OptionValue value = raw == null ? new OptionValue.Flag(true, null) : raw.matches("[0-9]+")
                ? new OptionValue.Numeric(new BigInteger(raw), new BigInteger(raw), null) : new OptionValue.Text(raw);
        return new OptionAssignment("mysqld", name, raw, value, false, new Location("my.cnf", line, 1));
    }

    /** Options of every shape: set once, set again, only a maximum-, a flag without a spec. */
    private static Map<String, ServerOption> options() {
        Map<String, ServerOption> out = new LinkedHashMap<>();
        out.put("wait_timeout", new ServerOption("wait_timeout", CATALOG.find("wait_timeout", MySqlVersion.DEFAULT),
                List.of(set("wait_timeout", "600", 2)), List.of()));
        out.put("max_allowed_packet", new ServerOption("max_allowed_packet",
                CATALOG.find("max_allowed_packet", MySqlVersion.DEFAULT),
                List.of(set("max_allowed_packet", "16M", 3), set("max_allowed_packet", "64M", 9)),
                List.of(set("maximum-max_allowed_packet", "1G", 4))));
        out.put("sort_buffer_size", new ServerOption("sort_buffer_size", Optional.empty(), List.of(),
                List.of(set("maximum-sort_buffer_size", "8M", 5))));
        out.put("skip_name_resolve", new ServerOption("skip_name_resolve", Optional.empty(),
                List.of(set("skip_name_resolve", null, 6)), List.of()));
        return out;
    }

    private static MySqlServer server(Map<String, ServerOption> options) {
        return new MySqlServer("my.cnf", MySqlVersion.DEFAULT, options, "mysqld", new Location("my.cnf", 1, 1),
                List.of("my.cnf"), CATALOG);
    }

    @Test
    void optionsComeBackInOrderAndByNameAndCannotBeChanged() {
        Map<String, ServerOption> given = options();
        MySqlServer server = server(given);
        assertEquals(new ArrayList<>(given.values()), server.options());
        given.values().forEach(o -> assertEquals(Optional.of(o), server.option(o.name())));
        assertEquals(Optional.empty(), server.option("max_connections"));
        assertThrows(UnsupportedOperationException.class, () -> server.options().clear());
    }

    @Test
    void numbersAreTheSetValueOrTheDefaultOrNone() {
        MySqlServer server = server(options());
        EffectiveNumber set = server.number("wait_timeout").orElseThrow();
        assertFalse(set.isDefault());
        assertEquals(Optional.of(set("wait_timeout", "600", 2)), set.source());
        EffectiveNumber unset = server.number("interactive_timeout").orElseThrow();
        assertTrue(unset.isDefault());
        assertEquals(CATALOG.numericDefault("interactive_timeout", MySqlVersion.DEFAULT).orElseThrow(), unset.value());
        assertEquals("interactive_timeout 28800 s (the MySQL 8.4 default; not set)", unset.describe());
        assertEquals(Optional.empty(), server.number("skip_name_resolve"), "no spec: no number");
        assertTrue(server.number("sort_buffer_size").orElseThrow().isDefault(), "a maximum- sets no value");
        assertEquals(Optional.empty(), server.number("no_such_option"));
        assertEquals(set, server.number("wait_timeout").orElseThrow(), "the same answer when asked again");
    }

    @Test
    void anOptionGivenUnderAnotherNameIsRefused() {
        Map<String, ServerOption> options = new LinkedHashMap<>();
        options.put("net_read_timeout", options().get("wait_timeout"));
        assertThrows(IllegalArgumentException.class, () -> server(options));
    }
}
