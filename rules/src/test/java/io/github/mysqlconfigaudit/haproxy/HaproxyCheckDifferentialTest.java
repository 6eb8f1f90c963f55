package io.github.mysqlconfigaudit.haproxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.Oracles;
import io.github.mysqlconfigaudit.SharedCorpus;
import io.github.mysqlconfigaudit.model.SourceProblem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HAProxy reader against haproxy itself: every fixture the reader accepts must pass {@code haproxy -c},
 * every one haproxy refuses must give a parse error, unless listed below as accepted on purpose. The check
 * runs on a copy without {@code user}/{@code group} lines and with {@code default-server init-addr
 * last,libc,none} in every defaults section, so that only the syntax is judged, not this host.
 * Skipped where haproxy is not installed, failed there under {@code .ci/run} (see {@link Oracles}).
 */
class HaproxyCheckDifferentialTest {

    /** haproxy refuses these, the reader accepts them, and why that is right for an audit. */
    static final Map<String, String> ACCEPTED_ON_PURPOSE = Map.of(
            "unknown-keyword.cfg", "keywords differ between haproxy versions; an unknown one is kept, never fatal",
            "server-name-with-space.cfg", "server names are not checked; they do not change any timeout or route");

    private static Path haproxy;

    @TempDir
    Path work;

    @BeforeAll
    static void findHaproxy() {
        haproxy = Stream.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }

    static Stream<Path> fixtures(String group) throws IOException, URISyntaxException {
        Path dir = Path.of(HaproxyCheckDifferentialTest.class.getResource("/haproxy/" + group).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }

    static Stream<Path> valid() throws Exception {
        return fixtures("valid");
    }

    /** Real configs written by others (../shared/corpus/haproxy; none in a user's clone, where the test runs zero times). */
    static Stream<Path> corpus() throws IOException {
        Optional<Path> dir = SharedCorpus.dir().map(c -> c.resolve("haproxy")).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.sorted().toList().stream();
        }
    }

    static Stream<Path> refused() throws Exception {
        return fixtures("refused");
    }

    static Stream<Path> acceptedOnPurpose() throws Exception {
        return fixtures("accepted-on-purpose");
    }

    @ParameterizedTest
    @MethodSource("valid")
    void whatTheReaderAcceptsHaproxyAccepts(Path fixture) throws Exception {
        assertEquals(List.of(), parseErrors(fixture), "the reader refuses " + fixture.getFileName());
        Check check = haproxyCheck(fixture);
        assertEquals(0, check.exitCode, "haproxy -c refuses " + fixture.getFileName() + ":\n" + check.output);
    }

    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("corpus")
    void onRealConfigsTheReaderAndHaproxyAgree(Path config) throws Exception {
        Check check = haproxyCheck(config);
        assertEquals(check.exitCode == 0, parseErrors(config).isEmpty(),
                config.getFileName() + ": haproxy says\n" + check.output + "\nthe reader says " + parseErrors(config));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void whatHaproxyRefusesIsAParseError(Path fixture) throws Exception {
        Check check = haproxyCheck(fixture);
        assertNotEquals(0, check.exitCode, "haproxy -c accepts " + fixture.getFileName());
        assertEquals(1, parseErrors(fixture).size(), fixture.getFileName() + ": " + parseErrors(fixture));
    }

    @ParameterizedTest
    @MethodSource("acceptedOnPurpose")
    void documentedDifferencesStillHold(Path fixture) throws Exception {
        assertTrue(ACCEPTED_ON_PURPOSE.containsKey(fixture.getFileName().toString()), "undocumented: " + fixture);
        assertNotEquals(0, haproxyCheck(fixture).exitCode, "haproxy now accepts " + fixture.getFileName());
        assertEquals(List.of(), parseErrors(fixture));
    }

    @Test
    void everyDocumentedDifferenceHasAFixture() throws Exception {
        assertEquals(ACCEPTED_ON_PURPOSE.keySet(),
                java.util.Set.copyOf(acceptedOnPurpose().map(p -> p.getFileName().toString()).toList()));
    }

    private static List<SourceProblem> parseErrors(Path fixture) throws IOException {
        HaproxyConfig config = HaproxyConfigReader.parse(fixture.getFileName().toString(),
                Files.readString(fixture, StandardCharsets.UTF_8));
        return RouteBuilder.build(config).problems().stream()
                .filter(p -> p.kind() == SourceProblem.Kind.PARSE_ERROR).toList();
    }

    private record Check(int exitCode, String output) {
    }

    private Check haproxyCheck(Path fixture) throws IOException, InterruptedException {
        Oracles.assume(haproxy != null, "haproxy is not installed");
        Path copy = work.resolve(fixture.getFileName());
        Files.writeString(copy, hostIndependent(Files.readString(fixture, StandardCharsets.UTF_8)));
        Path out = work.resolve(fixture.getFileName() + ".out");
        Process p = new ProcessBuilder(haproxy.toString(), "-c", "-f", copy.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("haproxy -c hung on " + fixture);
        }
        return new Check(p.exitValue(), Files.readString(out));
    }

    /** Drops what depends on this host: user/group lines, and server names that must resolve. */
    static String hostIndependent(String config) {
        StringBuilder out = new StringBuilder();
        boolean anyDefaults = false;
        for (String line : config.split("\n", -1)) {
            if (line.matches("\\s*(user|group)\\s.*")) {
                continue;
            }
            out.append(line).append('\n');
            if (line.matches("\\s*defaults(\\s.*)?")) {
                anyDefaults = true;
                out.append("    default-server init-addr last,libc,none\n");
            }
        }
        return anyDefaults ? out.toString() : "defaults\n    default-server init-addr last,libc,none\n" + out;
    }
}
