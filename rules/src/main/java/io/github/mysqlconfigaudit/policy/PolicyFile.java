package io.github.mysqlconfigaudit.policy;

import io.github.mysqlconfigaudit.discover.PathGlob;
import io.github.mysqlconfigaudit.link.ExplicitLink;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import io.github.mysqlconfigaudit.rule.Severity;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code .mysql-config-audit.yaml}. Every key and value is checked against what the audit knows
 * (rule ids, their parameters, severities, versions); an unknown key or a wrong type is an error naming
 * the line, never silently ignored. Only YAML's node tree is used (no object construction).
 */
public final class PolicyFile {

    public static final String DEFAULT_NAME = ".mysql-config-audit.yaml";
    private static final Set<String> TOP_KEYS = Set.of("mysqlVersion", "failOnSeverity", "rules", "links", "waivers",
            "mysqlRoutes");

    private final String path;
    private final Map<String, RuleDescriptor> rules = new HashMap<>();

    private PolicyFile(String path, List<RuleDescriptor> knownRules) {
        this.path = path;
        knownRules.forEach(d -> rules.put(d.id(), d));
    }

    /**
     * Parses policy text.
     *
     * @param path       how findings and errors name the file
     * @param knownRules every rule the audit has, for checking ids and parameters
     */
    public static PolicySettings parse(String path, String text, List<RuleDescriptor> knownRules) {
        return new PolicyFile(path, knownRules).read(text);
    }

    private PolicySettings read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1_000_000);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new PolicyException(path + ":" + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new PolicyException(path + ": not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            return PolicySettings.none();
        }
        Optional<MySqlVersion> version = Optional.empty();
        Optional<Optional<Severity>> failOn = Optional.empty();
        Map<String, Boolean> enabled = new HashMap<>();
        Map<String, Severity> severities = new HashMap<>();
        Map<String, Map<String, String>> parameters = new HashMap<>();
        List<ExplicitLink> links = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        Map<String, Boolean> mysqlRoutes = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> e : mapping(root, "the policy", TOP_KEYS).entrySet()) {
            Node value = e.getValue().getValueNode();
            switch (e.getKey()) {
                case "mysqlVersion" -> version = Optional.of(convert(value, "mysqlVersion", MySqlVersion::parse));
                case "failOnSeverity" -> failOn = Optional.of(convert(value, "failOnSeverity", Policy::parseFailOn));
                case "rules" -> rules(value, enabled, severities, parameters);
                case "links" -> each(value, "links", (item, where) -> {
                    Map<String, NodeTuple> link = mapping(item, where, Set.of("proxy", "mysql"));
                    links.add(new ExplicitLink(required(link, "proxy", item, where), required(link, "mysql", item, where)));
                });
                case "waivers" -> each(value, "waivers", (item, where) -> waivers.add(waiver(item, where)));
                case "mysqlRoutes" -> mapping(value, "mysqlRoutes", null).forEach((selector, flag) ->
                        mysqlRoutes.put(selector, bool(flag.getValueNode(), "mysqlRoutes." + selector)));
                default -> throw new IllegalStateException(e.getKey());
            }
        }
        return new PolicySettings(version, failOn, enabled, severities, parameters, links, waivers, mysqlRoutes);
    }

    private void rules(Node node, Map<String, Boolean> enabled, Map<String, Severity> severities,
                       Map<String, Map<String, String>> parameters) {
        for (Map.Entry<String, NodeTuple> e : mapping(node, "rules", null).entrySet()) {
            String id = e.getKey();
            RuleDescriptor rule = rules.get(id);
            if (rule == null) {
                throw error(e.getValue().getKeyNode(), "unknown rule '" + id + "' under rules (known: " + String.join(", ",
                        rules.keySet().stream().sorted().toList()) + ")");
            }
            Set<String> keys = new HashSet<>(Set.of("enabled", "severity"));
            rule.params().forEach(p -> keys.add(p.name()));
            for (Map.Entry<String, NodeTuple> setting : mapping(e.getValue().getValueNode(), "rules." + id, keys).entrySet()) {
                String where = "rules." + id + "." + setting.getKey();
                Node value = setting.getValue().getValueNode();
                switch (setting.getKey()) {
                    case "enabled" -> enabled.put(id, bool(value, where));
                    case "severity" -> severities.put(id, convert(value, where, Severity::parse));
                    default -> {
                        RuleDescriptor.ParamSpec p = rule.params().stream()
                                .filter(x -> x.name().equals(setting.getKey())).findFirst().orElseThrow();
                        String raw = scalar(value, where);
                        convert(value, where, p.type()::parse);
                        parameters.computeIfAbsent(id, k -> new HashMap<>()).put(p.name(), raw);
                    }
                }
            }
        }
    }

    private Waiver waiver(Node item, String where) {
        Map<String, NodeTuple> w = mapping(item, where, Set.of("rule", "path", "section", "option", "reason", "expires"));
        String rule = required(w, "rule", item, where);
        if (!rules.containsKey(rule)) {
            throw error(w.get("rule").getValueNode(), "unknown rule '" + rule + "' in " + where);
        }
        String reason = required(w, "reason", item, where);
        if (reason.isBlank()) {
            throw error(w.get("reason").getValueNode(), where + " needs a reason: say why the finding is accepted");
        }
        PathGlob glob = w.containsKey("path")
                ? convert(w.get("path").getValueNode(), where + ".path", PathGlob::of) : PathGlob.of("**");
        Optional<LocalDate> expires = Optional.ofNullable(w.get("expires"))
                .map(n -> convert(n.getValueNode(), where + ".expires", LocalDate::parse));
        return new Waiver(rule, glob, optional(w, "section", where), optional(w, "option", where), reason, expires,
                location(item));
    }

    /** The entries of a mapping by key, keys checked against {@code allowed} (null: any). */
    private Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping (key: value)");
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), what + " key");
            if (allowed != null && !allowed.contains(key)) {
                throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (out.put(key, t) != null) {
                throw error(t.getKeyNode(), "'" + key + "' is given twice in " + what);
            }
        }
        return out;
    }

    private void each(Node node, String what, BiConsumer<Node, String> item) {
        if (!(node instanceof SequenceNode s)) {
            throw error(node, what + " must be a list (- item)");
        }
        for (int i = 0; i < s.getValue().size(); i++) {
            item.accept(s.getValue().get(i), what + "[" + (i + 1) + "]");
        }
    }

    private String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, what + " must be a single value");
        }
        return s.getValue();
    }

    private boolean bool(Node node, String what) {
        String v = scalar(node, what);
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw error(node, what + " must be true or false, not '" + v + "'");
    }

    private <T> T convert(Node node, String what, java.util.function.Function<String, T> parser) {
        String v = scalar(node, what);
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw error(node, what + ": " + e.getMessage());
        }
    }

    private String required(Map<String, NodeTuple> map, String key, Node parent, String where) {
        NodeTuple t = map.get(key);
        if (t == null) {
            throw error(parent, where + " needs '" + key + "'");
        }
        return scalar(t.getValueNode(), where + "." + key);
    }

    private Optional<String> optional(Map<String, NodeTuple> map, String key, String where) {
        return Optional.ofNullable(map.get(key)).map(t -> scalar(t.getValueNode(), where + "." + key));
    }

    private Location location(Node node) {
        return new Location(path, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    private PolicyException error(Node node, String message) {
        return new PolicyException(path + ":" + (node.getStartMark().getLine() + 1) + ": " + message);
    }
}
