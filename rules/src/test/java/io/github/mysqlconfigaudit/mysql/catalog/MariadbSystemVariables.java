package io.github.mysqlconfigaudit.mysql.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The type and bounds of every system variable, as a running mariadbd reports them in
 * {@code INFORMATION_SCHEMA.SYSTEM_VARIABLES} (VARIABLE_TYPE, NUMERIC_MIN_VALUE, NUMERIC_MAX_VALUE,
 * NUMERIC_BLOCK_SIZE). A private server is started on a fresh data directory in a temporary folder, reachable
 * only through its own socket, and stopped again.
 */
final class MariadbSystemVariables {

    /** One variable's cells as the catalog file writes them: type, min, max, block ({@code -} when none). */
    record Typed(String type, String min, String max, String block) {
        String cells() {
            return type + "\t" + min + "\t" + max + "\t" + block;
        }
    }

    static final Typed UNTYPED = new Typed("-", "-", "-", "-");

    private MariadbSystemVariables() {
    }

    /** Every variable, by canonical name; empty when the server tools are not installed. */
    static Optional<Map<String, Typed>> read() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("mariadbd-catalog");
        Process server = null;
        try {
            String user = System.getProperty("user.name");
            Path data = dir.resolve("data");
            Path socket = dir.resolve("s.sock");
            if (MariadbHelp.exec("mariadb-install-db", "--no-defaults", "--datadir=" + data, "--skip-test-db",
                    "--auth-root-authentication-method=normal", "--user=" + user).isEmpty()) {
                return Optional.empty();
            }
            server = new ProcessBuilder("mariadbd", "--no-defaults", "--datadir=" + data, "--socket=" + socket,
                    "--skip-networking", "--user=" + user, "--pid-file=" + dir.resolve("p.pid"),
                    "--log-error=" + dir.resolve("error.log"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String query = "SELECT LOWER(VARIABLE_NAME), VARIABLE_TYPE, IFNULL(NUMERIC_MIN_VALUE, '-'), "
                    + "IFNULL(NUMERIC_MAX_VALUE, '-'), IFNULL(NUMERIC_BLOCK_SIZE, '-'), IFNULL(COMMAND_LINE_ARGUMENT, '-') "
                    + "FROM INFORMATION_SCHEMA.SYSTEM_VARIABLES";
            Optional<String> rows = Optional.empty();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (rows.isEmpty() && server.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                rows = MariadbHelp.exec("mariadb", "--no-defaults", "--socket=" + socket, "--user=root", "--batch",
                        "--skip-column-names", "--execute=" + query);
            }
            if (rows.isEmpty()) {
                throw new IllegalStateException("mariadbd did not answer on " + socket + ": "
                        + (Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : ""));
            }
            Map<String, Typed> typed = new TreeMap<>();
            rows.get().lines().map(l -> l.split("\t", -1)).forEach(c -> typed.put(c[0], typed(c)));
            return Optional.of(typed);
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * VARIABLE_TYPE as the catalog's types; bounds only for whole numbers (a decimal's are not my_getopt's clamp).
     * A variable without a COMMAND_LINE_ARGUMENT has no option of its own: an option of the same name, if any, is
     * another thing (the option log-bin takes a file name, the variable log_bin is ON or OFF), so it is left untyped.
     */
    static Typed typed(String[] cells) {
        if (cells[5].equals("-")) {
            return UNTYPED;
        }
        String type = switch (cells[1]) {
            case "BIGINT", "BIGINT UNSIGNED", "INT", "INT UNSIGNED" -> "integer";
            case "DOUBLE" -> "decimal";
            case "BOOLEAN" -> "boolean";
            case "ENUM" -> "enum";
            case "SET" -> "set";
            case "FLAGSET" -> "flagset";
            case "VARCHAR" -> "string";
            default -> throw new IllegalStateException("VARIABLE_TYPE " + cells[1] + " of " + cells[0] + " is new");
        };
        return type.equals("integer")
                ? new Typed(type, cells[2], cells[3], cells[4])
                : new Typed(type, "-", "-", "-");
    }
}
