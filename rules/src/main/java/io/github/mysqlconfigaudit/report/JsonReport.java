package io.github.mysqlconfigaudit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.ToolVersion;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.policy.Verdict;
import io.github.mysqlconfigaudit.policy.Weighing;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The machine-readable report: every finding with all its locations, the rules' metadata, the links,
 * the assumed version. Its shape is {@code report.schema.json} beside this class. No timestamps: the
 * same tree gives the same bytes (elapsed time is the one field that varies, under {@code run}).
 */
public final class JsonReport {

    public static final String FILE_NAME = "mysql-config-audit.json";
    public static final String SCHEMA_RESOURCE = "report.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static Path write(AuditResult result, Path outputDirectory) throws IOException {
        Path target = outputDirectory.resolve(FILE_NAME);
        AtomicFiles.write(target, JSON.writeValueAsBytes(toJson(result)));
        return target;
    }

    static ObjectNode toJson(AuditResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", 1);
        root.put("fingerprintScheme", Finding.FINGERPRINT_SCHEME);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", ToolVersion.NAME);
        tool.put("version", ToolVersion.get());
        ObjectNode version = root.putObject("mysqlVersion");
        version.put("id", result.version().id());
        version.put("reason", result.versionReason());

        ObjectNode summary = root.putObject("summary");
        ObjectNode files = summary.putObject("filesScanned");
        result.filesScanned().forEach((kind, n) -> files.put(kind.name(), n));
        ObjectNode counts = summary.putObject("findings");
        Verdict.countBySeverity(result.findings()).forEach((severity, n) -> counts.put(severity.name(), n));
        summary.put("suppressed", result.suppressed().size());
        summary.put("baselined", result.baselined().size());
        summary.put("failed", result.verdict().failed());
        summary.put("failingFindings", result.verdict().failingFindings());
        summary.put("failOnSeverity", result.verdict().threshold().map(Enum::name).orElse("NONE"));

        ArrayNode rules = root.putArray("rules");
        for (RuleDescriptor d : result.rules()) {
            ObjectNode r = rules.addObject();
            r.put("id", d.id());
            r.put("defaultSeverity", d.defaultSeverity().name());
            r.put("title", d.title());
            r.put("rationale", d.rationale());
            r.put("fix", d.fix());
            ObjectNode params = r.putObject("parameters");
            d.params().forEach(p -> params.put(p.name(), p.defaultValue()));
        }
        ArrayNode links = root.putArray("links");
        result.links().forEach(l -> {
            ObjectNode link = links.addObject();
            link.put("route", l.route());
            link.set("routeLocation", location(l.routeLocation()));
            link.put("mysqlConfig", l.mysqlConfig().orElse(null));
            link.put("reason", l.reason());
        });
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(f -> findings.add(finding(f, result.baselined().contains(f.fingerprint()))));
        ArrayNode suppressed = root.putArray("suppressed");
        for (Weighing.Suppressed s : result.suppressed()) {
            ObjectNode n = finding(s.finding(), false);
            n.put("suppressionKind", s.kind());
            n.put("justification", s.justification());
            n.set("suppressedAt", location(s.where()));
            suppressed.add(n);
        }
        ArrayNode fixed = root.putArray("baselineFixed");
        result.baselineFixed().forEach(e -> fixed.add(JSON.valueToTree(e)));
        root.putObject("run").put("elapsedMillis", result.elapsedMillis());
        return root;
    }

    private static ObjectNode finding(Finding f, boolean baselined) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ruleId", f.ruleId());
        n.put("severity", f.severity().name());
        n.put("message", f.message());
        n.put("fix", f.fix());
        n.set("location", location(f.location()));
        ArrayNode related = n.putArray("related");
        f.related().forEach(r -> {
            ObjectNode rel = location(r.location());
            rel.put("message", r.message());
            related.add(rel);
        });
        n.put("section", f.section());
        n.put("option", f.option());
        n.put("fingerprint", f.fingerprint());
        n.put("baselined", baselined);
        return n;
    }

    private static ObjectNode location(Location l) {
        ObjectNode n = JSON.createObjectNode();
        n.put("path", l.path());
        n.put("line", l.line());
        n.put("column", l.column());
        return n;
    }
}
