package io.github.mysqlconfigaudit.report;

import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import java.util.List;

/**
 * The rules reference, generated from the rules' own metadata so it is never written twice: the full
 * page ({@code RULES.md}) and the short table README embeds.
 */
public final class RulesReference {

    private RulesReference() {
    }

    /** One row per rule: id (linked to RULES.md), default severity, title. */
    public static String table(List<RuleDescriptor> rules) {
        StringBuilder out = new StringBuilder("| rule | default severity | what it catches |\n|---|---|---|\n");
        for (RuleDescriptor d : rules) {
            out.append("| [`").append(d.id()).append("`](RULES.md#").append(d.id()).append(") | ")
                    .append(d.defaultSeverity()).append(" | ").append(d.title()).append(" |\n");
        }
        return out.toString();
    }

    /** The whole reference page. */
    public static String page(List<RuleDescriptor> rules) {
        StringBuilder out = new StringBuilder();
        out.append("# Rules reference\n\n")
                .append("Generated from the rules' metadata (`@RuleMeta`); do not edit by hand. ")
                .append("A test fails when this file and the rules disagree; run\n")
                .append("`mvn -pl rules test -Dfuzz.skip -Dtest=RulesReferenceTest -DupdateRulesReference=true` ")
                .append("to regenerate it.\n\n");
        for (RuleDescriptor d : rules) {
            out.append("## ").append(d.id()).append("\n\n")
                    .append("**").append(d.title()).append("** · default severity ").append(d.defaultSeverity())
                    .append("\n\n")
                    .append("Why: ").append(d.rationale()).append("\n\n")
                    .append("Example:\n\n```\n").append(d.example()).append("\n```\n\n")
                    .append("Fix: ").append(d.fix()).append("\n\n");
            if (!d.params().isEmpty()) {
                out.append("| parameter | default | meaning |\n|---|---|---|\n");
                d.params().forEach(p -> out.append("| `").append(p.name()).append("` | `").append(p.defaultValue())
                        .append("` | ").append(p.description()).append(" |\n"));
                out.append('\n');
            }
        }
        return out.toString();
    }
}
