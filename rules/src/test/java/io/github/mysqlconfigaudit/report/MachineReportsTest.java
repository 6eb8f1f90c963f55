package io.github.mysqlconfigaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.mysqlconfigaudit.Audit;
import io.github.mysqlconfigaudit.AuditOptions;
import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.TestTrees;
import io.github.mysqlconfigaudit.policy.Policy;
import io.github.mysqlconfigaudit.rule.Severity;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The JSON, JUnit and SARIF reports against their schemas, and what they say. */
class MachineReportsTest {

    @TempDir
    Path root;

    private AuditResult auditWithEverything() {
        TestTrees.write(root, "db/my.cnf", "[mysqld]\nmax_allowed_packet = 1.5M\nwait_timeout = 100000\n"
                + "connect_timeout = 3   # mysql-config-audit:ignore connect-timeout-range lab only\n");
        TestTrees.write(root, "haproxy.cfg", "defaults\n  timeout client 300s\n  timeout server 300s\n  timeout connect 5s\n"
                + "listen mysql\n  server db1 10.0.0.1:3306\n");
        return Audit.of(root, AuditOptions.defaults().withPolicy(Policy.failingOn(Optional.of(Severity.ERROR)))).run();
    }

    @Test
    void jsonReportMatchesItsSchemaAndCarriesEverything() throws Exception {
        AuditResult result = auditWithEverything();
        String json = Files.readString(JsonReport.write(result, root.resolve("out")));
        Schema schema;
        try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        assertEquals(java.util.List.of(), schema.validate(json, InputFormat.JSON));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("8.4", root.at("/mysqlVersion/id").asText());
        assertEquals(2, root.at("/summary/findings/ERROR").asInt());
        assertEquals(1, root.at("/summary/suppressed").asInt());
        assertEquals("haproxy.cfg#mysql", root.at("/links/0/route").asText());
        assertEquals("db/my.cnf", root.at("/links/0/mysqlConfig").asText());
        JsonNode headline = null;
        for (JsonNode f : root.get("findings")) {
            if (f.get("ruleId").asText().equals("proxy-idle-timeout-below-wait-timeout")) {
                headline = f;
            }
        }
        assertTrue(headline != null && headline.get("related").size() >= 2, String.valueOf(headline));
        assertEquals("lab only", root.at("/suppressed/0/justification").asText());
    }

    @Test
    void jsonSchemaRejectsAReportWithoutFindings() throws Exception {
        Schema schema;
        try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        String json = Files.readString(JsonReport.write(auditWithEverything(), root.resolve("out")));
        assertTrue(!schema.validate(json.replace("\"findings\" : [", "\"findingz\" : ["), InputFormat.JSON).isEmpty());
    }

    @Test
    void junitReportIsCommonJunitXmlWithOneCasePerRuleAndFile() throws Exception {
        AuditResult result = auditWithEverything();
        Path file = JunitReport.write(result, root.resolve("out"));
        assertEquals("TEST-mysql-config-audit.xml", file.getFileName().toString());
        validator().validate(new StreamSource(file.toFile()));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = doc.getDocumentElement();
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(String.valueOf(cases.getLength()), suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"), "the two ERROR findings, each its own rule and file");
        assertEquals(result.rules().size(), cases.getLength(),
                "here every rule's findings stand in one file, so there is one case per rule");
        boolean sawWarningAsOutput = false;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("classname").equals("mysql-config-audit.wait-timeout-range")) {
                assertEquals("db/my.cnf", c.getAttribute("name"));
                assertEquals(0, c.getElementsByTagName("failure").getLength(), "a warning below the threshold passes");
                sawWarningAsOutput = c.getElementsByTagName("system-out").getLength() == 1;
            }
        }
        assertTrue(sawWarningAsOutput);
    }

    @Test
    void junitSchemaCheckCatchesABrokenReport() throws Exception {
        String broken = "<testsuite name=\"x\" tests=\"1\"><testcase name=\"a\"/></testsuite>";
        assertThrows(SAXException.class, () -> validator().validate(new StreamSource(new StringReader(broken))));
    }

    @Test
    void sarifCarriesFingerprintsSuppressionsAndBaselineState() throws Exception {
        JsonNode run = new ObjectMapper().readTree(Files.readString(SarifReport.write(auditWithEverything(),
                root.resolve("out")))).at("/runs/0");
        JsonNode suppressed = null;
        for (JsonNode r : run.get("results")) {
            assertEquals(32, r.at("/partialFingerprints/mysqlConfigAudit~1v2").asText().length());
            if (r.has("suppressions")) {
                suppressed = r;
            }
        }
        assertTrue(suppressed != null);
        assertEquals("inSource", suppressed.at("/suppressions/0/kind").asText());
        assertEquals("lab only", suppressed.at("/suppressions/0/justification").asText());
    }

    private static Validator validator() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(MachineReportsTest.class.getResource("/schema/junit-common.xsd")).newValidator();
    }
}
