package io.github.mysqlconfigaudit.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.Oracles;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The parser against the real thing: MariaDB's my_print_defaults prints, in order, every option the
 * server groups give mariadbd. Skipped where my_print_defaults is not installed (.ci/run installs it).
 */
class MyPrintDefaultsDifferentialTest {

    private static final MySqlVersion MARIADB = MySqlVersion.parse("mariadb-10.11");
    private static final List<String> VALID = OptionFixtures.VALID;
    private static final List<String> REFUSED = OptionFixtures.REFUSED;

    private static String executable;

    @BeforeAll
    static void findMyPrintDefaults() {
        executable = Stream.of("/usr/bin/my_print_defaults", "/usr/local/bin/my_print_defaults")
                .filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst()
                .orElse(null);
    }

    @ParameterizedTest
    @FieldSource("VALID")
    void parserPrintsWhatMyPrintDefaultsPrints(String fixture) throws Exception {
        Oracle oracle = runOracle(fixture);
        assertEquals(0, oracle.exitCode, oracle.stderr);
        OptionFile file = OptionFixtures.read(fixture);
        String ours = file.lines().stream()
                .filter(l -> MARIADB.isServerGroup(l.group()))
                .map(l -> l.asArgument() + "\n")
                .collect(Collectors.joining());
        assertEquals(oracle.stdout, ours, "options of " + fixture + ", in order");
        assertFalse(file.problems().stream().anyMatch(p -> p.kind() == SourceProblem.Kind.PARSE_ERROR));
    }

    @ParameterizedTest
    @FieldSource("REFUSED")
    void parserRefusesWhatMyPrintDefaultsRefuses(String fixture) throws Exception {
        Oracle oracle = runOracle(fixture);
        assertNotEquals(0, oracle.exitCode, "my_print_defaults accepted " + fixture);
        List<SourceProblem> errors = OptionFixtures.read(fixture).problems().stream()
                .filter(p -> p.kind() == SourceProblem.Kind.PARSE_ERROR)
                .toList();
        assertEquals(1, errors.size(), fixture + ": " + errors);
        String line = String.valueOf(errors.get(0).location().line());
        assertTrue(oracle.stderr.contains("line " + line) || oracle.stderr.contains("line: " + line),
                "both name the same line: " + oracle.stderr + " / " + errors.get(0));
    }

    /**
     * mysqld does not detect include cycles; it follows them until its depth limit of ten and so reads
     * the same options again and again. The audit cuts the cycle at the first repeat (and says so): the
     * effective values are the same.
     */
    @Test
    void includeCycleIsCutButEffectiveValuesAgree() throws Exception {
        Oracle oracle = runOracle("cycle");
        assertEquals(0, oracle.exitCode, oracle.stderr);
        OptionFile file = OptionFixtures.read("cycle");
        assertEquals(lastValues(oracle.stdout.lines().toList()),
                lastValues(file.lines().stream().map(OptionLine::asArgument).toList()));
        assertTrue(file.problems().stream().anyMatch(p -> p.kind() == SourceProblem.Kind.INCLUDE_NOT_FOLLOWED));
    }

    private static Map<String, String> lastValues(List<String> arguments) {
        Map<String, String> last = new TreeMap<>();
        for (String a : arguments) {
            int eq = a.indexOf('=');
            last.put(a.substring(2, eq), a.substring(eq + 1));
        }
        return last;
    }

    private record Oracle(int exitCode, String stdout, String stderr) {
    }

    private static Oracle runOracle(String fixture) throws IOException, InterruptedException {
        Oracles.assume(executable != null, "my_print_defaults is not installed");
        List<String> command = new ArrayList<>(List.of(executable, "--defaults-file=my.cnf"));
        command.addAll(MARIADB.serverGroups());
        Path dir = OptionFixtures.dir(fixture);
        Path out = Files.createTempFile("mpd", ".out");
        Path err = Files.createTempFile("mpd", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("my_print_defaults hung on " + fixture);
            }
            return new Oracle(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
