package io.github.mysqlconfigaudit.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each expectation here was seen live with mariadbd 10.11 (ValueClampLiveTest, ValueListLiveTest and the catalog's notes). */
class ValueEvaluatorTest {

    private static final VariableCatalog CATALOG = VariableCatalog.builtIn();

    private static OptionValue eval(String name, String raw) {
        OptionName n = OptionName.resolve(name, CATALOG::knows);
        return ValueEvaluator.evaluate(n, raw, CATALOG.find(n.canonical()));
    }

    @ParameterizedTest
    @CsvSource({
        "64M, 67108864, 67108864",
        "64m, 67108864, 67108864",
        "64MB, 67108864, 67108864",
        "1k, 1024, 1024",
        "2G, 2147483648, 1073741824",
        "1025, 1025, 1024",
        "100, 100, 1024",
        "+64M, 67108864, 67108864",
        "' 64M', 67108864, 67108864",
        "'', 0, 1024",
        "M, 0, 1024",
    })
    void numbersTakeSuffixesAndAreClampedLikeMysqld(String raw, String requested, String effective) {
        OptionValue.Numeric n = assertInstanceOf(OptionValue.Numeric.class, eval("max_allowed_packet", raw));
        assertEquals(new BigInteger(requested), n.requested());
        assertEquals(new BigInteger(effective), n.effective());
        assertEquals(!requested.equals(effective), n.adjusted());
    }

    @ParameterizedTest
    @CsvSource({"1.5M", "abc", "0x10", "-5", "99999999999999999999"})
    void valuesMysqldRefusesAreInvalid(String raw) {
        assertInstanceOf(OptionValue.Invalid.class, eval("max_allowed_packet", raw));
    }

    @Test
    void aPercentSignIsReportedNotTakenForAFormat() {
        // found by fuzzing: the bad suffix was pasted into a format template ("wait_timeout=%")
        OptionValue.Invalid v = assertInstanceOf(OptionValue.Invalid.class, eval("wait_timeout", "%"));
        assertEquals("'%' is not a number mysqld accepts for wait_timeout: unknown suffix '%' "
                + "(legal suffixes are K, M, G, T, P, E)", v.reason());
        assertInstanceOf(OptionValue.Invalid.class, eval("wait_timeout", "5%n%s"));
    }

    @Test
    void numberWithoutValueIsInvalid() {
        OptionValue.Invalid v = assertInstanceOf(OptionValue.Invalid.class, eval("wait_timeout", null));
        assertTrue(v.reason().contains("needs a value"));
    }

    @Test
    void zeroWaitTimeoutRunsAsOne() {
        OptionValue.Numeric n = assertInstanceOf(OptionValue.Numeric.class, eval("wait_timeout", "0"));
        assertEquals(BigInteger.ONE, n.effective());
        assertTrue(n.adjustment().contains("below the minimum"));
    }

    @Test
    void blockRoundingIsNamed() {
        OptionValue.Numeric n = assertInstanceOf(OptionValue.Numeric.class, eval("net_buffer_length", "16385"));
        assertEquals(BigInteger.valueOf(16384), n.effective());
        assertTrue(n.adjustment().contains("block size"));
    }

    @ParameterizedTest
    @CsvSource({"ON, true", "on, true", "TRUE, true", "1, true", "OFF, false", "false, false", "0, false"})
    void booleanWords(String raw, boolean on) {
        OptionValue.Flag f = assertInstanceOf(OptionValue.Flag.class, eval("skip_name_resolve", raw));
        assertEquals(on, f.on());
        assertNull(f.problem());
    }

    @Test
    void unknownBooleanWordBecomesOffWithAProblem() {
        OptionValue.Flag f = assertInstanceOf(OptionValue.Flag.class, eval("skip_name_resolve", "yes"));
        assertFalse(f.on());
        assertNotNull(f.problem());
    }

    @Test
    void bareBooleanIsOnAndSkipPrefixInvertsAValue() {
        assertTrue(((OptionValue.Flag) eval("skip-name-resolve", null)).on());
        assertTrue(((OptionValue.Flag) eval("skip-external-locking", null)).on());
    }
}
