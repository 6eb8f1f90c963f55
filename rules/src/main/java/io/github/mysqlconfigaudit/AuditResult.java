package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.model.FileKind;
import io.github.mysqlconfigaudit.model.LinkSummary;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.policy.Baseline;
import io.github.mysqlconfigaudit.policy.Verdict;
import io.github.mysqlconfigaudit.policy.Weighing;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import io.github.mysqlconfigaudit.rule.RuleFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an audit found, weighed by the policy, with what reports need to say about the run.
 *
 * @param root          the audited root (real path)
 * @param version       the server version assumed
 * @param versionReason why it was assumed
 * @param filesScanned  files read per kind
 * @param rules         the rules that ran
 * @param links         each MySQL route with the server config it was linked to, and why
 * @param findings      what counts, sorted by location, then rule id (baselined ones included)
 * @param suppressed    findings taken out by inline suppressions or waivers, with the reason
 * @param baselined     fingerprints of findings the baseline accepts (they do not fail the build)
 * @param baselineFixed baseline entries no longer found
 * @param verdict       pass or fail
 * @param elapsedMillis wall time of the audit
 * @param phases        where that time went, phase by phase, in the order they ran
 * @param ruleFailures  rules that threw, each reported as an internal-error finding; the exceptions are kept here
 *                      for a debug log, never printed by the reports
 */
public record AuditResult(Path root, MySqlVersion version, String versionReason, Map<FileKind, Integer> filesScanned,
                          List<RuleDescriptor> rules, List<LinkSummary> links, List<Finding> findings,
                          List<Weighing.Suppressed> suppressed, Set<String> baselined, List<Baseline.Entry> baselineFixed,
                          Verdict verdict, long elapsedMillis, List<AuditPhase> phases,
                          List<RuleFailure> ruleFailures) {

    public AuditResult {
        rules = List.copyOf(rules);
        links = List.copyOf(links);
        suppressed = List.copyOf(suppressed);
        baselined = Set.copyOf(baselined);
        baselineFixed = List.copyOf(baselineFixed);
        findings = List.copyOf(findings);
        phases = List.copyOf(phases);
        ruleFailures = List.copyOf(ruleFailures);
    }
}
