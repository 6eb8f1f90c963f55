package io.github.mysqlconfigaudit.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mysqlconfigaudit.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings accepted as they are today, by fingerprint (rule, file, section, option and the values that clash, not
 * the line or the message's words), so that only new findings fail the build and fixed ones can be dropped from the
 * file. The file names its fingerprint scheme ({@link Finding#FINGERPRINT_SCHEME}).
 */
public record Baseline(List<Entry> entries) {

    public static final String FILE_NAME = "mysql-config-audit-baseline.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One accepted finding. */
    public record Entry(String fingerprint, String ruleId, String path, String section, String option, String message) {
    }

    public Baseline {
        entries = List.copyOf(entries);
    }

    public static Baseline of(List<Finding> findings) {
        return new Baseline(findings.stream()
                .map(f -> new Entry(f.fingerprint(), f.ruleId(), f.location().path(), f.section(), f.option(), f.message()))
                .sorted(Comparator.comparing(Entry::path).thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint))
                .toList());
    }

    public Set<String> fingerprints() {
        return entries.stream().map(Entry::fingerprint).collect(Collectors.toSet());
    }

    /**
     * Reads a baseline. One written under another fingerprint scheme (an older release) is refused with a message
     * that says how to rewrite it: its fingerprints would match nothing, and every finding would look new.
     */
    public static Baseline read(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(file));
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new IOException(file + " is not a mysql-config-audit baseline (no findings list)");
        }
        String scheme = root.hasNonNull("fingerprintScheme") ? root.get("fingerprintScheme").asText()
                : "mysqlConfigAudit/v1";
        if (!scheme.equals(Finding.FINGERPRINT_SCHEME)) {
            throw new IOException(file + " was written with the fingerprint scheme " + scheme
                    + " and this release uses " + Finding.FINGERPRINT_SCHEME + ", so none of its " + findings.size()
                    + " entries would match: review the findings and rewrite it with "
                    + "-Dmysql-config-audit.writeBaseline=true");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode n : findings) {
            if (!n.hasNonNull("fingerprint")) {
                throw new IOException(file + ": a baseline entry without a fingerprint");
            }
            entries.add(new Entry(n.get("fingerprint").asText(), text(n, "ruleId"), text(n, "path"), text(n, "section"),
                    text(n, "option"), text(n, "message")));
        }
        return new Baseline(entries);
    }

    public byte[] toJson() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", "mysql-config-audit");
        root.put("formatVersion", 2);
        root.put("fingerprintScheme", Finding.FINGERPRINT_SCHEME);
        ArrayNode list = root.putArray("findings");
        entries.forEach(e -> list.add(JSON.valueToTree(e)));
        return JSON.writeValueAsBytes(root);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : "";
    }
}
