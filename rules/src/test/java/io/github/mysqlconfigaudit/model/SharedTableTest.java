package io.github.mysqlconfigaudit.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SharedTableTest {

    @Test
    void sharesEqualValuesUntilItsBoundThenHandsValuesBackAsTheyCame() {
        SharedTable<String> table = new SharedTable<>(2);
        String a = new String("mysqld");
        assertSame(a, table.of(a));
        assertSame(a, table.of(new String("mysqld")));
        table.of("client");
        String third = new String("mysqldump");
        assertSame(third, table.of(third));
        assertSame(third, table.of(third));
        assertFalse(table.holds("mysqldump"), "the table is full at two entries");
        assertTrue(table.holds("mysqld"));
        assertSame(a, table.of(new String("mysqld")), "what it holds is still shared");
    }
}
