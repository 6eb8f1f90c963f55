package io.github.mysqlconfigaudit.discover;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code mysql-config-audit:ignore RULE-ID reason} comments in a config file's text. A comment that
 * ends a line applies to that line; one on a line of its own applies to the next line with content.
 */
public final class SuppressionComments {

    public static final String MARKER = "mysql-config-audit:ignore";
    private static final Pattern MARK = Pattern.compile("mysql-config-audit:ignore(?:[ \\t]+(\\S+))?(?:[ \\t]+(.*?))?[ \\t\\r]*$");

    private SuppressionComments() {
    }

    /**
     * @param commentStarts the characters that open a comment on a line of its own ({@code #;} for option
     *                      files, {@code #} for HAProxy and YAML); a comment after content always starts
     *                      with {@code #}
     */
    public static List<Suppression> scan(String path, String text, String commentStarts) {
        if (!text.contains(MARKER)) {
            return List.of();
        }
        List<Suppression> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int at = line.indexOf(MARKER);
            if (at < 0) {
                continue;
            }
            String before = line.substring(0, at).stripTrailing();
            if (before.isEmpty() || commentStarts.indexOf(before.charAt(before.length() - 1)) < 0) {
                continue; // the marker is not inside a comment
            }
            String content = before.substring(0, before.length() - 1).strip();
            boolean ownLine = content.isEmpty();
            Matcher m = MARK.matcher(line.substring(at));
            if (!m.find()) {
                continue;
            }
            int target = ownLine ? nextContentLine(lines, i, commentStarts) : i + 1;
            Location comment = new Location(path, i + 1, at + 1);
            found.add(new Suppression(m.group(1) == null ? "" : m.group(1), m.group(2) == null ? "" : m.group(2).strip(),
                    comment, new Location(path, target, 1)));
        }
        return found;
    }

    /** The 1-based number of the next line that is neither blank nor a comment, or the comment's own line. */
    private static int nextContentLine(String[] lines, int from, String commentStarts) {
        for (int j = from + 1; j < lines.length; j++) {
            String t = lines[j].strip();
            if (!t.isEmpty() && commentStarts.indexOf(t.charAt(0)) < 0) {
                return j + 1;
            }
        }
        return from + 1;
    }
}
