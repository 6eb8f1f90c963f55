package io.github.mysqlconfigaudit.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import java.math.BigInteger;
import java.util.Optional;
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
        assertSame(first, second); // the evaluated value itself, not only its numbers
        assertEquals(BigInteger.valueOf(28800), second.effective());
        // a clamped value keeps why it was clamped; equal inputs share it too
        OptionName packet = OptionName.resolve("max_allowed_packet", n -> true);
        var packetSpec = VariableCatalog.builtIn().find("max_allowed_packet");
        OptionValue.Numeric clamped = (OptionValue.Numeric) ValueEvaluator.evaluate(packet, "2G", packetSpec);
        assertEquals(BigInteger.ONE.shiftLeft(30), clamped.effective());
        assertEquals(BigInteger.ONE.shiftLeft(31), clamped.requested());
        assertEquals(true, clamped.adjusted());
        assertSame(clamped, ValueEvaluator.evaluate(packet, "2048M", packetSpec));
    }

    @Test
    void equalTextValuesShareOneCopyButNoSecretDoes() {
        var spec = VariableCatalog.builtIn().find("character_set_server");
        OptionName name = OptionName.resolve("character-set-server", n -> true);
        OptionValue first = ValueEvaluator.evaluate(name, "utf8mb4", spec);
        assertEquals(new OptionValue.Text("utf8mb4"), first);
        assertSame(first, ValueEvaluator.evaluate(name, new String("utf8mb4"), spec));
        // an option the catalog does not know is text too
        OptionName unknown = OptionName.resolve("no-such-option", n -> false);
        assertSame(ValueEvaluator.evaluate(unknown, "x", Optional.empty()),
                ValueEvaluator.evaluate(unknown, "x", Optional.empty()));
        // a password-like option's value is never kept in the table that outlives the audit
        OptionName secret = OptionName.resolve("loose-replication-password", n -> false);
        String value = "s3cr3t-" + System.nanoTime();
        OptionValue once = ValueEvaluator.evaluate(secret, value, Optional.empty());
        assertEquals(new OptionValue.Text(value), once);
        assertNotSame(once, ValueEvaluator.evaluate(secret, value, Optional.empty()));
    }
}
