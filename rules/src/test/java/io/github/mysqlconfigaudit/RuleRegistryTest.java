package io.github.mysqlconfigaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.rule.ParamType;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

    /** The ids the issues name; they are part of the contract with users' policies and must not drift. */
    private static final List<String> ISSUE_IDS = List.of("connect-timeout-range", "duplicate-option",
            "invalid-value", "max-allowed-packet-too-small", "net-buffer-exceeds-packet", "net-timeout-range",
            "parse-error", "value-clamped", "wait-timeout-range");

    @Test
    void serviceLoaderFindsEveryRuleOnce() {
        List<String> ids = RuleRegistry.load().descriptors().stream().map(RuleDescriptor::id).toList();
        assertTrue(ids.containsAll(ISSUE_IDS), ids.toString());
        assertEquals(ids.stream().distinct().count(), ids.size());
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void everyRuleExplainsItselfAndItsParameters() {
        for (RuleDescriptor d : RuleRegistry.load().descriptors()) {
            assertFalse(d.title().isBlank(), d.id());
            assertTrue(d.rationale().length() > 40, d.id() + " rationale too thin");
            assertTrue(d.fix().length() > 10, d.id() + " fix too thin");
            d.params().forEach(p -> assertFalse(p.description().isBlank(), d.id() + "." + p.name()));
        }
    }

    @Test
    void issueSeveritiesAreTheDefaults() {
        RuleRegistry registry = RuleRegistry.load();
        assertEquals(Severity.ERROR, registry.descriptor("parse-error").orElseThrow().defaultSeverity());
        assertEquals(Severity.ERROR, registry.descriptor("invalid-value").orElseThrow().defaultSeverity());
        for (String id : List.of("value-clamped", "duplicate-option", "wait-timeout-range", "connect-timeout-range",
                "net-timeout-range", "max-allowed-packet-too-small", "net-buffer-exceeds-packet")) {
            assertEquals(Severity.WARNING, registry.descriptor(id).orElseThrow().defaultSeverity(), id);
        }
    }

    @RuleMeta(id = "Not_Kebab", severity = Severity.INFO, title = "t", rationale = "r", fix = "f", example = "e")
    static final class BadId implements Rule {
        @Override
        public void check(Model model, RuleContext ctx) {
        }
    }

    @Test
    void nonKebabIdIsRefused() {
        assertThrows(IllegalStateException.class, () -> RuleDescriptor.of(BadId.class));
    }

    @Test
    void sizeAndDurationParametersReadAsUsersWriteThem() {
        assertEquals(256L << 20, ParamType.SIZE.parse("256M"));
        assertEquals(1L << 30, ParamType.SIZE.parse("1G"));
        assertEquals(8 * 3600, ParamType.DURATION.parse("8h"));
        assertEquals(300, ParamType.DURATION.parse("300s"));
        assertEquals(300, ParamType.DURATION.parse("300"));
        assertThrows(IllegalArgumentException.class, () -> ParamType.SIZE.parse("lots"));
    }
}
