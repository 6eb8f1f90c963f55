package io.github.mysqlconfigaudit.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import io.github.mysqlconfigaudit.mysql.catalog.VariableSpec;
import io.github.mysqlconfigaudit.mysql.catalog.VariableType;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class VariableCatalogTest {

    private static final VariableCatalog CATALOG = VariableCatalog.builtIn();

    @Test
    void everyVariableTheRulesCompareIsTypedForEveryVersion() {
        for (String name : new String[] {"wait_timeout", "interactive_timeout", "connect_timeout", "net_read_timeout",
            "net_write_timeout", "max_allowed_packet", "net_buffer_length"}) {
            VariableSpec spec = CATALOG.find(name).orElseThrow(() -> new AssertionError(name));
            assertEquals(VariableType.INTEGER, spec.type(), name);
            assertTrue(spec.min().compareTo(spec.max()) < 0, name);
            for (String v : MySqlVersion.SUPPORTED) {
                BigInteger d = spec.numericDefault(MySqlVersion.parse(v)).orElseThrow(() -> new AssertionError(name + "@" + v));
                assertTrue(d.compareTo(spec.min()) >= 0 && d.compareTo(spec.max()) <= 0, name + "@" + v);
            }
        }
    }

    @Test
    void packetDefaultsDifferByVersion() {
        VariableSpec packet = CATALOG.find("max_allowed_packet").orElseThrow();
        assertEquals(BigInteger.valueOf(4L << 20), packet.numericDefault(MySqlVersion.parse("5.7")).orElseThrow());
        assertEquals(BigInteger.valueOf(64L << 20), packet.numericDefault(MySqlVersion.parse("8.4")).orElseThrow());
        assertEquals(BigInteger.valueOf(16L << 20), packet.numericDefault(MySqlVersion.parse("mariadb-10.11")).orElseThrow());
        assertEquals(BigInteger.valueOf(1024), packet.blockSize());
    }
}
