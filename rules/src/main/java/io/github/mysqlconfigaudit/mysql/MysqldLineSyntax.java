package io.github.mysqlconfigaudit.mysql;

/**
 * The character-level rules of mysqld's option-file reader (mysys my_default: remove_end_comment and
 * the value copy loop), which no generic INI library knows.
 */
final class MysqldLineSyntax {

    private MysqldLineSyntax() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
    }

    static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * Cuts a {@code #} comment that stands outside quotes. A {@code ;} after text is not a comment, and
     * a backslash protects a quote only inside quotes, exactly as mysqld does.
     */
    static String removeEndComment(String line) {
        char quote = 0;
        boolean escape = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '\'' || c == '"') && !escape) {
                if (quote == 0) {
                    quote = c;
                } else if (quote == c) {
                    quote = 0;
                }
            }
            if (quote == 0 && c == '#') {
                return line.substring(0, i);
            }
            escape = quote != 0 && c == '\\' && !escape;
        }
        return line;
    }

    /**
     * A value as mysqld stores it: surrounding whitespace dropped, one pair of matching outer quotes
     * removed, and the escapes {@code \n \t \r \b \s \" \' \\} replaced; any other backslash is kept
     * (so Windows paths survive).
     */
    static String value(String raw) {
        String v = stripTrailing(stripLeading(raw));
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1);
        }
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i != v.length() - 1) {
                char next = v.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 's' -> out.append(' ');
                    case '"' -> out.append('"');
                    case '\'' -> out.append('\'');
                    case '\\' -> out.append('\\');
                    default -> out.append('\\').append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
