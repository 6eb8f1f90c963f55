package io.github.mysqlconfigaudit.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Globs without wildcards are matched without their regex: the answer must be the regex's, always. */
class PathGlobTest {

    @Test
    void literalGlobsMatchAsTheirRegexDoes() {
        String[] globs = {"target/", "/target/", ".git/", "node_modules/", "a/b", "/a/b", "a/b/", "my.cnf", "/my.cnf",
            "a", "a.a/", "conf,d/"};
        Random random = new Random(11);
        String alphabet = "ab/.t,\n";
        for (String text : globs) {
            PathGlob glob = PathGlob.of(text);
            for (String path : new String[] {"", "a", "a/b", "x/a/b", "xa/b", "a/bx", "a/b/c", "target", "x/target/y",
                "xtarget/y", "my.cnf", "d/my.cnf", "d/my.cnfx", "a\n/b", "a/a/a/b"}) {
                assertEquals(glob.matchesByRegex(path), glob.matches(path), text + " on " + path);
            }
            for (int i = 0; i < 20_000; i++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(12); k > 0; k--) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String path = b.toString();
                assertEquals(glob.matchesByRegex(path), glob.matches(path), text + " on " + path);
            }
        }
    }
}
