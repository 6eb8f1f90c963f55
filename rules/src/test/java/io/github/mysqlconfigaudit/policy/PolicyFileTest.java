package io.github.mysqlconfigaudit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.link.ExplicitLink;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.RuleRegistry;
import io.github.mysqlconfigaudit.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyFileTest {

    /** The example of the policy issue, exactly as written there. */
    static final String ISSUE_EXAMPLE = """
            mysqlVersion: "8.0"
            failOnSeverity: WARNING
            rules:
              max-allowed-packet-too-small:
                minimum: 256M
              connect-timeout-range:
                enabled: false
              duplicate-option:
                severity: ERROR
            links:
              - proxy: "deploy/haproxy.cfg#mysql"      # file#section
                mysql: "db/my.cnf"
            waivers:
              - rule: wait-timeout-range
                path: "legacy/**"
                reason: "legacy batch host, retired next quarter"
                expires: 2027-03-31
            """;

    private static PolicySettings parse(String yaml) {
        return PolicyFile.parse(".mysql-config-audit.yaml", yaml, RuleRegistry.load().descriptors());
    }

    private static String error(String yaml) {
        return assertThrows(PolicyException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void theIssueExampleReadsExactlyAsWritten() {
        PolicySettings p = parse(ISSUE_EXAMPLE);
        assertEquals("8.0", p.mysqlVersion().orElseThrow().id());
        assertEquals(Optional.of(Optional.of(Severity.WARNING)), p.failOn());
        assertEquals(Map.of("minimum", "256M"), p.parameters().get("max-allowed-packet-too-small"));
        assertEquals(Map.of("connect-timeout-range", false), p.enabled());
        assertEquals(Map.of("duplicate-option", Severity.ERROR), p.severities());
        assertEquals(List.of(new ExplicitLink("deploy/haproxy.cfg#mysql", "db/my.cnf")), p.links());
        Waiver w = p.waivers().get(0);
        assertEquals("wait-timeout-range", w.ruleId());
        assertTrue(w.path().matches("legacy/db/my.cnf"));
        assertEquals("legacy batch host, retired next quarter", w.reason());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 31)), w.expires());
        assertEquals(new Location(".mysql-config-audit.yaml", 14, 5), w.where());
    }

    @Test
    void emptyFileIsNoPolicy() {
        assertEquals(PolicySettings.none(), parse(""));
        assertEquals(PolicySettings.none(), parse("# nothing yet\n"));
    }

    @Test
    void mysqlRoutesMarkRoutes() {
        assertEquals(Map.of("haproxy.cfg#reporting", true, "haproxy.cfg#web", false),
                parse("mysqlRoutes:\n  haproxy.cfg#reporting: true\n  haproxy.cfg#web: false\n").mysqlRoutes());
    }

    @Test
    void waiverMayNameSectionAndOption() {
        Waiver w = parse("waivers:\n  - rule: duplicate-option\n    section: mysqld\n    option: datadir\n    reason: known\n")
                .waivers().get(0);
        assertEquals(Optional.of("mysqld"), w.section());
        assertEquals(Optional.of("datadir"), w.option());
        assertTrue(w.path().matches("any/where/my.cnf"));
        assertEquals(Optional.empty(), w.expires());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown top key | mysqlVersion: '8.0'\\nfailOnSeverty: WARNING | :2: unknown key 'failOnSeverty' in the policy",
        "unknown rule | rules:\\n  wait-timeout-rang:\\n    enabled: false | :2: unknown rule 'wait-timeout-rang'",
        "unknown parameter | rules:\\n  wait-timeout-range:\\n    maximun: 1h | :3: unknown key 'maximun' in rules.wait-timeout-range",
        "bad size | rules:\\n  max-allowed-packet-too-small:\\n    minimum: lots | :3: rules.max-allowed-packet-too-small.minimum: 'lots' is not a size",
        "bad duration | rules:\\n  wait-timeout-range:\\n    minimum: 5 minutes | :3: rules.wait-timeout-range.minimum: '5 minutes' is not a duration",
        "enabled not boolean | rules:\\n  wait-timeout-range:\\n    enabled: maybe | :3: rules.wait-timeout-range.enabled must be true or false",
        "bad severity | rules:\\n  duplicate-option:\\n    severity: FATAL | :3: rules.duplicate-option.severity: 'FATAL' is not a severity",
        "bad threshold | failOnSeverity: SOMETIMES | :1: failOnSeverity: 'SOMETIMES' is not a failOnSeverity",
        "bad version | mysqlVersion: '7.1' | :1: mysqlVersion: server version '7.1' is not in the catalog",
        "rules not a mapping | rules: [a, b] | :1: rules must be a mapping",
        "links not a list | links: {proxy: x} | :1: links must be a list",
        "link without mysql | links:\\n  - proxy: a.cfg#x | :2: links[1] needs 'mysql'",
        "waiver without reason | waivers:\\n  - rule: wait-timeout-range\\n    path: a/** | :2: waivers[1] needs 'reason'",
        "waiver with blank reason | waivers:\\n  - rule: wait-timeout-range\\n    reason: '  ' | :3: waivers[1] needs a reason",
        "waiver bad date | waivers:\\n  - rule: wait-timeout-range\\n    reason: r\\n    expires: next spring | :4: waivers[1].expires",
        "waiver unknown rule | waivers:\\n  - rule: nope\\n    reason: r | :2: unknown rule 'nope' in waivers[1]",
        "duplicate key | failOnSeverity: ERROR\\nfailOnSeverity: WARNING | :2: 'failOnSeverity' is given twice",
        "not yaml | rules: [unclosed | :1: not valid YAML",
    })
    void mistakesAreErrorsNamingTheLine(String what, String yaml, String expected) {
        String message = error(yaml.replace("\\n", "\n"));
        assertTrue(message.startsWith(".mysql-config-audit.yaml:"), message);
        assertTrue(message.contains(expected), what + ": " + message);
    }

    @Test
    void aliasBombIsRefused() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        String message = error(bomb);
        assertTrue(message.contains("not valid YAML") && message.contains("aliases"), message);
    }
}
