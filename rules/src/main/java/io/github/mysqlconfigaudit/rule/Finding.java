package io.github.mysqlconfigaudit.rule;

import io.github.mysqlconfigaudit.model.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /**
     * The fingerprint scheme: what a baseline and SARIF's {@code partialFingerprints} store. A new scheme gets a new
     * name, and a baseline written under another one is refused with a clear message.
     */
    public static final String FINGERPRINT_SCHEME = "mysqlConfigAudit/v2";

    /** A finding without values of its own beyond its subject. */
    public Finding(String ruleId, Severity severity, String message, Location location, List<Related> related,
                   String fix, String section, String option) {
        this(ruleId, severity, message, location, related, fix, section, option, List.of());
    }

    /**
     * A finding with its fingerprint computed from structured fields: {@code values} are the values that clash
     * (the effective value and the limit it breaks, as the rule compares them), never the message, so rewording a
     * message or moving a line changes no fingerprint, and a changed value is a new finding.
     */
    public Finding(String ruleId, Severity severity, String message, Location location, List<Related> related,
                   String fix, String section, String option, List<String> values) {
        this(ruleId, severity, message, location, related, fix, section, option,
                fingerprintOf(ruleId, location.path(), section == null ? "" : section, option == null ? "" : option,
                        values));
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, location, related, fix, section, option, fingerprint);
    }

    /** The first 16 bytes of the SHA-256 of the scheme, rule, file, section, option and values, one a line. */
    static String fingerprintOf(String ruleId, String path, String section, String option, List<String> values) {
        StringBuilder key = new StringBuilder(FINGERPRINT_SCHEME).append('\n').append(ruleId).append('\n').append(path)
                .append('\n').append(section).append('\n').append(option);
        values.forEach(v -> key.append('\n').append(v));
        try {
            byte[] bytes = key.toString().getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
