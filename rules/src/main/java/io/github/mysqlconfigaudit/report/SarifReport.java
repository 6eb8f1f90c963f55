package io.github.mysqlconfigaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.ToolVersion;
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
        Map<String, Integer> ruleIndex = new HashMap<>();
        ObjectNode tool = JSON.createObjectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", ToolVersion.NAME);
        driver.put("semanticVersion", ToolVersion.get().replace("-SNAPSHOT", ""));
        driver.put("version", ToolVersion.get());
        ArrayNode rules = driver.putArray("rules");
        for (RuleDescriptor d : result.rules()) {
            ruleIndex.put(d.id(), ruleIndex.size());
            rules.add(rule(d));
        }
        ObjectNode props = JSON.createObjectNode();
        props.put("mysqlVersion", result.version().id());
        props.put("mysqlVersionReason", result.versionReason());
        ArrayNode links = props.putArray("links");
        result.links().forEach(l -> {
            ObjectNode link = links.addObject();
            link.put("route", l.route().id());
            link.put("routeLocation", l.route().frontend().location().toString());
            l.server().ifPresent(s -> link.put("mysqlConfig", s.configPath()));
            link.put("reason", l.reason());
        });
        if (!result.baselineFixed().isEmpty()) {
            ArrayNode fixed = props.putArray("baselineFixed");
            result.baselineFixed().forEach(e -> fixed.add(e.fingerprint()));
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
            g.writeFieldName("properties");
            JSON.writeTree(g, props);
            g.writeArrayFieldStart("results");
            for (Finding f : result.findings()) {
                ObjectNode r = result(f, ruleIndex);
                if (baseline) {
                    r.put("baselineState", result.baselined().contains(f.fingerprint()) ? "unchanged" : "new");
                }
                JSON.writeTree(g, r);
            }
            for (Weighing.Suppressed s : result.suppressed()) {
                ObjectNode r = result(s.finding(), ruleIndex);
                ObjectNode suppression = r.putArray("suppressions").addObject();
                suppression.put("kind", s.kind());
                suppression.put("justification", s.justification());
                suppression.putObject("location").set("physicalLocation", physical(s.where()));
                JSON.writeTree(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static ObjectNode rule(RuleDescriptor d) {
        ObjectNode rule = JSON.createObjectNode();
        rule.put("id", d.id());
        rule.put("name", pascalCase(d.id()));
        rule.putObject("shortDescription").put("text", d.title());
        rule.putObject("fullDescription").put("text", d.rationale());
        rule.putObject("help").put("text", d.fix());
        rule.putObject("defaultConfiguration").put("level", d.defaultSeverity().sarifLevel());
        if (!d.params().isEmpty()) {
            ObjectNode params = rule.putObject("properties").putObject("parameters");
            d.params().forEach(p -> params.put(p.name(), p.defaultValue()));
        }
        return rule;
    }

    private static ObjectNode result(Finding f, Map<String, Integer> ruleIndex) {
        ObjectNode r = JSON.createObjectNode();
        r.put("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            r.put("ruleIndex", index);
        }
        r.put("level", f.severity().sarifLevel());
        r.putObject("message").put("text", f.message() + " Fix: " + f.fix());
        r.putArray("locations").addObject().set("physicalLocation", physical(f.location()));
        List<Finding.Related> related = f.related();
        if (!related.isEmpty()) {
            ArrayNode rel = r.putArray("relatedLocations");
            for (int i = 0; i < related.size(); i++) {
                ObjectNode loc = rel.addObject();
                loc.put("id", i + 1);
                loc.set("physicalLocation", physical(related.get(i).location()));
                loc.putObject("message").put("text", related.get(i).message());
            }
        }
        r.putObject("partialFingerprints").put("mysqlConfigAudit/v1", f.fingerprint());
        ObjectNode props = r.putObject("properties");
        props.put("fix", f.fix());
        if (!f.section().isEmpty()) {
            props.put("section", f.section());
        }
        if (!f.option().isEmpty()) {
            props.put("option", f.option());
        }
        return r;
    }

    private static ObjectNode physical(Location location) {
        ObjectNode physical = JSON.createObjectNode();
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(location.path()));
        artifact.put("uriBaseId", SRCROOT);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", location.line());
        region.put("startColumn", location.column());
        return physical;
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
