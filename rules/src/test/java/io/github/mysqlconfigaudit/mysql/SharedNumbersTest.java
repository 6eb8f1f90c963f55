package io.github.mysqlconfigaudit.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SharedNumbersTest {

    @Test
    void equalNumbersShareOneCopy() {
        BigInteger a = new BigInteger("67108864");
        BigInteger b = new BigInteger("67108864");
        assertSame(SharedNumbers.of(a), SharedNumbers.of(b));
        assertEquals(a, SharedNumbers.of(b));
    }

    @Test
    void twoServersSettingTheSameValueHoldOneNumber() {
        var spec = VariableCatalog.builtIn().find("wait_timeout");
        OptionName name = OptionName.resolve("wait_timeout", n -> true);
        OptionValue.Numeric first = (OptionValue.Numeric) ValueEvaluator.evaluate(name, "28800", spec);
        OptionValue.Numeric second = (OptionValue.Numeric) ValueEvaluator.evaluate(name, "28800", spec);
        assertSame(first.effective(), second.effective());
        assertEquals(BigInteger.valueOf(28800), second.effective());
    }
}
