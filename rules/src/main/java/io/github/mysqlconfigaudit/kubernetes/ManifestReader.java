package io.github.mysqlconfigaudit.kubernetes;

import io.github.mysqlconfigaudit.client.ClientConfigReader;
import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.TextOrigin;
import io.github.mysqlconfigaudit.discover.YamlDocuments;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SourceProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Kubernetes manifests: every document of a YAML file (and the items of a List), keeping what the
 * audit needs of ConfigMaps, Secrets (key names only; values are never read), workloads and Services.
 * Documents that are not Kubernetes objects, and kinds the audit does not know, are skipped silently.
 * Helm templates are not YAML and are reported once, never as a parse error.
 */
public final class ManifestReader {

    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);

    /** Everything read from one file. */
    /** @param kubernetes whether the file held any Kubernetes object (or a template of one) */
    public record Result(List<ManifestFacts.ConfigMap> configMaps, List<ManifestFacts.Workload> workloads,
                         List<ManifestFacts.Service> services, List<SourceProblem> problems, boolean kubernetes) {
    }

    private final String path;
    private final List<ManifestFacts.ConfigMap> configMaps = new ArrayList<>();
    private final List<ManifestFacts.Workload> workloads = new ArrayList<>();
    private final List<ManifestFacts.Service> services = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();
    private String text = "";
    /** Where each line of the text starts, once a block scalar needs it; the lines are not copied out. */
    private int[] lineStarts;
    private boolean kubernetes;
    /**
     * One copy of each name and label value of this file: an object's name is usually also its pods' label and its
     * Service's selector ({@code app: mysql}). Per file, so the copies die with the file's facts.
     */
    private final Map<String, String> names = new HashMap<>();

    private ManifestReader(String path) {
        this.path = path;
    }

    public static Result read(String path, String text) {
        return read(path, text, Limits.defaults());
    }

    public static Result read(String path, String text, Limits limits) {
        return new ManifestReader(path).run(text, limits);
    }

    private Result run(String text, Limits limits) {
        this.text = text;
        if (text.contains("{{") && TEMPLATE.matcher(text).find()) {
            kubernetes = text.contains("apiVersion");
            problems.add(new SourceProblem(SourceProblem.Kind.UNRENDERED_TEMPLATE, Location.fileStart(path),
                    "a Helm template ({{ … }}) is not YAML until it is rendered; audit the output of `helm template` "
                            + "instead (for example into a directory the audit scans)"));
            return result();
        }
        LoaderOptions options = limits.yaml();
        options.setAllowDuplicateKeys(true);
        YamlDocuments.compose(path, text, options, this::object).ifPresent(problems::add);
        return result();
    }

    private Result result() {
        return new Result(List.copyOf(configMaps), List.copyOf(workloads), List.copyOf(services), List.copyOf(problems),
                kubernetes || !problems.isEmpty());
    }

    private void object(Node doc) {
        if (!(doc instanceof MappingNode)) {
            return;
        }
        String kind = text(doc, "kind").orElse("");
        if (text(doc, "apiVersion").isEmpty() || kind.isEmpty()) {
            return; // not a Kubernetes object
        }
        kubernetes = true;
        Node metadata = child(doc, "metadata").orElse(null);
        String name = metadata == null ? "" : shared(text(metadata, "name").orElse(""));
        String namespace = metadata == null ? "default" : text(metadata, "namespace").orElse("default");
        Location at = location(doc);
        switch (kind) {
            case "List" -> child(doc, "items").ifPresent(items -> elements(items).forEach(this::object));
            case "ConfigMap" -> configMaps.add(new ManifestFacts.ConfigMap(name, namespace, path, at, data(doc)));
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" -> child(doc, "spec")
                    .flatMap(spec -> child(spec, "template"))
                    .ifPresent(template -> workloads.add(workload(kind, name, namespace, at, template)));
            case "Pod" -> workloads.add(workload(kind, name, namespace, at, doc));
            case "Service" -> services.add(service(name, namespace, at, doc, metadata));
            default -> {
                // other kinds hold no MySQL or proxy settings the audit reads
            }
        }
    }

    private List<ManifestFacts.DataEntry> data(Node doc) {
        List<ManifestFacts.DataEntry> entries = new ArrayList<>();
        child(doc, "data").filter(MappingNode.class::isInstance).ifPresent(data -> {
            for (NodeTuple t : ((MappingNode) data).getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key && t.getValueNode() instanceof ScalarNode value) {
                    ManifestFacts.DataEntry entry = new ManifestFacts.DataEntry(key.getValue(), value.getValue(),
                            origin(value), location(key));
                    if (entry.kind() != ManifestFacts.DataEntry.Kind.OTHER) {
                        entries.add(entry);
                    }
                }
            }
        });
        return entries;
    }

    /**
     * Where the lines of a scalar stand: a block scalar's content starts on the line after its indicator,
     * indented like its first content line; other scalars map every line to where they start.
     */
    private TextOrigin origin(ScalarNode value) {
        DumperOptions.ScalarStyle style = value.getScalarStyle();
        if (style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
            int indent = firstContentIndent(value);
            return TextOrigin.embedded(path, value.getStartMark().getLine() + 2, indent, false);
        }
        return TextOrigin.embedded(path, value.getStartMark().getLine() + 1, value.getStartMark().getColumn(), true);
    }

    /** The indentation of a block scalar's content: that of its first non-blank line after the indicator. */
    private int firstContentIndent(ScalarNode value) {
        if (lineStarts == null) {
            lineStarts = lineStarts(text);
        }
        for (int i = value.getStartMark().getLine() + 1; i < lineStarts.length && i <= value.getEndMark().getLine(); i++) {
            int end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
            int c = lineStarts[i];
            while (c < end && Character.isWhitespace(text.charAt(c))) {
                c++;
            }
            if (c < end) {
                return c - lineStarts[i];
            }
        }
        return value.getStartMark().getColumn();
    }

    /** The offset at which each line starts (lines end at '\n', as {@code split("\n", -1)} cuts them). */
    static int[] lineStarts(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        return starts;
    }

    private ManifestFacts.Workload workload(String kind, String name, String namespace, Location at, Node template) {
        Map<String, String> labels = child(template, "metadata").flatMap(m -> child(m, "labels"))
                .map(this::stringMap).orElse(Map.of());
        Node spec = child(template, "spec").orElse(null);
        List<ManifestFacts.Container> containers = spec == null ? List.of() : containers(spec, "containers");
        List<ManifestFacts.Container> inits = spec == null ? List.of() : containers(spec, "initContainers");
        Map<String, ManifestFacts.Volume> volumes = new LinkedHashMap<>();
        if (spec != null) {
            child(spec, "volumes").ifPresent(list -> elements(list).forEach(v -> {
                String volumeName = text(v, "name").orElse("");
                ManifestFacts.Volume volume = new ManifestFacts.Volume(volumeName, "other", null, List.of());
                for (String source : List.of("configMap", "emptyDir", "secret", "persistentVolumeClaim")) {
                    Optional<Node> s = child(v, source);
                    if (s.isPresent()) {
                        List<String> items = child(s.get(), "items").map(n -> elements(n).stream()
                                .map(item -> text(item, "key").orElse("")).toList()).orElse(List.of());
                        volume = new ManifestFacts.Volume(volumeName, source,
                                text(s.get(), source.equals("secret") ? "secretName" : "name").orElse(null), items);
                    }
                }
                volumes.put(volumeName, volume);
            }));
        }
        return new ManifestFacts.Workload(kind, name, namespace, path, at, labels, containers, inits, volumes);
    }

    private List<ManifestFacts.Container> containers(Node spec, String field) {
        List<ManifestFacts.Container> out = new ArrayList<>();
        child(spec, field).ifPresent(list -> elements(list).forEach(c -> {
            List<ManifestFacts.Mount> mounts = child(c, "volumeMounts").map(n -> elements(n).stream()
                    .map(m -> new ManifestFacts.Mount(text(m, "name").orElse(""), text(m, "mountPath").orElse(""),
                            text(m, "subPath").orElse(null))).toList()).orElse(List.of());
            Optional<Node> resources = child(c, "resources");
            boolean request = resources.flatMap(r -> child(r, "requests")).flatMap(r -> text(r, "memory")).isPresent();
            boolean limit = resources.flatMap(r -> child(r, "limits")).flatMap(r -> text(r, "memory")).isPresent();
            List<ManifestFacts.Env> env = child(c, "env").map(n -> elements(n).stream()
                    // only what a pool is read from: a container's other variables (often dozens) are no facts here
                    .filter(e -> text(e, "name").filter(name -> name.startsWith(ClientConfigReader.ENVIRONMENT_PREFIX))
                            .isPresent() && child(e, "value").isPresent())
                    .map(e -> new ManifestFacts.Env(text(e, "name").orElseThrow(), text(e, "value").orElse(""),
                            child(e, "value").map(this::location).orElse(location(e))))
                    .toList()).orElse(List.of());
            out.add(new ManifestFacts.Container(text(c, "name").orElse(""), text(c, "image").orElse(""), location(c),
                    child(c, "image").map(this::location).orElse(location(c)), args(c, "command"), args(c, "args"),
                    mounts, request, limit, env));
        }));
        return out;
    }

    private List<ManifestFacts.Arg> args(Node container, String field) {
        return child(container, field).map(n -> elements(n).stream()
                .filter(ScalarNode.class::isInstance)
                .map(a -> new ManifestFacts.Arg(((ScalarNode) a).getValue(), location(a)))
                .toList()).orElse(List.of());
    }

    private ManifestFacts.Service service(String name, String namespace, Location at, Node doc, Node metadata) {
        Node spec = child(doc, "spec").orElse(null);
        String type = spec == null ? "ClusterIP" : text(spec, "type").orElse("ClusterIP");
        List<Integer> ports = new ArrayList<>();
        Map<String, String> selector = Map.of();
        if (spec != null) {
            child(spec, "ports").ifPresent(list -> elements(list).forEach(p -> {
                text(p, "port").flatMap(ManifestReader::integer).ifPresent(ports::add);
                text(p, "targetPort").flatMap(ManifestReader::integer).ifPresent(ports::add);
            }));
            selector = child(spec, "selector").map(this::stringMap).orElse(Map.of());
        }
        Map<String, ManifestFacts.Annotation> annotations = new LinkedHashMap<>();
        if (metadata != null) {
            child(metadata, "annotations").filter(MappingNode.class::isInstance).ifPresent(a -> {
                for (NodeTuple t : ((MappingNode) a).getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                        annotations.put(k.getValue(), new ManifestFacts.Annotation(v.getValue(), location(k)));
                    }
                }
            });
        }
        return new ManifestFacts.Service(name, namespace, path, at, type, ports, selector, annotations);
    }

    private static Optional<Integer> integer(String s) {
        return PORT.matcher(s).matches() ? Optional.of(Integer.parseInt(s)) : Optional.empty();
    }

    private static Optional<Node> child(Node node, String key) {
        if (!(node instanceof MappingNode m)) {
            return Optional.empty();
        }
        Node found = null;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                found = t.getValueNode(); // the last one wins, as in Kubernetes' decoder
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<String> text(Node node, String key) {
        return child(node, key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue());
    }

    private static List<Node> elements(Node node) {
        return node instanceof SequenceNode s ? s.getValue() : List.of();
    }

    /** The name (or label value) equal to {@code s} that this file gave first, else {@code s}. */
    private String shared(String s) {
        String first = names.putIfAbsent(s, s);
        return first == null ? s : first;
    }

    private Map<String, String> stringMap(Node node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                    out.put(k.getValue(), shared(v.getValue()));
                }
            }
        }
        return out;
    }

    private Location location(Node node) {
        return new Location(path, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }
}
