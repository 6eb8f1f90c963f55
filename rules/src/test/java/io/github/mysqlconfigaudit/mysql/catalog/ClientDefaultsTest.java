package io.github.mysqlconfigaudit.mysql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mysqlconfigaudit.Oracles;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MariaDB client defaults in client-options.tsv are what the installed client programs print. */
class ClientDefaultsTest {

    @ParameterizedTest
    @CsvSource({"mysql, mariadb", "mysqldump, mariadb-dump"})
    void mariadbClientDefaultsMatchTheInstalledPrograms(String program, String command) throws Exception {
        Optional<String> help = help(command);
        Oracles.assume(help.isPresent(), command + " is not installed");
        String line = help.get().lines().filter(l -> l.startsWith("max-allowed-packet ")).findFirst().orElseThrow();
        BigInteger live = new BigInteger(line.substring("max-allowed-packet".length()).trim());
        assertEquals(Optional.of(live), OptionCatalog.builtIn()
                .clientDefault(program, "max_allowed_packet", MySqlVersion.parse("mariadb-10.11")));
    }

    private static Optional<String> help(String command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command, "--no-defaults", "--help", "--verbose")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
