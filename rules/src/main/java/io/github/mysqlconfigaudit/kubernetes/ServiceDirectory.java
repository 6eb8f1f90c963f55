package io.github.mysqlconfigaudit.kubernetes;

import io.github.mysqlconfigaudit.model.MySqlServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cluster DNS as the audit can know it from manifests: {@code mysql}, {@code mysql.db},
 * {@code mysql.db.svc.cluster.local} name a Service; {@code mysql-0.mysql.db.svc.cluster.local} a pod of the
 * StatefulSet behind it. A Service leads, through its selector, to the MySQL servers of the pods it selects.
 */
public final class ServiceDirectory {

    /**
     * A resolved address: the Service, the servers behind it, and why the address leads there, for links and
     * paths: {@code cluster DNS: mysql.db → Service db/mysql}.
     */
    public record Resolution(ManifestFacts.Service service, List<MySqlServer> servers, String reason) {
    }

    private final List<ManifestFacts.Service> services;
    private final Map<String, List<ManifestFacts.Service>> byName = new java.util.HashMap<>();
    private final Map<ManifestFacts.Workload, List<MySqlServer>> serversByWorkload;
    /**
     * Memo of {@link #resolve} for this audit, by address as written: the routes and pools of a tree name the same
     * few addresses, and each link then shares one reason text.
     */
    private final Map<String, Optional<Resolution>> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    /** Memo of {@link #select}; concurrent, as routes and pools are linked in parallel. */
    private final Map<ManifestFacts.Service, List<MySqlServer>> selected = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern CLUSTER_SUFFIX = java.util.regex.Pattern.compile(
            "\\.svc(\\.cluster\\.local)?\\.?$");
    private static final java.util.regex.Pattern CLUSTER_NAME = java.util.regex.Pattern.compile(
            "(?i).*\\.svc(\\.cluster\\.local)?\\.?");
    /** MySQL workloads by {@code namespace/label=value} of their pods. */
    private final Map<String, List<ManifestFacts.Workload>> byLabel = new java.util.HashMap<>();

    ServiceDirectory(List<ManifestFacts.Service> services, Map<ManifestFacts.Workload, List<MySqlServer>> serversByWorkload) {
        this.services = List.copyOf(services);
        this.serversByWorkload = serversByWorkload;
        services.forEach(s -> byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s));
        serversByWorkload.keySet().forEach(w -> w.podLabels().forEach((k, v) ->
                byLabel.computeIfAbsent(w.namespace() + "/" + k + "=" + v, x -> new ArrayList<>()).add(w)));
    }

    public static ServiceDirectory empty() {
        return new ServiceDirectory(List.of(), Map.of());
    }

    public boolean isEmpty() {
        return services.isEmpty();
    }

    /** The Service an address names, tried as {@code service[.namespace]} and as {@code pod.service[.namespace]}. */
    public Optional<Resolution> resolve(String host) {
        return resolved.computeIfAbsent(host, this::lookUp);
    }

    private Optional<Resolution> lookUp(String host) {
        String h = CLUSTER_SUFFIX.matcher(host.toLowerCase(java.util.Locale.ROOT)).replaceFirst("");
        String[] parts = h.split("\\.");
        Optional<ManifestFacts.Service> s = find(parts[0], parts.length > 1 ? parts[1] : null);
        if (s.isEmpty() && parts.length > 1) {
            s = find(parts[1], parts.length > 2 ? parts[2] : null);
        }
        return s.map(svc -> new Resolution(svc, serversOf(svc),
                "cluster DNS: " + host + " → Service " + svc.namespace() + "/" + svc.name()));
    }

    /** True for names that can only mean a cluster address ({@code *.svc}, {@code *.svc.cluster.local}). */
    public static boolean clusterName(String host) {
        return CLUSTER_NAME.matcher(host).matches();
    }

    private Optional<ManifestFacts.Service> find(String name, String namespace) {
        List<ManifestFacts.Service> matches = byName.getOrDefault(name, List.of()).stream()
                .filter(s -> namespace == null || s.namespace().equals(namespace))
                .toList();
        return matches.size() == 1 || (namespace != null && !matches.isEmpty())
                ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** The MySQL servers of the workloads in the Service's namespace whose pod labels its selector matches. */
    public List<MySqlServer> serversOf(ManifestFacts.Service service) {
        return selected.computeIfAbsent(service, this::select);
    }

    private List<MySqlServer> select(ManifestFacts.Service service) {
        List<MySqlServer> out = new ArrayList<>();
        if (service.selector().isEmpty()) {
            return out;
        }
        Map.Entry<String, String> first = service.selector().entrySet().iterator().next();
        for (ManifestFacts.Workload w : byLabel.getOrDefault(service.namespace() + "/" + first.getKey() + "="
                + first.getValue(), List.of())) {
            if (w.podLabels().entrySet().containsAll(service.selector().entrySet())) {
                out.addAll(serversByWorkload.get(w));
            }
        }
        return out;
    }
}
