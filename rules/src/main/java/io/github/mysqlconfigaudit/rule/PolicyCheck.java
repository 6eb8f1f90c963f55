package io.github.mysqlconfigaudit.rule;

/**
 * A check of the policy step rather than of the model (a suppression that silences nothing, a waiver
 * past its date). It carries {@link RuleMeta} like a rule, so it is documented, listed and configured
 * the same way; the policy step calls it with what it needs.
 */
public interface PolicyCheck {

    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }
}
