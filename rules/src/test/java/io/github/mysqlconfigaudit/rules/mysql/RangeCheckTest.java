package io.github.mysqlconfigaudit.rules.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The range rules compare a value with a bound as BigInteger does, beyond the range of a long too. */
class RangeCheckTest {

    @Test
    void comparesAsBigIntegerDoes() {
        BigInteger two63 = BigInteger.ONE.shiftLeft(63);
        List<BigInteger> values = List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(),
                BigInteger.valueOf(29), BigInteger.valueOf(30), BigInteger.valueOf(31), BigInteger.valueOf(600),
                BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE), two63, two63.negate(),
                two63.negate().subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(100),
                BigInteger.ONE.shiftLeft(100).negate());
        for (BigInteger value : values) {
            for (long bound : new long[] {0, 1, -1, 30, 600, 31_536_000, Long.MAX_VALUE, Long.MIN_VALUE}) {
                assertEquals(Integer.signum(value.compareTo(BigInteger.valueOf(bound))),
                        Integer.signum(RangeCheck.compare(value, bound)), value + " against " + bound);
            }
        }
    }
}
