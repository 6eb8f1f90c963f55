package io.github.mysqlconfigaudit.rule;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SHA-256 of a finding's key, fed as UTF-8 straight from its parts: the same bytes as
 * {@code String.getBytes(UTF_8)} of the parts joined (an unpaired surrogate is {@code ?}, a pair split across two
 * parts is still one character), without building the key or its bytes (a kilobyte of garbage per finding).
 * One per thread: rules run in parallel.
 */
final class FingerprintKey {

    private static final ThreadLocal<FingerprintKey> PER_THREAD = ThreadLocal.withInitial(FingerprintKey::new);

    private final MessageDigest sha256;
    private final byte[] buffer = new byte[1024];
    private int used;
    /** A high surrogate waiting for the next character, or 0. */
    private char high;

    private FingerprintKey() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** This thread's key, emptied. */
    static FingerprintKey start() {
        FingerprintKey key = PER_THREAD.get();
        key.sha256.reset();
        key.used = 0;
        key.high = 0;
        return key;
    }

    FingerprintKey append(String s) {
        return append(s, 0, s.length());
    }

    FingerprintKey append(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(h, c);
                    room(4);
                    put(0xF0 | cp >> 18);
                    put(0x80 | cp >> 12 & 0x3F);
                    put(0x80 | cp >> 6 & 0x3F);
                    put(0x80 | cp & 0x3F);
                    continue;
                }
                room(1);
                put('?');
            }
            room(3);
            if (c < 0x80) {
                put(c);
            } else if (c < 0x800) {
                put(0xC0 | c >> 6);
                put(0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                put('?');
            } else {
                put(0xE0 | c >> 12);
                put(0x80 | c >> 6 & 0x3F);
                put(0x80 | c & 0x3F);
            }
        }
        return this;
    }

    /** The digest of everything appended. */
    byte[] digest() {
        if (high != 0) {
            high = 0;
            room(1);
            put('?');
        }
        sha256.update(buffer, 0, used);
        used = 0;
        return sha256.digest();
    }

    /** Makes room for {@code n} more bytes, handing the buffer to the digest when full. */
    private void room(int n) {
        if (used + n > buffer.length) {
            sha256.update(buffer, 0, used);
            used = 0;
        }
    }

    private void put(int b) {
        buffer[used++] = (byte) b;
    }
}
