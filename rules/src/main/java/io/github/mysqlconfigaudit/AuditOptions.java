package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.PathFilter;
import io.github.mysqlconfigaudit.link.ExplicitLink;
import io.github.mysqlconfigaudit.mysql.MySqlVersion;
import io.github.mysqlconfigaudit.policy.Policy;
import io.github.mysqlconfigaudit.rule.RuleRegistry;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.List;
import java.util.Optional;

/**
 * How to audit: which files, for which server version, under which policy, with which rules.
 *
 * @param version the target server version; empty means the default ({@link MySqlVersion#DEFAULT})
 */
public record AuditOptions(PathFilter filter, Optional<MySqlVersion> version, Policy policy, Limits limits,
                           RuleRegistry rules, List<ExplicitLink> links) {

    public AuditOptions {
        links = List.copyOf(links);
    }

    public static AuditOptions defaults() {
        return new AuditOptions(PathFilter.defaults(), Optional.empty(),
                Policy.failingOn(Optional.of(Severity.ERROR)), Limits.defaults(), RuleRegistry.load(), List.of());
    }

    public AuditOptions withLinks(List<ExplicitLink> newLinks) {
        return new AuditOptions(filter, version, policy, limits, rules, newLinks);
    }

    public AuditOptions withFilter(PathFilter newFilter) {
        return new AuditOptions(newFilter, version, policy, limits, rules, links);
    }

    public AuditOptions withVersion(MySqlVersion newVersion) {
        return new AuditOptions(filter, Optional.of(newVersion), policy, limits, rules, links);
    }

    public AuditOptions withPolicy(Policy newPolicy) {
        return new AuditOptions(filter, version, newPolicy, limits, rules, links);
    }

    public AuditOptions withRules(RuleRegistry newRules) {
        return new AuditOptions(filter, version, policy, limits, newRules, links);
    }
}
