package io.github.mysqlconfigaudit.kubernetes;

import io.github.mysqlconfigaudit.discover.TextOrigin;
import io.github.mysqlconfigaudit.model.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the audit keeps of Kubernetes manifests: extracted facts with their positions, never the YAML trees,
 * so a monorepo of manifests costs little memory.
 */
public final class ManifestFacts {

    private ManifestFacts() {
    }

    /** A ConfigMap key and its text, with where that text stands. */
    public record DataEntry(String key, String text, TextOrigin origin, Location keyAt) {
    }

    public record ConfigMap(String name, String namespace, String path, Location at, List<DataEntry> data) {
    }

    /** A volume of a pod: the kind of source ({@code configMap}, {@code emptyDir}, {@code secret}, …) and what it names. */
    public record Volume(String name, String kind, String reference, List<String> items) {
    }

    public record Mount(String volume, String mountPath, String subPath) {
    }

    /** One element of a container's command or args, with its position. */
    public record Arg(String text, Location at) {
    }

    /** An environment variable with a literal value (valueFrom references are not followed). */
    public record Env(String name, String value, Location at) {
    }

    public record Container(String name, String image, Location at, Location imageAt, List<Arg> command, List<Arg> args,
                            List<Mount> mounts, boolean memoryRequest, boolean memoryLimit, List<Env> env) {
    }

    /** A Deployment, StatefulSet, DaemonSet or Pod: its pod template's labels, containers and volumes. */
    public record Workload(String kind, String name, String namespace, String path, Location at,
                           Map<String, String> podLabels, List<Container> containers, List<Container> initContainers,
                           Map<String, Volume> volumes) {

        /** {@code StatefulSet/mysql}. */
        public String label() {
            return kind + "/" + name;
        }
    }

    /** An annotation value with its position. */
    public record Annotation(String value, Location at) {
    }

    public record Service(String name, String namespace, String path, Location at, String type, List<Integer> ports,
                          Map<String, String> selector, Map<String, Annotation> annotations) {

        public Optional<Annotation> annotation(String key) {
            return Optional.ofNullable(annotations.get(key));
        }
    }
}
