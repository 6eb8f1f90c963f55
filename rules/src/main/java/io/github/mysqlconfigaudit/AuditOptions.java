package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.PathFilter;
import io.github.mysqlconfigaudit.link.ExplicitLink;
import io.github.mysqlconfigaudit.mysql.MySqlVersion;
import io.github.mysqlconfigaudit.policy.Policy;
import io.github.mysqlconfigaudit.rule.RuleRegistry;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to audit: which files, for which server version, under which policy, with which rules.
 *
 * @param version     the target server version; empty means the default ({@link MySqlVersion#DEFAULT})
 * @param links       explicit proxy-route to MySQL-config links, which win over automatic ones
 * @param mysqlRoutes routes the team marks as MySQL ({@code true}) or not ({@code false}), by
 *                    {@code file#section}, over what the route's servers, checks and names suggest
 */
public record AuditOptions(PathFilter filter, Optional<MySqlVersion> version, Policy policy, Limits limits,
                           RuleRegistry rules, List<ExplicitLink> links, Map<String, Boolean> mysqlRoutes) {

    public AuditOptions {
        links = List.copyOf(links);
        mysqlRoutes = Map.copyOf(mysqlRoutes);
    }

    public static AuditOptions defaults() {
        return new AuditOptions(PathFilter.defaults(), Optional.empty(),
                Policy.failingOn(Optional.of(Severity.ERROR)), Limits.defaults(), RuleRegistry.load(), List.of(),
                Map.of());
    }

    public AuditOptions withLinks(List<ExplicitLink> newLinks) {
        return new AuditOptions(filter, version, policy, limits, rules, newLinks, mysqlRoutes);
    }

    public AuditOptions withMysqlRoutes(Map<String, Boolean> newMysqlRoutes) {
        return new AuditOptions(filter, version, policy, limits, rules, links, newMysqlRoutes);
    }

    public AuditOptions withFilter(PathFilter newFilter) {
        return new AuditOptions(newFilter, version, policy, limits, rules, links, mysqlRoutes);
    }

    public AuditOptions withVersion(MySqlVersion newVersion) {
        return new AuditOptions(filter, Optional.of(newVersion), policy, limits, rules, links, mysqlRoutes);
    }

    public AuditOptions withPolicy(Policy newPolicy) {
        return new AuditOptions(filter, version, newPolicy, limits, rules, links, mysqlRoutes);
    }

    public AuditOptions withRules(RuleRegistry newRules) {
        return new AuditOptions(filter, version, policy, limits, newRules, links, mysqlRoutes);
    }
}
