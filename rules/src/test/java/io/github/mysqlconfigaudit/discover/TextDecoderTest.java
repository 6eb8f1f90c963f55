package io.github.mysqlconfigaudit.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static String decode(byte[] bytes) {
        return TextDecoder.decode(bytes).orElseThrow();
    }

    @Test
    void asciiUtf8AndLatin1ReadAsMeant() {
        assertEquals("[mysqld]\nport=3306\n", decode("[mysqld]\nport=3306\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("# café ✓\n", decode("# café ✓\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("# café\n", decode("# café\n".getBytes(StandardCharsets.ISO_8859_1))); // not UTF-8: Latin-1
        assertEquals("", decode(new byte[0]));
    }

    @Test
    void byteOrderMarksChooseTheEncoding() {
        byte[] utf8 = "x=1 é".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertEquals("x=1 é", decode(withBom));
        byte[] utf16 = "x=1".getBytes(StandardCharsets.UTF_16); // big-endian with its mark
        assertEquals("x=1", decode(utf16));
    }

    @Test
    void aNulByteMeansBinary() {
        assertTrue(TextDecoder.decode(new byte[] {'a', 0, 'b'}).isEmpty());
        assertEquals(Optional.of("a\u007fb"), TextDecoder.decode(new byte[] {'a', 0x7f, 'b'}));
    }
}
