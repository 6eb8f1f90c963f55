package io.github.mysqlconfigaudit.model;

/**
 * A plain decimal number as settings write it (a port, a timeout, an index): what {@code \d{1,max}} matches,
 * checked without compiling or running a regular expression for each value.
 */
public final class Digits {

    private Digits() {
    }

    /** True when {@code s} is one to {@code max} ASCII digits and nothing else, so it parses without overflow. */
    public static boolean upTo(String s, int max) {
        int n = s.length();
        if (n == 0 || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
