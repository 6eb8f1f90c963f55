package io.github.mysqlconfigaudit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real programs the tests compare against ({@code my_print_defaults}, {@code mariadbd}, {@code haproxy}) and the
 * shared corpus beside the project. Where one is absent (a user's clone) the test that needs it is skipped; where
 * {@value #ENV} is {@code required} (as {@code .ci/run} sets it) or {@code -Doracles.required=true} is given, it
 * fails instead, so CI can never pass by skipping.
 */
public final class Oracles {

    public static final String ENV = "MYSQL_CONFIG_AUDIT_ORACLES";

    private Oracles() {
    }

    public static boolean required() {
        return "required".equals(System.getenv(ENV)) || Boolean.getBoolean("oracles.required");
    }

    /** Skips the calling test where {@code present} is false, or fails it where the oracles are required. */
    public static void assume(boolean present, String whatIsMissing) {
        if (present) {
            return;
        }
        if (required()) {
            Assertions.fail(whatIsMissing + ", and the oracles are required here (" + ENV + "=required)");
        }
        Assumptions.abort(whatIsMissing + ": skipped");
    }
}
