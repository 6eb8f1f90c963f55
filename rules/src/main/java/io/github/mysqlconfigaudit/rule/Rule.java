package io.github.mysqlconfigaudit.rule;

import io.github.mysqlconfigaudit.model.Model;

/**
 * One check over the model. Implementations carry {@link RuleMeta}, have a public no-argument
 * constructor and are listed in {@code META-INF/services/io.github.mysqlconfigaudit.rule.Rule}, so a
 * jar on the plugin's class path can add rules.
 */
public interface Rule {

    /** Reports what is wrong in the model through {@code ctx}; never reads files. */
    void check(Model model, RuleContext ctx);

    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }
}
