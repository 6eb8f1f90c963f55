package io.github.mysqlconfigaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import io.github.mysqlconfigaudit.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RULES.md and README's rule table are generated from the rules' metadata; this test fails when they
 * drift, and rewrites them with {@code -DupdateRulesReference=true}.
 */
class RulesReferenceTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final String START = "<!-- rules:start -->\n";
    private static final String END = "<!-- rules:end -->";
    private static final boolean UPDATE = Boolean.getBoolean("updateRulesReference");

    private final List<RuleDescriptor> rules = RuleRegistry.load().descriptors();

    @Test
    void rulesMdIsGeneratedFromTheMetadata() throws Exception {
        Path file = PROJECT.resolve("RULES.md");
        String expected = RulesReference.page(rules);
        if (UPDATE) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(file), "RULES.md is stale; regenerate it (see its header)");
    }

    @Test
    void readmeRuleTableIsGeneratedFromTheMetadata() throws Exception {
        Path readme = PROJECT.resolve("README.md");
        String text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md lacks the rules:start/rules:end markers");
        String current = text.substring(start + START.length(), end);
        String expected = RulesReference.table(rules);
        if (UPDATE) {
            Files.writeString(readme, text.substring(0, start + START.length()) + expected + text.substring(end),
                    StandardCharsets.UTF_8);
            current = expected;
        }
        assertEquals(expected, current, "README's rule table is stale; run with -DupdateRulesReference=true");
    }

    @Test
    void everyRuleHasAnEntryWithItsParameters() {
        String page = RulesReference.page(rules);
        for (RuleDescriptor d : rules) {
            assertTrue(page.contains("## " + d.id() + "\n"), d.id());
            d.params().forEach(p -> assertTrue(page.contains("| `" + p.name() + "` | `" + p.defaultValue() + "` |"),
                    d.id() + "." + p.name()));
        }
    }

    /** What users read cites nothing outside the repository (the developers' notes beside it are not theirs). */
    @Test
    void nothingAUserReadsPointsOutsideTheRepository() throws Exception {
        java.util.regex.Pattern outside = java.util.regex.Pattern.compile("\\.\\./shared|FACTS(\\.md| §)");
        for (String doc : List.of("README.md", "RULES.md")) {
            java.util.regex.Matcher m = outside.matcher(Files.readString(PROJECT.resolve(doc)));
            assertTrue(!m.find(), doc + " cites " + (m.hitEnd() ? "" : m.group()));
        }
        for (RuleDescriptor d : rules) {
            String text = String.join("\n", d.title(), d.rationale(), d.fix(), d.example());
            assertTrue(!outside.matcher(text).find(), d.id() + "'s metadata cites something outside the repository");
        }
    }
}
