package io.github.mysqlconfigaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mysqlconfigaudit.units.Unit;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class EffectiveNumberTest {

    @Test
    void longValueIsTheValueCappedAtTheLargestLong() {
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
        BigInteger[] values = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(28_800), max.subtract(BigInteger.ONE), max,
            max.add(BigInteger.ONE), max.multiply(max), BigInteger.TWO.pow(64), BigInteger.valueOf(-5), min,
            min.subtract(BigInteger.ONE), min.multiply(BigInteger.TEN)};
        for (BigInteger v : values) {
            EffectiveNumber n = new EffectiveNumber("wait_timeout", v, Unit.SECONDS, null, "MySQL 8.4");
            assertEquals(v.min(max).longValue(), n.longValue(), v.toString());
        }
        assertEquals(Long.MAX_VALUE, new EffectiveNumber("x", BigInteger.TWO.pow(70), Unit.BYTES, null, "MySQL 8.4")
                .longValue());
    }
}
