package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.model.FileKind;
import io.github.mysqlconfigaudit.model.RouteLink;
import io.github.mysqlconfigaudit.mysql.MySqlVersion;
import io.github.mysqlconfigaudit.policy.Verdict;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an audit found, weighed by the policy, with what reports need to say about the run.
 *
 * @param root          the audited root (real path)
 * @param version       the server version assumed
 * @param versionReason why it was assumed
 * @param filesScanned  files read per kind
 * @param rules         the rules that ran
 * @param links         each MySQL route with the server config it was linked to, and why
 * @param findings      sorted by location, then rule id
 * @param verdict       pass or fail
 * @param elapsedMillis wall time of the audit
 */
public record AuditResult(Path root, MySqlVersion version, String versionReason, Map<FileKind, Integer> filesScanned,
                          List<RuleDescriptor> rules, List<RouteLink> links, List<Finding> findings, Verdict verdict,
                          long elapsedMillis) {

    public AuditResult {
        rules = List.copyOf(rules);
        links = List.copyOf(links);
        findings = List.copyOf(findings);
    }
}
