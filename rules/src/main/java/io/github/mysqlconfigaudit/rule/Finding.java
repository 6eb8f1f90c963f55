package io.github.mysqlconfigaudit.rule;

import io.github.mysqlconfigaudit.model.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

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

    /** One digest per thread: getInstance costs more than hashing a finding (rules run in parallel). */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    private static final Pattern LINE_REFERENCE = Pattern.compile("(\\S):\\d+(?::\\d+)?");

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
        String key = ruleId + "\n" + location.path() + "\n" + section + "\n" + option + "\n"
                + LINE_REFERENCE.matcher(message).replaceAll("$1");
        MessageDigest sha256 = SHA256.get();
        sha256.reset();
        return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
