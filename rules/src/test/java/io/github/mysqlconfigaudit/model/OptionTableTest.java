package io.github.mysqlconfigaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.mysql.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A server keeps its options as slots of a table and makes each when asked: what it gives back is equal to what it
 * was given, in the same order, and found by name, whether the server has few options or many.
 */
class OptionTableTest {

    private static final VariableCatalog CATALOG = VariableCatalog.builtIn();

    private static OptionAssignment set(String name, String raw, int line, boolean loose) {
        OptionValue value = raw == null ? new OptionValue.Flag(true, null) : raw.matches("[0-9]+")
                ? new OptionValue.Numeric(new BigInteger(raw), new BigInteger(raw), null) : new OptionValue.Text(raw);
        return new OptionAssignment("mysqld", (loose ? "loose-" : "") + name, raw, value, loose,
                new Location(line % 2 == 0 ? "conf.d/b.cnf" : "my.cnf", line, 1 + line % 3));
    }

    /** Options of every shape: none set (a maximum only), set once, set again, with a known spec and without. */
    private static Map<String, ServerOption> options(int count) {
        Map<String, ServerOption> out = new LinkedHashMap<>();
        out.put("wait_timeout", new ServerOption("wait_timeout", CATALOG.find("wait_timeout", MySqlVersion.DEFAULT),
                List.of(set("wait_timeout", "600", 2, false)), List.of()));
        out.put("max_allowed_packet", new ServerOption("max_allowed_packet",
                CATALOG.find("max_allowed_packet", MySqlVersion.DEFAULT),
                List.of(set("max_allowed_packet", "16M", 3, false), set("max_allowed_packet", "64M", 9, true)),
                List.of(set("maximum-max_allowed_packet", "1G", 4, false))));
        out.put("sort_buffer_size", new ServerOption("sort_buffer_size", Optional.empty(), List.of(),
                List.of(set("maximum-sort_buffer_size", "8M", 5, false))));
        out.put("skip_name_resolve", new ServerOption("skip_name_resolve", Optional.empty(),
                List.of(set("skip_name_resolve", null, 6, true)), List.of()));
        for (int i = out.size(); i < count; i++) {
            String name = "plugin_option_" + i;
            out.put(name, new ServerOption(name, Optional.empty(), List.of(set(name, "v" + i, 10 + i, i % 2 == 0)),
                    List.of()));
        }
        return out;
    }

    private static MySqlServer server(Map<String, ServerOption> options) {
        return new MySqlServer("my.cnf", MySqlVersion.DEFAULT, options, "mysqld", new Location("my.cnf", 1, 1),
                List.of("my.cnf", "conf.d/b.cnf"), CATALOG);
    }

    @Test
    void optionsComeBackEqualInOrderAndByNameWithFewOrManyOfThem() {
        for (int count : new int[] {4, 15, 16, 40}) {
            Map<String, ServerOption> given = options(count);
            MySqlServer server = server(given);
            assertEquals(new ArrayList<>(given.values()), new ArrayList<>(server.options()), count + " options");
            assertEquals(count, server.options().size());
            for (ServerOption option : given.values()) {
                assertEquals(Optional.of(option), server.option(option.name()), option.name());
                ServerOption back = server.option(option.name()).orElseThrow();
                assertEquals(option.spec(), back.spec());
                assertEquals(option.assignments(), back.assignments());
                assertEquals(option.maximums(), back.maximums());
                assertEquals(option.winner(), back.winner());
                assertEquals(option.overridden(), back.overridden());
            }
            assertEquals(Optional.empty(), server.option("max_connections"));
            assertEquals(Optional.empty(), server.option("loose-wait_timeout"));
        }
    }

    @Test
    void theOptionsAreReadOnlyAndTheirNumbersAreTheSame() {
        MySqlServer server = server(options(20));
        assertThrows(UnsupportedOperationException.class, () -> server.options().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> server.options().add(server.option("wait_timeout").orElseThrow()));
        assertEquals(600L, server.number("wait_timeout").orElseThrow().value().longValueExact());
        assertEquals(Optional.of(set("wait_timeout", "600", 2, false)),
                server.number("wait_timeout").orElseThrow().source());
    }

    @Test
    void eachValueIsItsAssignmentsAndNoOtherIndexHasOne() {
        for (ServerOption option : server(options(20)).options()) {
            for (int i = 0; i < option.assignmentCount(); i++) {
                assertSame(option.assignment(i).value(), option.value(i), option.name() + " " + i);
            }
            int past = option.assignmentCount();
            assertThrows(IndexOutOfBoundsException.class, () -> option.value(past), option.name());
            // the winner's value is the winning assignment's (none for a name set only by maximum-)
            assertSame(option.winner().map(OptionAssignment::value).orElse(null), option.winnerValue(), option.name());
        }
    }

    @Test
    void numbersAreTheSetValueOrTheDefaultOrNoneAndAskingAgainGivesTheSameAnswer() {
        MySqlServer server = server(options(4));
        EffectiveNumber set = server.number("wait_timeout").orElseThrow();
        assertFalse(set.isDefault());
        assertEquals(Optional.of(set("wait_timeout", "600", 2, false)), set.source());
        EffectiveNumber unset = server.number("interactive_timeout").orElseThrow();
        assertTrue(unset.isDefault());
        assertEquals(Optional.empty(), unset.source());
        assertEquals(CATALOG.numericDefault("interactive_timeout", MySqlVersion.DEFAULT).orElseThrow(), unset.value());
        assertEquals("interactive_timeout 28800 s (the MySQL 8.4 default; not set)", unset.describe());
        for (int i = 0; i < 2; i++) {
            assertSame(set, server.number("wait_timeout").orElseThrow());
            assertSame(unset, server.number("interactive_timeout").orElseThrow());
            assertEquals(Optional.empty(), server.number("skip_name_resolve"), "no spec: no number");
            assertTrue(server.number("sort_buffer_size").orElseThrow().isDefault(), "a maximum- sets no value");
            assertEquals(Optional.empty(), server.number("no_such_option"));
        }
    }

    @Test
    void whileRulesReadAServerEachOptionIsMadeOnceAndNoneIsKeptAfter() {
        for (int count : new int[] {4, 40}) {
            Map<String, ServerOption> given = options(count);
            MySqlServer server = server(given);
            List<ServerOption> first = new ArrayList<>();
            server.withOptionsMade(() -> {
                first.addAll(server.options());
                List<ServerOption> again = new ArrayList<>(server.options());
                for (int i = 0; i < count; i++) {
                    assertSame(first.get(i), again.get(i), "one option object per walk while held");
                    assertSame(first.get(i), server.option(first.get(i).name()).orElseThrow());
                }
            });
            assertEquals(new ArrayList<>(given.values()), first, count + " options, equal and in order");
            ServerOption after = server.options().iterator().next();
            assertEquals(first.get(0), after);
            assertNotSame(first.get(0), after, "made anew once the rules are done");
            // a failing rule does not leave the options held
            assertThrows(IllegalStateException.class, () -> server.withOptionsMade(() -> {
                throw new IllegalStateException("a rule failed");
            }));
            assertNotSame(server.options().iterator().next(), server.options().iterator().next());
        }
    }

    @Test
    void anOptionSetOnceGivesTheSameAssignmentEachTimeItIsAsked() {
        ServerOption once = server(options(4)).option("wait_timeout").orElseThrow();
        assertSame(once.assignment(0), once.assignment(0));
        assertSame(once.assignment(0), once.winner().orElseThrow());
        assertEquals(List.of(set("wait_timeout", "600", 2, false)), once.assignments());
    }

    @Test
    void anOptionGivenUnderAnotherNameIsRefused() {
        Map<String, ServerOption> options = new LinkedHashMap<>();
        options.put("net_read_timeout", options(4).get("wait_timeout"));
        assertThrows(IllegalArgumentException.class, () -> server(options));
    }
}
