package io.github.mysqlconfigaudit.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
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
            for (String v : MySqlVersion.SUPPORTED) {
                VariableSpec spec = CATALOG.find(name, MySqlVersion.parse(v)).orElseThrow(() -> new AssertionError(name));
                assertEquals(VariableType.INTEGER, spec.type(), name);
                assertTrue(spec.min().compareTo(spec.max()) < 0, name);
                BigInteger d = spec.numericDefault(MySqlVersion.parse(v)).orElseThrow(() -> new AssertionError(name + "@" + v));
                assertTrue(d.compareTo(spec.min()) >= 0 && d.compareTo(spec.max()) <= 0, name + "@" + v);
            }
        }
    }

    @Test
    void packetDefaultsDifferByVersion() {
        for (String v : MySqlVersion.SUPPORTED) {
            VariableSpec packet = CATALOG.find("max_allowed_packet", MySqlVersion.parse(v)).orElseThrow();
            long expected = switch (v) {
                case "5.7" -> 4L << 20;
                case "mariadb-10.11" -> 16L << 20;
                default -> 64L << 20;
            };
            assertEquals(BigInteger.valueOf(expected), packet.numericDefault(MySqlVersion.parse(v)).orElseThrow(), v);
            assertEquals(BigInteger.valueOf(1024), packet.blockSize(), v);
        }
    }

    @Test
    void theCatalogsNumericDefaultIsTheRowsForEveryOptionAndVersion() {
        int numbers = 0;
        for (String v : MySqlVersion.SUPPORTED) {
            MySqlVersion version = MySqlVersion.parse(v);
            var specs = version.flavor() == MySqlVersion.Flavor.MARIADB ? CATALOG.mariadb() : CATALOG.all();
            for (VariableSpec spec : specs) {
                assertEquals(spec.numericDefault(version), CATALOG.numericDefault(spec.name(), version), spec.name() + "@" + v);
                // asked again: the same answer, kept once
                assertSame(CATALOG.numericDefault(spec.name(), version), CATALOG.numericDefault(spec.name(), version));
                numbers += spec.numericDefault(version).isPresent() ? 1 : 0;
            }
            assertTrue(CATALOG.numericDefault("no_such_option", version).isEmpty(), v);
        }
        assertTrue(numbers > 1000, "the rows hold numeric defaults: " + numbers);
    }
}
