package io.github.mysqlconfigaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A server option keeps one assignment as itself and more as a list; what it answers is the same either way. */
class ServerOptionTest {

    private static OptionAssignment at(int line, String raw) {
        return new OptionAssignment("mysqld", "wait_timeout", raw, new OptionValue.Text(raw), false,
                new Location("my.cnf", line, 1));
    }

    @Test
    void noneOneAndSeveralAssignmentsAnswerTheirWinnerAndWhatItOverrides() {
        ServerOption none = new ServerOption("wait_timeout", Optional.empty(), List.of(), List.of(at(9, "60")));
        assertEquals(List.of(), none.assignments());
        assertEquals(Optional.empty(), none.winner());
        assertEquals(List.of(), none.overridden());
        assertEquals(List.of(at(9, "60")), none.maximums());

        ServerOption one = new ServerOption("wait_timeout", Optional.empty(), List.of(at(2, "28800")), List.of());
        assertEquals(List.of(at(2, "28800")), one.assignments());
        assertEquals(Optional.of(at(2, "28800")), one.winner());
        assertEquals(List.of(), one.overridden());

        java.util.ArrayList<OptionAssignment> three = new java.util.ArrayList<>(List.of(at(2, "1"), at(3, "2"), at(4, "3")));
        ServerOption several = new ServerOption("wait_timeout", Optional.empty(), three, List.of());
        three.clear(); // the option keeps its own copy
        assertEquals(List.of(at(2, "1"), at(3, "2"), at(4, "3")), several.assignments());
        assertEquals(Optional.of(at(4, "3")), several.winner());
        assertEquals(List.of(at(2, "1"), at(3, "2")), several.overridden());
        for (ServerOption option : List.of(none, one, several)) { // by index, as rules walk them
            assertEquals(option.assignments().size(), option.assignmentCount());
            for (int i = 0; i < option.assignmentCount(); i++) {
                assertEquals(option.assignments().get(i), option.assignment(i));
            }
            int past = option.assignmentCount();
            assertThrows(IndexOutOfBoundsException.class, () -> option.assignment(past));
        }
        assertThrows(UnsupportedOperationException.class, () -> several.assignments().add(at(5, "4")));
        assertThrows(UnsupportedOperationException.class, () -> one.assignments().add(at(5, "4")));
    }

    @Test
    void equalityIsByValueAsARecordsWas() {
        ServerOption a = new ServerOption("wait_timeout", Optional.empty(), List.of(at(2, "28800")), List.of());
        ServerOption b = new ServerOption(new String("wait_timeout"), Optional.empty(), List.of(at(2, "28800")), List.of());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new ServerOption("wait_timeout", Optional.empty(), List.of(at(3, "28800")), List.of()));
        assertNotEquals(a, new ServerOption("wait_timeout", Optional.empty(),
                List.of(at(2, "28800"), at(2, "28800")), List.of()));
        assertEquals("ServerOption[name=wait_timeout, spec=Optional.empty, assignments=" + List.of(at(2, "28800"))
                + ", maximums=[]]", a.toString());
    }
}
