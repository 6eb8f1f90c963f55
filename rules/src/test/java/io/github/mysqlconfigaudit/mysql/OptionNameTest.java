package io.github.mysqlconfigaudit.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionNameTest {

    private static final Set<String> KNOWN = Set.of("wait_timeout", "skip_name_resolve", "external_locking",
            "max_allowed_packet");

    private static OptionName resolve(String written) {
        return OptionName.resolve(written, KNOWN::contains);
    }

    @Test
    void dashesAreUnderscoresAndCaseDoesNotMatter() {
        assertEquals("max_allowed_packet", resolve("Max-Allowed-Packet").canonical());
    }

    @Test
    void loosePrefixIsStrippedAndRemembered() {
        OptionName n = resolve("loose-wait-timeout");
        assertEquals("wait_timeout", n.canonical());
        assertTrue(n.loose());
    }

    @Test
    void aKnownNameStartingWithSkipIsItselfNotAPrefix() {
        OptionName n = resolve("skip-name-resolve");
        assertEquals("skip_name_resolve", n.canonical());
        assertEquals(OptionName.Prefix.NONE, n.prefix());
    }

    @Test
    void skipDisableEnableAndMaximumArePrefixesOfKnownNames() {
        assertEquals(OptionName.Prefix.SKIP, resolve("skip-external-locking").prefix());
        assertEquals("external_locking", resolve("skip-external-locking").canonical());
        assertEquals(OptionName.Prefix.DISABLE, resolve("disable_external_locking").prefix());
        assertEquals(OptionName.Prefix.ENABLE, resolve("enable-external-locking").prefix());
        OptionName max = resolve("maximum-wait-timeout");
        assertEquals(OptionName.Prefix.MAXIMUM, max.prefix());
        assertEquals("wait_timeout", max.canonical());
    }

    @Test
    void unknownNamesStayWhole() {
        OptionName n = resolve("loose-skip-foo");
        assertEquals("skip_foo", n.canonical());
        assertEquals(OptionName.Prefix.NONE, n.prefix());
        assertFalse(n.isSwitchPrefix());
    }
}
