package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.model.OptionValue;
import io.github.mysqlconfigaudit.model.SharedTable;
import java.math.BigInteger;

/**
 * One copy of each option value a large tree repeats ({@code 28800}, {@code 67108864}), and of each evaluated
 * number: a large tree holds a few hundred distinct numbers many thousand times. Kept for the same measured reason
 * as {@link io.github.mysqlconfigaudit.model.SharedText}.
 */
final class SharedNumbers {

    private static final SharedTable<BigInteger> SHARED = new SharedTable<>(50_000);
    private static final SharedTable<OptionValue.Numeric> VALUES = new SharedTable<>(50_000);

    private SharedNumbers() {
    }

    /** The shared copy of {@code n} (equal to it), or {@code n} itself. */
    static BigInteger of(BigInteger n) {
        return SHARED.of(n);
    }

    /** The shared copy of a number as written and as the server runs it, with why they differ. */
    static OptionValue.Numeric numeric(BigInteger requested, BigInteger effective, String adjustment) {
        return VALUES.of(new OptionValue.Numeric(of(requested), of(effective), adjustment));
    }
}
