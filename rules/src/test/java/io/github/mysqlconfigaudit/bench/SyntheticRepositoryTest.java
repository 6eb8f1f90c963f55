package io.github.mysqlconfigaudit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.Audit;
import io.github.mysqlconfigaudit.AuditOptions;
import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.model.FileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generator: deterministic, mixed like an infra repo, and every file readable. */
class SyntheticRepositoryTest {

    @TempDir
    Path a;

    @TempDir
    Path b;

    private static List<String> contents(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    return root.relativize(p) + "\n" + Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void sameSeedSameRepositoryAndTheMixIsRight() throws Exception {
        SyntheticRepository.generate(a, 400, 42);
        SyntheticRepository.generate(b, 400, 42);
        assertEquals(contents(a), contents(b));
        AuditResult result = Audit.of(a, AuditOptions.defaults()).run();
        int yaml = result.filesScanned().getOrDefault(FileKind.KUBERNETES_YAML, 0);
        int cnf = result.filesScanned().getOrDefault(FileKind.MYSQL_OPTION_FILE, 0);
        int cfg = result.filesScanned().getOrDefault(FileKind.HAPROXY_CONFIG, 0);
        assertTrue(yaml > 250 && cnf > 20 && cfg > 8, result.filesScanned().toString());
        assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals("parse-error")));
        assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals("unresolved-reference")),
                "every address names a generated Service");
        assertTrue(result.suppressed().size() > 0, "some inline suppressions silence findings");
        long viaDns = result.links().stream().filter(l -> l.reason().startsWith("cluster DNS")).count();
        assertTrue(viaDns > 10 && viaDns * 2 > result.links().size(),
                "most generated HAProxy servers reach generated StatefulSets through their Service: " + viaDns + " of "
                        + result.links().size());
    }
}
