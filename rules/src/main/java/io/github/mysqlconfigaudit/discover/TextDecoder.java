package io.github.mysqlconfigaudit.discover;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns file bytes into text the way a config file is meant to be read: UTF-8 with or without a byte
 * order mark, UTF-16 with one, and anything that is not valid UTF-8 as Latin-1. Files holding NUL bytes
 * (outside UTF-16) are binary and have no text.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static Optional<String> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8OrLatin1(bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        boolean ascii = true;
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty();
            }
            ascii &= b > 0;
        }
        // plain ASCII (most config files) reads the same in every one of these encodings: no decoder needed
        return ascii ? Optional.of(new String(bytes, StandardCharsets.ISO_8859_1)) : utf8OrLatin1(bytes, 0);
    }

    private static Optional<String> utf8OrLatin1(byte[] bytes, int offset) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.of(new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
