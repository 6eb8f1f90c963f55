package io.github.mysqlconfigaudit.haproxy;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one HAProxy config line into words as haproxy 2.x does: blanks separate words, {@code #} starts a
 * comment outside quotes, a backslash escapes the next character, double quotes group words (escapes
 * still apply), single quotes group words literally. There is no line continuation: a trailing
 * backslash is an error (haproxy: "unexpected character '\'").
 */
final class HaproxyTokenizer {

    private HaproxyTokenizer() {
    }

    /** The words, or the error haproxy would give. */
    record Result(List<Word> words, String error) {
    }

    static Result split(String line) {
        List<Word> words = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == 0 && (c == ' ' || c == '\t' || c == '\r')) {
                if (current != null) {
                    words.add(new Word(current.toString(), start + 1));
                    current = null;
                }
                continue;
            }
            if (quote == 0 && c == '#') {
                break;
            }
            if (current == null) {
                current = new StringBuilder();
                start = i;
            }
            if (quote != '\'' && c == '\\') {
                if (i + 1 >= line.length() || line.charAt(i + 1) == '\r') {
                    return new Result(words, "a backslash ends the line: haproxy has no line continuation "
                            + "(it reports \"unexpected character '\\'\")");
                }
                current.append(line.charAt(++i));
                continue;
            }
            if (c == '"' || c == '\'') {
                if (quote == 0) {
                    quote = c;
                    continue;
                }
                if (quote == c) {
                    quote = 0;
                    continue;
                }
            }
            current.append(c);
        }
        if (quote != 0) {
            return new Result(words, "unterminated " + (quote == '"' ? "double" : "single") + " quote");
        }
        if (current != null) {
            words.add(new Word(current.toString(), start + 1));
        }
        return new Result(words, null);
    }
}
