package io.github.mysqlconfigaudit.mysql;

import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each option value a large tree repeats ({@code 28800}, {@code 67108864}): a hundred thousand files
 * hold some 180,000 numbers and only a few hundred distinct ones. Bounded like the shared names, so neither
 * many builds in one JVM nor hostile input grow it without end: past the bound the number itself is kept.
 */
final class SharedNumbers {

    private static final int MAX_ENTRIES = 50_000;
    private static final ConcurrentHashMap<BigInteger, BigInteger> SHARED = new ConcurrentHashMap<>();

    private SharedNumbers() {
    }

    /** The shared copy of {@code n} (equal to it), or {@code n} itself. */
    static BigInteger of(BigInteger n) {
        BigInteger shared = SHARED.get(n);
        if (shared != null) {
            return shared;
        }
        if (SHARED.size() >= MAX_ENTRIES) {
            return n;
        }
        shared = SHARED.putIfAbsent(n, n);
        return shared == null ? n : shared;
    }
}
