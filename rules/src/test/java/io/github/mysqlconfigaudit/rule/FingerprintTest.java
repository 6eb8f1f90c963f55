package io.github.mysqlconfigaudit.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
