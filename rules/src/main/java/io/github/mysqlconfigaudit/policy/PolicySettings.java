package io.github.mysqlconfigaudit.policy;

import io.github.mysqlconfigaudit.link.ExplicitLink;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a policy file says, validated. Every field is optional; the plugin's parameters win over it, and
 * it wins over the built-in defaults.
 *
 * @param enabled     rule id to enabled or not
 * @param severities  rule id to the severity that replaces the rule's default
 * @param parameters  rule id to parameter values as users write them
 * @param mysqlRoutes route selector ({@code file#section}) to MySQL or not
 */
public record PolicySettings(Optional<MySqlVersion> mysqlVersion, Optional<Optional<Severity>> failOn,
                             Map<String, Boolean> enabled, Map<String, Severity> severities,
                             Map<String, Map<String, String>> parameters, List<ExplicitLink> links, List<Waiver> waivers,
                             Map<String, Boolean> mysqlRoutes) {

    public PolicySettings {
        enabled = Map.copyOf(enabled);
        severities = Map.copyOf(severities);
        parameters = Map.copyOf(parameters);
        links = List.copyOf(links);
        waivers = List.copyOf(waivers);
        mysqlRoutes = Map.copyOf(mysqlRoutes);
    }

    public static PolicySettings none() {
        return new PolicySettings(Optional.empty(), Optional.empty(), Map.of(), Map.of(), Map.of(), List.of(), List.of(),
                Map.of());
    }
}
