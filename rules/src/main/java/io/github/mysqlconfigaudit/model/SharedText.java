package io.github.mysqlconfigaudit.model;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of the short strings a large tree repeats thousands of times: group names ({@code mysqld}),
 * option names and common values ({@code 28800}, {@code ON}). A 100,000-file tree holds a few hundred
 * distinct ones among about half a million lines, so sharing them keeps the model small (and the
 * collector's work with it). Bounded, so hostile input cannot grow it without end: past the bound, or
 * for long strings, the string itself is kept.
 */
public final class SharedText {

    private static final int MAX_LENGTH = 64;
    private static final int MAX_ENTRIES = 50_000;
    private static final ConcurrentHashMap<String, String> SHARED = new ConcurrentHashMap<>();

    private SharedText() {
    }

    /** The shared copy of {@code s} (equal to it), or {@code s} itself; {@code null} stays {@code null}. */
    public static String of(String s) {
        if (s == null || s.length() > MAX_LENGTH) {
            return s;
        }
        String shared = SHARED.get(s);
        if (shared != null) {
            return shared;
        }
        if (SHARED.size() >= MAX_ENTRIES) {
            return s;
        }
        shared = SHARED.putIfAbsent(s, s);
        return shared == null ? s : shared;
    }
}
