package io.github.mysqlconfigaudit.rule;

import io.github.mysqlconfigaudit.model.Location;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * What a rule found: the rule, how bad, a message naming the clashing effective values and where each
 * came from, the line to change, the other places involved, and the concrete fix. {@code section} and
 * {@code option} name what the finding is about ({@code mysqld} / {@code wait_timeout}, {@code listen
 * mysql} / {@code timeout client}; empty when nothing narrower than the file applies) so waivers and
 * baselines can name it without line numbers.
 */
public record Finding(String ruleId, Severity severity, String message, Location location, List<Related> related,
                      String fix, String section, String option, String fingerprint) implements Comparable<Finding> {

    /** Another place involved in a finding (the other side of a clash). */
    public record Related(Location location, String message) {
    }

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
        section = section == null ? "" : section;
        option = option == null ? "" : option;
    }

    /** A finding with its fingerprint computed once, here. */
    public Finding(String ruleId, Severity severity, String message, Location location, List<Related> related,
                   String fix, String section, String option) {
        this(ruleId, severity, message, location, related, fix, section, option,
                fingerprintOf(ruleId, location, section == null ? "" : section, option == null ? "" : option, message));
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, location, related, fix, section, option, fingerprint);
    }

    /**
     * A key that survives unrelated edits: rule, file, section, option and the message with every line
     * number taken out (the message names the values, so a changed value is a new finding).
     */
    private static String fingerprintOf(String ruleId, Location location, String section, String option, String message) {
        FingerprintKey key = FingerprintKey.start().append(ruleId).append("\n").append(location.path()).append("\n")
                .append(section).append("\n").append(option).append("\n");
        keptParts(message, (from, to) -> key.append(message, from, to));
        return HexFormat.of().formatHex(key.digest(), 0, 16);
    }

    /** The message with every line reference taken out (see {@link #keptParts}). */
    static String withoutLineNumbers(String message) {
        StringBuilder out = new StringBuilder(message.length());
        keptParts(message, (from, to) -> out.append(message, from, to));
        return out.toString();
    }

    /** A part {@code [from, to)} of a message. */
    private interface Part {
        void of(int from, int to);
    }

    /**
     * The parts of the message that stay when every {@code :line} and {@code :line:column} after a non-blank
     * character is taken out, in order (what {@code (\\S):\\d+(?::\\d+)?} replaced by {@code $1} leaves, without a
     * regex: findings are many).
     */
    private static void keptParts(String message, Part kept) {
        int n = message.length();
        int copied = 0;
        for (int i = 1; i < n; i++) {
            // the character before the colon must be free (not the end of the previous match) and not blank
            if (message.charAt(i) != ':' || i - 1 < copied || blank(message.charAt(i - 1)) || !digit(message, i + 1)) {
                continue;
            }
            int end = i + 1;
            while (digit(message, end)) {
                end++;
            }
            if (end < n && message.charAt(end) == ':' && digit(message, end + 1)) {
                end++;
                while (digit(message, end)) {
                    end++;
                }
            }
            kept.of(copied, i);
            copied = end;
            i = end - 1;
        }
        kept.of(copied, n);
    }

    /** What the regex {@code \\s} matches. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean digit(String s, int at) {
        return at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9';
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
