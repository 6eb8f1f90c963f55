package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.policy.Weighing;
import io.github.mysqlconfigaudit.rule.InternalErrorMeta;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every check an audit can report: the rules on the class path, found through {@link ServiceLoader} (the one
 * extension point: a jar added to the plugin's dependencies can bring its own), and the engine's own findings, which
 * are documented and configured like rules but are not rules: {@code internal-error} (a rule that threw) and the
 * policy step's {@code unused-suppression} and {@code waiver-expired}.
 */
public final class RuleRegistry {

    private final List<Rule> rules;
    private final List<RuleDescriptor> descriptors;

    private RuleRegistry(List<Rule> rules, List<RuleDescriptor> descriptors) {
        this.rules = List.copyOf(rules);
        this.descriptors = List.copyOf(descriptors);
    }

    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        return of(found);
    }

    /** These rules, with the engine's own findings. */
    public static RuleRegistry of(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.descriptor().id()));
        List<RuleDescriptor> all = new ArrayList<>(sorted.stream().map(Rule::descriptor).toList());
        all.addAll(engineFindings());
        Set<String> ids = new HashSet<>();
        for (RuleDescriptor d : all) {
            if (!ids.add(d.id())) {
                throw new IllegalStateException("two rules share the id " + d.id());
            }
        }
        all.sort(Comparator.comparing(RuleDescriptor::id));
        return new RuleRegistry(sorted, all);
    }

    /** What the engine itself reports, beside the rules. */
    static List<RuleDescriptor> engineFindings() {
        List<RuleDescriptor> own = new ArrayList<>(Weighing.checks());
        own.add(InternalErrorMeta.descriptor());
        return own;
    }

    /** The rules, in id order. */
    public List<Rule> rules() {
        return rules;
    }

    /** Every rule's and engine finding's metadata, in id order. */
    public List<RuleDescriptor> descriptors() {
        return descriptors;
    }

    public Optional<RuleDescriptor> descriptor(String id) {
        return descriptors.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
