package io.github.mysqlconfigaudit.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsTest {

    @TempDir
    Path root;

    private SourceTree.TextRead read(String content, Limits limits) throws Exception {
        Path file = Files.writeString(root.resolve("f.cnf"), content);
        return new SourceTree(root).readText(file, limits);
    }

    private static Limits lines(int n) {
        Limits d = Limits.defaults();
        return new Limits(d.maxFileBytes(), n, d.maxIncludeDepth(), d.maxIncludedFiles(), d.yamlMaxAliases(),
                d.yamlMaxDepth());
    }

    private static Limits bytes(long n) {
        Limits d = Limits.defaults();
        return new Limits(n, d.maxLinesPerFile(), d.maxIncludeDepth(), d.maxIncludedFiles(), d.yamlMaxAliases(),
                d.yamlMaxDepth());
    }

    @Test
    void aFileOfExactlyTheLineLimitIsReadOneMoreIsSkipped() throws Exception {
        assertTrue(read("a\nb\nc\n", lines(3)).ok());
        assertTrue(read("a\nb\nc", lines(3)).ok());
        SourceTree.TextRead over = read("a\nb\nc\nd", lines(3));
        assertFalse(over.ok());
        assertEquals("it has more than 3 lines", over.skipReason());
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsReadOneByteMoreIsSkipped() throws Exception {
        assertTrue(read("1234567890", bytes(10)).ok());
        SourceTree.TextRead over = read("12345678901", bytes(10));
        assertEquals("it is larger than 10 bytes", over.skipReason());
    }

    @Test
    void nonsenseLimitsAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lines(0));
        assertEquals("maxLinesPerFile must be at least 1, not 0", e.getMessage());
    }

    @Test
    void yamlLimitsReachSnakeyaml() {
        Limits d = Limits.defaults();
        Limits l = new Limits(4096, 10, 1, 1, 7, 9);
        assertEquals(7, l.yaml().getMaxAliasesForCollections());
        assertEquals(9, l.yaml().getNestingDepthLimit());
        assertEquals(4096, l.yaml().getCodePointLimit());
        assertEquals(10L * 1024 * 1024, d.yaml().getCodePointLimit());
    }
}
