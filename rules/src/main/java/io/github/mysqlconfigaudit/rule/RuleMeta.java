package io.github.mysqlconfigaudit.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, beside its check. The console listing, the SARIF rule table and the rules
 * reference are all generated from this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {
    /** Stable kebab-case id, e.g. {@code max-allowed-packet-too-small}. */
    String id();

    Severity severity();

    /** One line: what is wrong. */
    String title();

    /** Why it matters: what breaks in production. */
    String rationale();

    /** The general fix; findings add the concrete line. */
    String fix();

    /**
     * The files that trigger the rule, for the reference: each starts with a header line {@code # path} (see
     * {@link RuleExample}); a {@code .mysql-config-audit.yaml} among them sets the version. A test audits every
     * example and fails when its rule does not fire.
     */
    String example();

    Param[] params() default {};
}
