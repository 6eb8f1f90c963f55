package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.PathFilter;
import io.github.mysqlconfigaudit.link.ExplicitLink;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.policy.Baseline;
import io.github.mysqlconfigaudit.policy.Policy;
import io.github.mysqlconfigaudit.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to audit: which files, for which server version, under which policy, with which rules.
 *
 * @param version     the target server version; empty means the default ({@link MySqlVersion#DEFAULT})
 * @param versionReason where the version was set, for the report
 * @param links       explicit proxy-route to MySQL-config links, which win over automatic ones
 * @param mysqlRoutes routes the team marks as MySQL ({@code true}) or not ({@code false}), by
 *                    {@code file#section}, over what the route's servers, checks and names suggest
 * @param baseline    findings accepted as they are; only new ones fail the build
 * @param today       the date waivers expire against (injected so tests can move it)
 */
public record AuditOptions(PathFilter filter, Optional<MySqlVersion> version, String versionReason, Policy policy, Limits limits,
                           RuleRegistry rules, List<ExplicitLink> links, Map<String, Boolean> mysqlRoutes,
                           Optional<Baseline> baseline, LocalDate today) {

    public AuditOptions {
        links = List.copyOf(links);
        mysqlRoutes = Map.copyOf(mysqlRoutes);
    }

    public static AuditOptions defaults() {
        return new AuditOptions(PathFilter.defaults(), Optional.empty(), "",
                Policy.failingOn(Optional.of(Severity.ERROR)), Limits.defaults(), RuleRegistry.load(), List.of(),
                Map.of(), Optional.empty(), LocalDate.now());
    }

    public AuditOptions withLinks(List<ExplicitLink> newLinks) {
        return new AuditOptions(filter, version, versionReason, policy, limits, rules, newLinks, mysqlRoutes, baseline, today);
    }

    public AuditOptions withMysqlRoutes(Map<String, Boolean> newMysqlRoutes) {
        return new AuditOptions(filter, version, versionReason, policy, limits, rules, links, newMysqlRoutes, baseline, today);
    }

    public AuditOptions withBaseline(Optional<Baseline> newBaseline) {
        return new AuditOptions(filter, version, versionReason, policy, limits, rules, links, mysqlRoutes, newBaseline, today);
    }

    public AuditOptions withToday(LocalDate newToday) {
        return new AuditOptions(filter, version, versionReason, policy, limits, rules, links, mysqlRoutes, baseline, newToday);
    }

    public AuditOptions withLimits(Limits newLimits) {
        return new AuditOptions(filter, version, versionReason, policy, newLimits, rules, links, mysqlRoutes, baseline, today);
    }

    public AuditOptions withFilter(PathFilter newFilter) {
        return new AuditOptions(newFilter, version, versionReason, policy, limits, rules, links, mysqlRoutes, baseline, today);
    }

    public AuditOptions withVersion(MySqlVersion newVersion) {
        return withVersion(newVersion, "set by mysqlVersion");
    }

    public AuditOptions withVersion(MySqlVersion newVersion, String reason) {
        return new AuditOptions(filter, Optional.of(newVersion), reason, policy, limits, rules, links, mysqlRoutes, baseline, today);
    }

    public AuditOptions withPolicy(Policy newPolicy) {
        return new AuditOptions(filter, version, versionReason, newPolicy, limits, rules, links, mysqlRoutes, baseline, today);
    }

    public AuditOptions withRules(RuleRegistry newRules) {
        return new AuditOptions(filter, version, versionReason, policy, limits, newRules, links, mysqlRoutes, baseline, today);
    }
}
