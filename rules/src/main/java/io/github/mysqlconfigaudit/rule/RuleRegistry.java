package io.github.mysqlconfigaudit.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/** Every rule on the class path, found through {@link ServiceLoader}, in id order. */
public final class RuleRegistry {

    private final List<Rule> rules;

    private RuleRegistry(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        return of(found);
    }

    public static RuleRegistry of(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.descriptor().id()));
        Set<String> ids = new HashSet<>();
        for (Rule r : sorted) {
            if (!ids.add(r.descriptor().id())) {
                throw new IllegalStateException("two rules share the id " + r.descriptor().id());
            }
        }
        return new RuleRegistry(sorted);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<RuleDescriptor> descriptors() {
        return rules.stream().map(Rule::descriptor).toList();
    }

    public Optional<RuleDescriptor> descriptor(String id) {
        return descriptors().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
