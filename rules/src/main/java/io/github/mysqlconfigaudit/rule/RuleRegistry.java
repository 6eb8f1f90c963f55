package io.github.mysqlconfigaudit.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every rule and policy check on the class path, found through {@link ServiceLoader}, in id order.
 */
public final class RuleRegistry {

    private final List<Rule> rules;
    private final List<PolicyCheck> policyChecks;

    private RuleRegistry(List<Rule> rules, List<PolicyCheck> policyChecks) {
        this.rules = List.copyOf(rules);
        this.policyChecks = List.copyOf(policyChecks);
    }

    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        List<PolicyCheck> checks = new ArrayList<>();
        ServiceLoader.load(PolicyCheck.class, loader).forEach(checks::add);
        return of(found, checks);
    }

    public static RuleRegistry of(List<Rule> rules, List<PolicyCheck> policyChecks) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.descriptor().id()));
        Set<String> ids = new HashSet<>();
        List<String> all = new ArrayList<>(sorted.stream().map(r -> r.descriptor().id()).toList());
        policyChecks.forEach(c -> all.add(c.descriptor().id()));
        for (String id : all) {
            if (!ids.add(id)) {
                throw new IllegalStateException("two rules share the id " + id);
            }
        }
        return new RuleRegistry(sorted, policyChecks);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The policy check of this class, if it is on the class path. */
    public <T extends PolicyCheck> Optional<T> policyCheck(Class<T> type) {
        return policyChecks.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Every rule's and policy check's metadata, in id order. */
    public List<RuleDescriptor> descriptors() {
        List<RuleDescriptor> all = new ArrayList<>(rules.stream().map(Rule::descriptor).toList());
        policyChecks.forEach(c -> all.add(c.descriptor()));
        all.sort(Comparator.comparing(RuleDescriptor::id));
        return all;
    }

    public Optional<RuleDescriptor> descriptor(String id) {
        return descriptors().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
