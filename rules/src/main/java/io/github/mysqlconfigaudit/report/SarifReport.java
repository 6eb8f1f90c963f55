package io.github.mysqlconfigaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.ToolVersion;
import io.github.mysqlconfigaudit.model.LinkSummary;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.policy.Weighing;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SARIF 2.1.0, as GitHub code scanning and IDEs read it. */
public final class SarifReport {

    public static final String FILE_NAME = "mysql-config-audit.sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String SRCROOT = "%SRCROOT%";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {
    }

    public static Path write(AuditResult result, Path outputDirectory) throws IOException {
        Path target = outputDirectory.resolve(FILE_NAME);
        AtomicFiles.write(target, out -> stream(result, out));
        return target;
    }

    /**
     * Writes the log: the run's header as a small tree, then each result built and written on its own, so
     * a report of a hundred thousand findings never stands in memory whole.
     */
    private static void stream(AuditResult result, OutputStream out) throws IOException {
        stream(result, out, ToolVersion.rulesReferenceUrl());
    }

    /** The log, with each rule's {@code helpUri} at its anchor in {@code rulesReference} when there is one. */
    static void stream(AuditResult result, OutputStream out, Optional<String> rulesReference) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        ObjectNode tool = JSON.createObjectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", ToolVersion.NAME);
        driver.put("semanticVersion", ToolVersion.get().replace("-SNAPSHOT", ""));
        driver.put("version", ToolVersion.get());
        ArrayNode rules = driver.putArray("rules");
        for (RuleDescriptor d : result.rules()) {
            ruleIndex.put(d.id(), ruleIndex.size());
            rules.add(rule(d, rulesReference));
        }
        boolean baseline = !result.baselined().isEmpty() || !result.baselineFixed().isEmpty();

        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeFieldName("tool");
            JSON.writeTree(g, tool);
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(SRCROOT);
            g.writeStringField("uri", result.root().toUri().toString());
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("columnKind", "utf16CodeUnits");
            writeProperties(g, result);
            g.writeArrayFieldStart("results");
            Map<String, String> uris = new HashMap<>();
            for (Finding f : result.findings()) {
                writeResult(g, f, ruleIndex, uris, baseline
                        ? (result.baselined().contains(f.fingerprint()) ? "unchanged" : "new") : null, null);
            }
            for (Weighing.Suppressed s : result.suppressed()) {
                writeResult(g, s.finding(), ruleIndex, uris, null, s);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The run's properties: the version assumed, and every link (streamed: a monorepo has one per route and server). */
    private static void writeProperties(JsonGenerator g, AuditResult result) throws IOException {
        g.writeObjectFieldStart("properties");
        g.writeStringField("mysqlVersion", result.version().id());
        g.writeStringField("mysqlVersionReason", result.versionReason());
        g.writeArrayFieldStart("links");
        for (LinkSummary l : result.links()) {
            g.writeStartObject();
            g.writeStringField("route", l.route());
            g.writeStringField("routeLocation", l.routeLocation().toString());
            if (l.mysqlConfig().isPresent()) {
                g.writeStringField("mysqlConfig", l.mysqlConfig().get());
            }
            g.writeStringField("reason", l.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!result.baselineFixed().isEmpty()) {
            g.writeArrayFieldStart("baselineFixed");
            for (var e : result.baselineFixed()) {
                g.writeString(e.fingerprint());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * A rule as code scanning shows it beside an alert: its title, why it matters, and as help the rationale, the fix
     * and the example (plain and markdown), with {@code helpUri} at the rule's entry in RULES.md when that is known.
     */
    private static ObjectNode rule(RuleDescriptor d, Optional<String> rulesReference) {
        ObjectNode rule = JSON.createObjectNode();
        rule.put("id", d.id());
        rule.put("name", pascalCase(d.id()));
        rule.putObject("shortDescription").put("text", d.title());
        rule.putObject("fullDescription").put("text", d.rationale());
        ObjectNode help = rule.putObject("help");
        help.put("text", "Why: " + d.rationale() + "\n\nFix: " + d.fix() + "\n\nExample:\n" + d.example());
        help.put("markdown", "**Why:** " + d.rationale() + "\n\n**Fix:** " + d.fix() + "\n\n**Example:**\n\n```\n"
                + d.example() + "\n```");
        rulesReference.ifPresent(url -> rule.put("helpUri", url + "#" + d.id()));
        rule.putObject("defaultConfiguration").put("level", d.defaultSeverity().sarifLevel());
        if (!d.params().isEmpty()) {
            ObjectNode params = rule.putObject("properties").putObject("parameters");
            d.params().forEach(p -> params.put(p.name(), p.defaultValue()));
        }
        return rule;
    }

    /**
     * One result, written field by field as it is built (no tree per result: the largest reports hold hundreds of
     * thousands of them).
     */
    private static void writeResult(JsonGenerator g, Finding f, Map<String, Integer> ruleIndex, Map<String, String> uris,
                                    String baselineState, Weighing.Suppressed suppressed) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", f.severity().sarifLevel());
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message() + " Fix: " + f.fix());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        writePhysical(g, f.location(), uris);
        g.writeEndObject();
        g.writeEndArray();
        List<Finding.Related> related = f.related();
        if (!related.isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            for (int i = 0; i < related.size(); i++) {
                g.writeStartObject();
                g.writeNumberField("id", i + 1);
                writePhysical(g, related.get(i).location(), uris);
                g.writeObjectFieldStart("message");
                g.writeStringField("text", related.get(i).message());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(Finding.FINGERPRINT_SCHEME, f.fingerprint());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("fix", f.fix());
        if (!f.section().isEmpty()) {
            g.writeStringField("section", f.section());
        }
        if (!f.option().isEmpty()) {
            g.writeStringField("option", f.option());
        }
        g.writeEndObject();
        if (baselineState != null) {
            g.writeStringField("baselineState", baselineState);
        }
        if (suppressed != null) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", suppressed.kind());
            g.writeStringField("justification", suppressed.justification());
            g.writeObjectFieldStart("location");
            writePhysical(g, suppressed.where(), uris);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** {@code "physicalLocation": {artifactLocation, region}}. */
    private static void writePhysical(JsonGenerator g, Location location, Map<String, String> uris) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uris.computeIfAbsent(location.path(), SarifReport::uri));
        g.writeStringField("uriBaseId", SRCROOT);
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", location.line());
        g.writeNumberField("startColumn", location.column());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A relative path as a relative URI reference, percent-encoded where needed. */
    static String uri(String relativePath) {
        try {
            return new URI(null, null, relativePath, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + relativePath, e);
        }
    }

    static String pascalCase(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
