package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.rule.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds small repositories in a temporary directory and audits them. */
public final class TestTrees {

    private TestTrees() {
    }

    public static Path write(Path root, String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AuditResult audit(Path root) {
        return Audit.of(root, AuditOptions.defaults()).run();
    }

    public static AuditResult audit(Path root, String version) {
        return Audit.of(root, AuditOptions.defaults().withVersion(MySqlVersion.parse(version))).run();
    }

    /** The findings of one rule, in report order. */
    public static List<Finding> findings(AuditResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Audits a single {@code my.cnf} holding these lines and returns the findings of one rule. */
    public static List<Finding> findingsFor(Path root, String ruleId, String myCnf) {
        write(root, "my.cnf", myCnf);
        return findings(audit(root), ruleId);
    }

    /** The same for a server of this version ({@code "5.7"}, {@code "mariadb-10.11"}). */
    public static List<Finding> findingsFor(Path root, String ruleId, String version, String myCnf) {
        write(root, "my.cnf", myCnf);
        return findings(audit(root, version), ruleId);
    }
}
