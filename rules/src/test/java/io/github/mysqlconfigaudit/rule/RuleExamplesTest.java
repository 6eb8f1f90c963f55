package io.github.mysqlconfigaudit.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.Audit;
import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.AuditSetup;
import io.github.mysqlconfigaudit.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule's documented example is a set of files on which the rule fires, and every class that carries rule
 * metadata is one the engine knows: a rule cannot be written and silently never run.
 */
class RuleExamplesTest {

    /** Not a rule: it reports a rule that throws, and no configuration makes one (RuleRunnerTest makes one). */
    private static final Set<String> NO_EXAMPLE = Set.of(InternalErrorMeta.ID);

    @TempDir
    Path root;

    static Stream<RuleDescriptor> documented() {
        return RuleRegistry.load().descriptors().stream().filter(d -> !NO_EXAMPLE.contains(d.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void theExampleFiresItsRule(RuleDescriptor rule) throws Exception {
        RuleExample example = RuleExample.parse(rule.example());
        assertFalse(example.files().isEmpty(), rule.id() + ": the example has no `# path` header line");
        assertFalse(rule.example().contains("\\n"), rule.id() + ": a literal \\n in the example");
        for (RuleExample.File file : example.files()) {
            Path target = root.resolve(file.path());
            Files.createDirectories(target.getParent());
            if (file.isLink()) {
                Files.createSymbolicLink(target, Path.of(file.linkTarget()));
            } else {
                Files.writeString(target, file.content());
            }
        }
        AuditSetup.Setup setup = AuditSetup.resolve(new AuditSetup.Parameters(root, null, null, null, null, null, null,
                false), LocalDate.now());
        AuditResult result = Audit.of(root, setup.options()).run();
        List<String> fired = result.findings().stream().map(f -> f.location().shortForm() + " " + f.ruleId()).toList();
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals(rule.id())),
                rule.id() + " does not fire on its example; the audit found " + fired);
    }

    @Test
    void headersSplitTheFilesAndCommentsStayInThem() {
        RuleExample example = RuleExample.parse("# my.cnf\n[mysqld]\n# tuned\nwait_timeout = 30   # 30 s\n"
                + "# k8s/db.yaml\nkind: Pod\n# prod.cnf -> /etc/mysql/my.cnf");
        assertEquals(List.of(new RuleExample.File("my.cnf", "[mysqld]\n# tuned\nwait_timeout = 30   # 30 s\n", null),
                new RuleExample.File("k8s/db.yaml", "kind: Pod\n", null),
                new RuleExample.File("prod.cnf", "", "/etc/mysql/my.cnf")), example.files());
        assertEquals(List.of(), RuleExample.parse("prose only, no file").files());
    }

    /** Every class with {@code @RuleMeta} under the engine's classes, found on disk, is known to the registry. */
    @Test
    void everyClassWithRuleMetadataIsRegistered() throws Exception {
        Path classes = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> annotated = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(RuleMeta.class)) {
                    annotated.add(type.getAnnotation(RuleMeta.class).id());
                }
            }
        }
        Set<String> registered = RuleRegistry.load().descriptors().stream().map(RuleDescriptor::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(annotated.size() >= 30, "found " + annotated);
        assertEquals(annotated, registered, "a class carries @RuleMeta but is not registered in "
                + "META-INF/services/io.github.mysqlconfigaudit.rule.Rule (or the reverse)");
    }
}
