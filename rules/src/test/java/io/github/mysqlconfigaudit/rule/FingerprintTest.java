package io.github.mysqlconfigaudit.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mysqlconfigaudit.model.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Fingerprints ignore line numbers exactly as the regex that first defined them did. */
class FingerprintTest {

    private static final Pattern LINE_REFERENCE = Pattern.compile("(\\S):\\d+(?::\\d+)?");

    @Test
    void lineNumbersGoAsTheRegexTookThemOut() {
        String[] samples = {"at my.cnf:4 and haproxy.cfg:7:5", "a:1:2:3", "x:1y:2", " :5", "ratio 3:2", "no colon",
            "k8s/a.yaml:12:", "end:", ":9 start", "a::1", "t:\t1", "x\u001c:4", "p:12345678901234567890"};
        for (String s : samples) {
            assertEquals(LINE_REFERENCE.matcher(s).replaceAll("$1"), Finding.withoutLineNumbers(s), s);
        }
        Random random = new Random(7);
        String alphabet = "ab :1209\t\n\u001cx";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(LINE_REFERENCE.matcher(s).replaceAll("$1"), Finding.withoutLineNumbers(s), s);
        }
    }

    /** The key as it was first defined: the parts joined, the message's line numbers out, as UTF-8. */
    private static String reference(String ruleId, Location at, String section, String option, String message)
            throws Exception {
        String key = ruleId + "\n" + at.path() + "\n" + section + "\n" + option + "\n"
                + LINE_REFERENCE.matcher(message).replaceAll("$1");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    @Test
    void theFingerprintIsTheDigestOfTheKeyAsUtf8WhateverTheCharacters() throws Exception {
        Random random = new Random(11);
        // ASCII, two- and three-byte characters, a pair, lone surrogates of both kinds, line references
        String[] pieces = {"a", " ", ":", "7", ":12", "\u00e9", "\u20ac", "\ud83d\ude00", "\ud83d", "\ude00", "\n", "\u07ff",
            "\u0800", "\uffff"};
        for (int i = 0; i < 5_000; i++) {
            String[] parts = new String[3];
            for (int p = 0; p < parts.length; p++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(12); k > 0; k--) {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
                parts[p] = b.toString();
            }
            Location at = new Location(i % 2 == 0 ? "k8s/db.yaml" : "conf/\u00e9t\u00e9.cnf", 1 + i % 9, 1);
            Finding f = new Finding("rule-" + i % 3, Severity.WARNING, parts[0], at, List.of(), "fix", parts[1], parts[2]);
            assertEquals(reference("rule-" + i % 3, at, parts[1], parts[2], parts[0]), f.fingerprint(),
                    String.join("|", parts));
        }
        // a pair that only meets once a line reference between its halves is taken out, and a very long message
        String split = "x\ud83d:12\ude00";
        Location at = new Location("my.cnf", 3, 1);
        assertEquals(reference("r", at, "", "", split), new Finding("r", Severity.ERROR, split, at, List.of(), "f", "", "")
                .fingerprint());
        String longer = "\u20ac:1 ".repeat(2_000);
        assertEquals(reference("r", at, "s", "o", longer), new Finding("r", Severity.ERROR, longer, at, List.of(), "f", "s",
                "o").fingerprint());
    }
}
