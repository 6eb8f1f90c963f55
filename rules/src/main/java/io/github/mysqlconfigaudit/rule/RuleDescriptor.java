package io.github.mysqlconfigaudit.rule;

import java.util.List;
import java.util.regex.Pattern;

/** A rule's metadata as data, read from its {@link RuleMeta}. */
public record RuleDescriptor(String id, Severity defaultSeverity, String title, String rationale, String fix,
                             String example, List<ParamSpec> params) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A parameter of a rule with its default. */
    public record ParamSpec(String name, ParamType type, String defaultValue, String description) {
    }

    public RuleDescriptor {
        params = List.copyOf(params);
    }

    public static RuleDescriptor of(Class<?> ruleClass) {
        RuleMeta meta = ruleClass.getAnnotation(RuleMeta.class);
        if (meta == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleMeta");
        }
        if (!KEBAB.matcher(meta.id()).matches()) {
            throw new IllegalStateException(ruleClass.getName() + ": rule id '" + meta.id() + "' is not kebab-case");
        }
        List<ParamSpec> params = java.util.Arrays.stream(meta.params())
                .map(p -> new ParamSpec(p.name(), p.type(), p.defaultValue(), p.description()))
                .toList();
        for (ParamSpec p : params) {
            p.type().parse(p.defaultValue()); // a default that does not parse is a bug in the rule
        }
        return new RuleDescriptor(meta.id(), meta.severity(), meta.title(), meta.rationale(), meta.fix(), meta.example(),
                params);
    }
}
