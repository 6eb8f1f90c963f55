package io.github.mysqlconfigaudit.report;

import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins and GitLab read it: one test suite, one test case per (rule, file) with findings
 * (failed when any finding there is at or above the fail threshold and not in the baseline), and one
 * passing test case per rule that found nothing.
 */
public final class JunitReport {

    public static final String FILE_NAME = "TEST-mysql-config-audit.xml";

    private JunitReport() {
    }

    public static Path write(AuditResult result, Path outputDirectory) throws IOException {
        Path target = outputDirectory.resolve(FILE_NAME);
        AtomicFiles.write(target, toXml(result));
        return target;
    }

    private record Case(String rule, String file, List<Finding> findings, boolean failed) {
    }

    static byte[] toXml(AuditResult result) {
        List<Case> cases = cases(result);
        long failures = cases.stream().filter(Case::failed).count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "mysql-config-audit");
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            for (Case c : cases) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "mysql-config-audit." + c.rule());
                xml.writeAttribute("name", c.file());
                xml.writeAttribute("time", "0");
                if (c.failed()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", c.rule());
                    xml.writeAttribute("message", c.findings().get(0).message());
                    xml.writeCharacters(details(c.findings()));
                    xml.writeEndElement();
                } else if (!c.findings().isEmpty()) {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(details(c.findings()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static List<Case> cases(AuditResult result) {
        Map<String, Map<String, List<Finding>>> byRuleAndFile = new TreeMap<>();
        for (Finding f : result.findings()) {
            byRuleAndFile.computeIfAbsent(f.ruleId(), k -> new TreeMap<>())
                    .computeIfAbsent(f.location().path(), k -> new ArrayList<>()).add(f);
        }
        List<Case> cases = new ArrayList<>();
        for (RuleDescriptor d : result.rules()) {
            Map<String, List<Finding>> files = byRuleAndFile.remove(d.id());
            if (files == null) {
                cases.add(new Case(d.id(), "(all files)", List.of(), false));
                continue;
            }
            files.forEach((file, findings) -> cases.add(new Case(d.id(), file, findings, findings.stream()
                    .anyMatch(f -> failing(result, f)))));
        }
        return cases;
    }

    private static boolean failing(AuditResult result, Finding f) {
        return !result.baselined().contains(f.fingerprint())
                && result.verdict().threshold().map(t -> f.severity().atLeast(t)).orElse(false);
    }

    private static String details(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(f.location()).append(": ").append(f.severity()).append(' ').append(f.message())
                    .append("\n    fix: ").append(f.fix()).append('\n');
        }
        return out.toString();
    }
}
