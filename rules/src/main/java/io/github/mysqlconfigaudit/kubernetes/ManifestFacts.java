package io.github.mysqlconfigaudit.kubernetes;

import io.github.mysqlconfigaudit.discover.FileDiscovery;
import io.github.mysqlconfigaudit.discover.TextOrigin;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SharedTable;
import io.github.mysqlconfigaudit.model.SharedText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the audit keeps of Kubernetes manifests: extracted facts with their positions, never the YAML trees,
 * so a monorepo of manifests costs little memory. Lists are kept compact (most hold none or one element),
 * the names and short values a tree repeats are shared, and a position is kept as its fields (path, line,
 * column; {@code at()} makes the {@link Location}), not as one more object per fact.
 */
public final class ManifestFacts {

    private ManifestFacts() {
    }

    /**
     * An unmodifiable copy of {@code map} in its order, as small as its size allows, its keys shared: most labels,
     * selectors, volumes and annotations hold none or one entry, and an ordinary ordered map of one entry takes
     * seven times the memory of {@code Map.of(k, v)}.
     */
    static <V> Map<String, V> compact(Map<String, V> map) {
        if (map.isEmpty()) {
            return Map.of();
        }
        if (map.size() == 1) {
            Map.Entry<String, V> only = map.entrySet().iterator().next();
            if (only.getKey() != null && only.getValue() != null) {
                return Map.of(SharedText.of(only.getKey()), only.getValue());
            }
        }
        Map<String, V> copy = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(SharedText.of(k), v));
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static final Pattern SERVER_GROUP =
            Pattern.compile("(?im)^\\s*\\[\\s*(mysqld|mariadbd?|server|galera)(-\\d+\\.\\d+)?\\s*]");

    /**
     * A ConfigMap key and its text, with where that text stands and what the text is ({@link Kind#of}, told once as
     * the entry is read). Only entries that are an option file or an HAProxy config are kept ({@link ManifestReader}):
     * the rest of a ConfigMap (scripts, dashboards, settings of other programs) is not the audit's and would only
     * take memory.
     */
    public record DataEntry(String key, String text, TextOrigin origin, Kind kind, String path, int keyLine,
                            int keyColumn) {

        /** What an entry's text is read as. */
        public enum Kind {
            OPTION_FILE, HAPROXY_CONFIG, OTHER;

            /**
             * A MySQL option file when named {@code *.cnf} or holding a server group ({@code [mysqld]} …); else an
             * HAProxy config when named {@code haproxy.cfg} or reading like one; else neither.
             */
            public static Kind of(String key, String text) {
                if (key.toLowerCase(Locale.ROOT).endsWith(".cnf") || SERVER_GROUP.matcher(text).find()) {
                    return OPTION_FILE;
                }
                return key.equals("haproxy.cfg") || FileDiscovery.haproxyText(text) ? HAPROXY_CONFIG : OTHER;
            }
        }

        public DataEntry {
            Objects.requireNonNull(kind, "kind");
            Location.check(path, keyLine, keyColumn);
            key = SharedText.of(key);
        }

        public DataEntry(String key, String text, TextOrigin origin, Location keyAt) {
            this(key, text, origin, Kind.of(key, text), keyAt.path(), keyAt.line(), keyAt.column());
        }

        /** Where the key stands. */
        public Location keyAt() {
            return new Location(path, keyLine, keyColumn);
        }

        public boolean optionFile() {
            return kind == Kind.OPTION_FILE;
        }

        public boolean haproxy() {
            return kind == Kind.HAPROXY_CONFIG;
        }
    }

    public record ConfigMap(String name, String namespace, String path, int line, int column, List<DataEntry> data) {
        public ConfigMap {
            Location.check(path, line, column);
            namespace = SharedText.of(namespace);
            data = List.copyOf(data);
        }

        public ConfigMap(String name, String namespace, String path, Location at, List<DataEntry> data) {
            this(name, namespace, path, in(path, at).line(), at.column(), data);
        }

        public Location at() {
            return new Location(path, line, column);
        }
    }

    /** {@code at}, checked to be in {@code path} (every position of a fact is in the fact's file). */
    private static Location in(String path, Location at) {
        if (!at.path().equals(path)) {
            throw new IllegalArgumentException(at + " is not in " + path);
        }
        return at;
    }

    /** A volume of a pod: the kind of source ({@code configMap}, {@code emptyDir}, {@code secret}, …) and what it names. */
    public record Volume(String name, String kind, String reference, List<String> items) {
        public Volume {
            name = SharedText.of(name);
            kind = SharedText.of(kind);
            reference = SharedText.of(reference);
        }
    }

    public record Mount(String volume, String mountPath, String subPath) {
        public Mount {
            volume = SharedText.of(volume);
            mountPath = SharedText.of(mountPath);
            subPath = SharedText.of(subPath);
        }
    }

    /** One element of a container's command or args, with its position. */
    public record Arg(String text, String path, int line, int column) {
        /**
         * Options ({@code --max-allowed-packet=64M}) repeat across a tree: one copy of each is kept, never of a
         * password-like one; other arguments (scripts, {@code -p}) are kept as they are.
         */
        public Arg {
            Location.check(path, line, column);
            if (text != null && text.startsWith("--")) {
                text = SharedText.valueOf(text, text); // an option names itself: --password=… is a secret's
            }
        }

        public Arg(String text, Location at) {
            this(text, at.path(), at.line(), at.column());
        }

        public Location at() {
            return new Location(path, line, column);
        }
    }

    /**
     * An environment variable a connection pool is read from ({@code SPRING_DATASOURCE_*}), with a literal value
     * (valueFrom references are not followed); a container's other variables are not kept.
     */
    public record Env(String name, String value, String path, int line, int column) {
        public Env {
            Location.check(path, line, column);
            name = SharedText.of(name);
            value = SharedText.valueOf(name, value);
        }

        public Env(String name, String value, Location at) {
            this(name, value, at.path(), at.line(), at.column());
        }

        public Location at() {
            return new Location(path, line, column);
        }
    }

    /** A container: {@code line}/{@code column} where it starts, {@code imageLine}/{@code imageColumn} its image. */
    public record Container(String name, String image, String path, int line, int column, int imageLine,
                            int imageColumn, List<Arg> command, List<Arg> args, List<Mount> mounts,
                            boolean memoryRequest, boolean memoryLimit, List<Env> env) {
        public Container {
            Location.check(path, line, column);
            Location.check(path, imageLine, imageColumn);
            name = SharedText.of(name);
            image = SharedText.of(image);
            command = List.copyOf(command);
            args = List.copyOf(args);
            mounts = List.copyOf(mounts);
            env = List.copyOf(env);
        }

        public Container(String name, String image, Location at, Location imageAt, List<Arg> command, List<Arg> args,
                         List<Mount> mounts, boolean memoryRequest, boolean memoryLimit, List<Env> env) {
            this(name, image, at.path(), at.line(), at.column(), in(at.path(), imageAt).line(), imageAt.column(),
                    command, args, mounts, memoryRequest, memoryLimit, env);
        }

        public Location at() {
            return new Location(path, line, column);
        }

        public Location imageAt() {
            return new Location(path, imageLine, imageColumn);
        }
    }

    /** A Deployment, StatefulSet, DaemonSet or Pod: its pod template's labels, containers and volumes. */
    public record Workload(String kind, String name, String namespace, String path, int line, int column,
                           Map<String, String> podLabels, List<Container> containers, List<Container> initContainers,
                           Map<String, Volume> volumes) {

        public Workload {
            Location.check(path, line, column);
            kind = SharedText.of(kind);
            namespace = SharedText.of(namespace);
            containers = List.copyOf(containers);
            initContainers = List.copyOf(initContainers);
            podLabels = compact(podLabels);
            volumes = compact(volumes);
        }

        public Workload(String kind, String name, String namespace, String path, Location at,
                        Map<String, String> podLabels, List<Container> containers, List<Container> initContainers,
                        Map<String, Volume> volumes) {
            this(kind, name, namespace, path, in(path, at).line(), at.column(), podLabels, containers,
                    initContainers, volumes);
        }

        public Location at() {
            return new Location(path, line, column);
        }

        /** {@code StatefulSet/mysql}. */
        public String label() {
            return kind + "/" + name;
        }
    }

    /** An annotation value with its position. */
    public record Annotation(String value, Location at) {
    }

    /** A Service's ports repeat across a tree ({@code [3306]}, {@code [3306, 3306]}): one copy of each list is kept. */
    private static final SharedTable<List<Integer>> PORTS = new SharedTable<>(1_000);

    public record Service(String name, String namespace, String path, int line, int column, String type,
                          List<Integer> ports, Map<String, String> selector, Map<String, Annotation> annotations) {

        public Service {
            Location.check(path, line, column);
            name = SharedText.of(name);
            namespace = SharedText.of(namespace);
            type = SharedText.of(type);
            ports = PORTS.of(List.copyOf(ports));
            selector = compact(selector);
            annotations = compact(annotations);
        }

        public Service(String name, String namespace, String path, Location at, String type, List<Integer> ports,
                       Map<String, String> selector, Map<String, Annotation> annotations) {
            this(name, namespace, path, in(path, at).line(), at.column(), type, ports, selector, annotations);
        }

        public Location at() {
            return new Location(path, line, column);
        }

        public Optional<Annotation> annotation(String key) {
            return Optional.ofNullable(annotations.get(key));
        }
    }
}
