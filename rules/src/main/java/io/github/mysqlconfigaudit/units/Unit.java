package io.github.mysqlconfigaudit.units;

import java.math.BigInteger;

/** What a number means, so messages can say {@code 64M} and {@code 28800 s} rather than bare digits. */
public enum Unit {
    BYTES, SECONDS, NONE;

    private static final String SUFFIXES = "KMGTPE";
    private static final BigInteger K = BigInteger.valueOf(1024);

    /** The value the way a person writes it in a config: {@code 64M}, {@code 300 s}, {@code 151}. */
    public String format(BigInteger value) {
        return switch (this) {
            case BYTES -> bytes(value);
            case SECONDS -> value + " s";
            case NONE -> value.toString();
        };
    }

    /** The value as an option-file literal: {@code 64M} for bytes, plain digits otherwise. */
    public String literal(BigInteger value) {
        return this == BYTES ? bytes(value) : value.toString();
    }

    private static String bytes(BigInteger value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigInteger v = value;
        int power = -1;
        while (power + 1 < SUFFIXES.length() && v.mod(K).signum() == 0 && v.signum() != 0) {
            v = v.divide(K);
            power++;
        }
        return power < 0 ? value.toString() : v + String.valueOf(SUFFIXES.charAt(power));
    }
}
