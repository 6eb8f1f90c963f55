package io.github.mysqlconfigaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditPhaseTest {

    @TempDir
    Path root;

    private void tree() throws Exception {
        Files.writeString(root.resolve("my.cnf"), "[mysqld]\nwait_timeout = 600\n");
        Files.writeString(root.resolve("haproxy.cfg"), "defaults\n  mode tcp\n  timeout client 30s\n  timeout server 30s\n"
                + "  timeout connect 5s\nlisten mysql\n  bind :3306\n  server db1 10.0.0.1:3306\n");
    }

    @Test
    void everyPhaseIsTimedInOrderAndTheObserverHearsEachAsItEnds() throws Exception {
        tree();
        List<String> heard = new ArrayList<>();
        AuditResult result = Audit.of(root, AuditOptions.defaults()).run(heard::add);
        assertEquals(AuditPhase.NAMES, heard);
        assertEquals(AuditPhase.NAMES, result.phases().stream().map(AuditPhase::name).toList());
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("proxy-idle-timeout-below-wait-timeout")),
                result.findings().toString()); // the same audit as run() gives
    }

    @Test
    void theObserversOwnTimeCountsInNoPhase() throws Exception {
        tree();
        long slept = 60;
        AuditResult result = Audit.of(root, AuditOptions.defaults()).run(phase -> {
            try {
                Thread.sleep(slept);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long phases = result.phases().stream().mapToLong(AuditPhase::nanos).sum() / 1_000_000;
        // the five naps (300 ms) are in the audit's wall time and in none of its phases
        assertTrue(phases + AuditPhase.NAMES.size() * slept <= result.elapsedMillis() + 1,
                "phases " + phases + " ms, elapsed " + result.elapsedMillis() + " ms");
    }

    @Test
    void describeNamesEachPhaseWithItsMilliseconds() {
        assertEquals("discover 3 ms, parse 12 ms",
                AuditPhase.describe(List.of(new AuditPhase("discover", 3_400_000), new AuditPhase("parse", 12_000_000))));
        assertThrows(IllegalArgumentException.class, () -> new AuditPhase("parse", -1));
    }
}
