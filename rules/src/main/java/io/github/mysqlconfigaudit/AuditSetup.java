package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.PathFilter;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.policy.Baseline;
import io.github.mysqlconfigaudit.policy.Policy;
import io.github.mysqlconfigaudit.policy.PolicyException;
import io.github.mysqlconfigaudit.policy.PolicyFile;
import io.github.mysqlconfigaudit.policy.PolicySettings;
import io.github.mysqlconfigaudit.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Builds the audit's options from the quick way (plugin parameters, {@code -D} properties) and the
 * durable way (the policy file). Precedence: a parameter that is set wins over the policy file, which
 * wins over the built-in defaults.
 */
public final class AuditSetup {

    private AuditSetup() {
    }

    /**
     * What the caller was given; {@code null} or blank means "not set".
     *
     * @param policyFile   an explicit policy file; without it {@code .mysql-config-audit.yaml} in the root is used
     *                     when present
     * @param baselineFile the baseline to read or write; without it {@code mysql-config-audit-baseline.json} in the root
     */
    public record Parameters(Path root, String includes, String excludes, String failOnSeverity, String mysqlVersion,
                             Path policyFile, Path baselineFile, boolean writeBaseline, Limits limits) {

        /** With the default limits. */
        public Parameters(Path root, String includes, String excludes, String failOnSeverity, String mysqlVersion,
                          Path policyFile, Path baselineFile, boolean writeBaseline) {
            this(root, includes, excludes, failOnSeverity, mysqlVersion, policyFile, baselineFile, writeBaseline,
                    Limits.defaults());
        }
    }

    /** The options, and where the baseline lives. */
    public record Setup(AuditOptions options, Path baselineFile, Optional<Path> policyFile) {
    }

    public static Setup resolve(Parameters p, LocalDate today) throws IOException {
        return resolve(p, today, RuleRegistry.load());
    }

    /** With these rules rather than those on the class path. */
    public static Setup resolve(Parameters p, LocalDate today, RuleRegistry rules) throws IOException {
        Optional<Path> policyPath = policyFile(p);
        PolicySettings file = PolicySettings.none();
        String policyName = "";
        if (policyPath.isPresent()) {
            policyName = display(p.root(), policyPath.get());
            file = PolicyFile.parse(policyName, Files.readString(policyPath.get(), StandardCharsets.UTF_8), rules.descriptors());
        }
        Optional<Severity> failOn = set(p.failOnSeverity()) ? Policy.parseFailOn(p.failOnSeverity())
                : file.failOn().orElse(Optional.of(Severity.ERROR));
        AuditOptions options = AuditOptions.defaults()
                .withRules(rules)
                .withFilter(PathFilter.of(p.includes(), p.excludes()))
                .withPolicy(Policy.of(file, failOn))
                .withLinks(file.links())
                .withMysqlRoutes(file.mysqlRoutes())
                .withToday(today)
                .withLimits(p.limits());
        if (set(p.mysqlVersion())) {
            options = options.withVersion(MySqlVersion.parse(p.mysqlVersion()), "set by mysqlVersion");
        } else if (file.mysqlVersion().isPresent()) {
            options = options.withVersion(file.mysqlVersion().get(), "set in " + policyName);
        }
        Path baseline = p.baselineFile() != null ? p.baselineFile() : p.root().resolve(Baseline.FILE_NAME);
        if (!p.writeBaseline() && Files.isRegularFile(baseline)) {
            options = options.withBaseline(Optional.of(Baseline.read(baseline)));
        }
        return new Setup(options, baseline, policyPath);
    }

    private static Optional<Path> policyFile(Parameters p) {
        if (p.policyFile() != null) {
            if (!Files.isRegularFile(p.policyFile())) {
                throw new PolicyException("the policy file " + p.policyFile() + " does not exist");
            }
            return Optional.of(p.policyFile());
        }
        Path standard = p.root().resolve(PolicyFile.DEFAULT_NAME);
        return Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
    }

    private static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return abs.startsWith(r) ? r.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
