package io.github.mysqlconfigaudit.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.mysqlconfigaudit.model.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fingerprints come from structured fields (rule, file, section, option, the values that clash), never prose. */
class FingerprintTest {

    private static final RuleDescriptor RULE = new RuleDescriptor("wait-timeout-range", Severity.WARNING, "t", "r",
            "f", "e", List.of());

    private static Finding reported(String message, Location at, Object... values) {
        List<Finding> sink = new ArrayList<>();
        new RuleContext(RULE, Map.of(), sink).at(at, message).subject("mysqld", "wait_timeout").values(values).report();
        return sink.get(0);
    }

    @Test
    void rewordingTheMessageOrMovingTheLineChangesNoFingerprint() {
        Finding before = reported("wait_timeout = 5 at my.cnf:3 is below 10 s", new Location("db/my.cnf", 3, 1), 5, 10);
        Finding reworded = reported("wait_timeout 5 s (my.cnf:9) is shorter than the 10 s minimum",
                new Location("db/my.cnf", 9, 1), 5, 10);
        assertEquals(before.fingerprint(), reworded.fingerprint());
    }

    @Test
    void aChangedValueFileOrSubjectIsANewFinding() {
        Location at = new Location("db/my.cnf", 3, 1);
        String fingerprint = reported("m", at, 5, 10).fingerprint();
        assertNotEquals(fingerprint, reported("m", at, 6, 10).fingerprint(), "another value");
        assertNotEquals(fingerprint, reported("m", new Location("db2/my.cnf", 3, 1), 5, 10).fingerprint(), "another file");
        List<Finding> sink = new ArrayList<>();
        new RuleContext(RULE, Map.of(), sink).at(at, "m").subject("mysqld", "interactive_timeout").values(5, 10).report();
        assertNotEquals(fingerprint, sink.get(0).fingerprint(), "another option");
    }

    @Test
    void theFingerprintIsTheDigestOfTheSchemeAndTheFieldsOneALine() throws Exception {
        String key = "mysqlConfigAudit/v2\nwait-timeout-range\ndb/\u00e9t\u00e9.cnf\nmysqld\nwait_timeout\n5\n10";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(digest, 0, 16),
                reported("m", new Location("db/\u00e9t\u00e9.cnf", 1, 1), 5, 10).fingerprint());
        assertEquals("mysqlConfigAudit/v2", Finding.FINGERPRINT_SCHEME);
    }
}
