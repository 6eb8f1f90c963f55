package io.github.mysqlconfigaudit.kubernetes;

import io.github.mysqlconfigaudit.client.ClientConfigReader;
import io.github.mysqlconfigaudit.haproxy.HaproxyConfigReader;
import io.github.mysqlconfigaudit.haproxy.RouteBuilder;
import io.github.mysqlconfigaudit.model.ClientPool;
import io.github.mysqlconfigaudit.model.ClientSetting;
import io.github.mysqlconfigaudit.model.GroupOption;
import io.github.mysqlconfigaudit.model.MySqlContainer;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.ProxySection;
import io.github.mysqlconfigaudit.model.ProxyTimeout;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.mysql.OptionFile;
import io.github.mysqlconfigaudit.mysql.OptionFileReader;
import io.github.mysqlconfigaudit.mysql.OptionGroup;
import io.github.mysqlconfigaudit.mysql.OptionLine;
import io.github.mysqlconfigaudit.mysql.ServerConfigs;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * From manifest facts to the model: each MySQL container is a server (the option files its pod mounts
 * from ConfigMaps, directly or copied by an init container into an emptyDir, then its command-line
 * options); ConfigMap option files no server mounts are servers of their own; HAProxy configs in
 * ConfigMaps are routes; Services resolve addresses; a LoadBalancer Service in front of MySQL is a hop
 * with an idle timeout of its own.
 */
public final class ClusterModel {

    static final Pattern MYSQL_IMAGE = Pattern.compile(
            "(?i)(?:.*/)?(mysql|mariadb|percona|percona-server|mysql-server)(?::([^@]+))?(?:@.*)?");
    private static final Pattern VERSION_TAG = Pattern.compile("(\\d+)\\.(\\d+).*");

    /** What the manifests add to the model. */
    public record Result(List<MySqlServer> servers, List<ProxyRoute> routes, List<ProxyTimeout> timeouts,
                         List<MySqlContainer> containers, List<SourceProblem> problems, ServiceDirectory directory,
                         Map<String, ManifestFacts.Service> loadBalancers, List<ClientPool> clients,
                         List<GroupOption> groupOptions) {
    }

    private final List<ManifestReader.Result> manifests;
    private final Optional<MySqlVersion> explicitVersion;
    private final MySqlVersion fallback;
    private final VariableCatalog catalog;
    private final List<GroupOption> groupOptions = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();
    private final Set<ManifestFacts.DataEntry> consumed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Every embedded option file and HAProxy config, parsed once, in parallel, before the cluster is put together. */
    private final Map<ManifestFacts.DataEntry, OptionFile> optionFiles = new java.util.IdentityHashMap<>();
    private final Map<ManifestFacts.DataEntry, RouteBuilder.Result> haproxyConfigs = new java.util.IdentityHashMap<>();

    private ClusterModel(List<ManifestReader.Result> manifests, Optional<MySqlVersion> explicitVersion,
                         MySqlVersion fallback, VariableCatalog catalog) {
        this.manifests = manifests;
        this.explicitVersion = explicitVersion;
        this.fallback = fallback;
        this.catalog = catalog;
    }

    public static Result build(List<ManifestReader.Result> manifests, Optional<MySqlVersion> explicitVersion,
                               MySqlVersion fallback, VariableCatalog catalog) {
        return new ClusterModel(manifests, explicitVersion, fallback, catalog).run();
    }

    private Result run() {
        // Several files may declare a ConfigMap of one name (base and overlays): all are kept.
        Map<String, List<ManifestFacts.ConfigMap>> configMaps = new LinkedHashMap<>();
        List<ManifestFacts.Workload> workloads = new ArrayList<>();
        List<ManifestFacts.Service> services = new ArrayList<>();
        for (ManifestReader.Result m : manifests) {
            m.configMaps().forEach(c -> configMaps.computeIfAbsent(c.namespace() + "/" + c.name(), k -> new ArrayList<>()).add(c));
            workloads.addAll(m.workloads());
            services.addAll(m.services());
            problems.addAll(m.problems());
        }
        parseEmbedded(configMaps);
        List<MySqlServer> servers = new ArrayList<>();
        List<MySqlContainer> containers = new ArrayList<>();
        Map<ManifestFacts.Workload, List<MySqlServer>> byWorkload = new LinkedHashMap<>();
        List<ClientPool> clients = new ArrayList<>();
        // Each container is looked at on its own (in parallel); what it gives is merged in workload order.
        record Seen(ManifestFacts.Workload workload, MySqlContainer container, ServerBuild server,
                    Optional<ClientPool> client) {
        }
        List<Seen> seen = workloads.parallelStream().flatMap(w -> w.containers().stream().map(c -> {
            Matcher image = mayBeServerImage(c.image()) ? MYSQL_IMAGE.matcher(c.image()) : null;
            if (image == null || !image.matches()) {
                Map<String, ClientSetting> env = new LinkedHashMap<>();
                // the facts hold only the variables a pool is read from (the reader keeps no others)
                c.env().forEach(e -> env.put(e.name(), new ClientSetting(e.name(), e.value(), e.at())));
                return new Seen(w, null, null,
                        ClientConfigReader.fromEnvironment(w.label() + " container " + c.name(), w.path(), env));
            }
            return new Seen(w, new MySqlContainer(w.label(), c.name(), c.image(), c.at(), c.memoryRequest(),
                    c.memoryLimit()), server(w, c, image.group(2), configMaps), Optional.empty());
        })).toList();
        for (Seen s : seen) {
            s.client().ifPresent(clients::add);
            if (s.server() != null) {
                containers.add(s.container());
                problems.addAll(s.server().problems());
                consumed.addAll(s.server().consumed());
                groupOptions.addAll(s.server().groupOptions());
                servers.add(s.server().server());
                byWorkload.computeIfAbsent(s.workload(), k -> new ArrayList<>()).add(s.server().server());
            }
        }
        List<ProxyRoute> routes = new ArrayList<>();
        List<ProxyTimeout> timeouts = new ArrayList<>();
        for (ManifestFacts.ConfigMap cm : configMaps.values().stream().flatMap(List::stream).toList()) {
            for (ManifestFacts.DataEntry e : cm.data()) {
                if (consumed.contains(e)) {
                    continue;
                }
                // what parseEmbedded read the entry as: an option file, an HAProxy config, or neither
                OptionFile file = optionFiles.get(e);
                RouteBuilder.Result built = haproxyConfigs.get(e);
                if (file != null) {
                    problems.addAll(file.problems());
                    OptionFile named = new OptionFile(cm.path() + "#ConfigMap/" + cm.name() + "/" + e.key(), file.lines(),
                            file.groups(), List.of(cm.path()), List.of(), List.of());
                    ServerConfigs.server(named, explicitVersion.orElse(fallback), catalog).ifPresent(servers::add);
                    groupOptions.addAll(ServerConfigs.groupOptions(named));
                } else if (built != null) {
                    routes.addAll(built.routes());
                    timeouts.addAll(built.timeouts());
                    problems.addAll(built.problems());
                }
            }
        }
        ServiceDirectory directory = new ServiceDirectory(services, byWorkload);
        Map<String, ManifestFacts.Service> loadBalancers = new LinkedHashMap<>();
        for (ManifestFacts.Service s : services) {
            loadBalancer(s, directory).ifPresent(r -> {
                routes.add(r);
                loadBalancers.put(r.id(), s);
            });
        }
        return new Result(servers, routes, timeouts, containers, problems, directory, loadBalancers, clients,
                groupOptions);
    }

    private void parseEmbedded(Map<String, List<ManifestFacts.ConfigMap>> configMaps) {
        List<ManifestFacts.DataEntry> entries = configMaps.values().stream().flatMap(List::stream)
                .flatMap(cm -> cm.data().stream()).toList();
        record Parsed(ManifestFacts.DataEntry entry, OptionFile optionFile, RouteBuilder.Result haproxy) {
        }
        entries.parallelStream()
                .map(e -> e.optionFile() ? new Parsed(e, OptionFileReader.readEmbedded(e.origin(), e.text()), null)
                        : e.haproxy() ? new Parsed(e, null, RouteBuilder.build(HaproxyConfigReader.parse(e.origin(), e.text())))
                        : null)
                .filter(java.util.Objects::nonNull)
                .toList()
                .forEach(p -> {
                    if (p.optionFile() != null) {
                        optionFiles.put(p.entry(), p.optionFile());
                    } else {
                        haproxyConfigs.put(p.entry(), p.haproxy());
                    }
                });
    }

    /** The server a MySQL container runs: the option files its pod gives it, then its own command-line options. */
    private record ServerBuild(MySqlServer server, List<SourceProblem> problems, List<ManifestFacts.DataEntry> consumed,
                               List<GroupOption> groupOptions) {
    }

    private ServerBuild server(ManifestFacts.Workload w, ManifestFacts.Container c, String tag,
                               Map<String, List<ManifestFacts.ConfigMap>> configMaps) {
        List<SourceProblem> problems = new ArrayList<>();
        List<ManifestFacts.DataEntry> consumed = new ArrayList<>();
        List<OptionLine> lines = new ArrayList<>();
        List<OptionGroup> groups = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (ManifestFacts.DataEntry e : mountedOptionFiles(w, c, configMaps)) {
            OptionFile file = optionFiles.get(e);
            problems.addAll(file.problems());
            lines.addAll(file.lines());
            groups.addAll(file.groups());
            consumed.add(e);
            if (!files.contains(e.origin().path()) && !e.origin().path().equals(w.path())) {
                files.add(e.origin().path());
            }
        }
        lines.addAll(commandLineOptions(c));
        // The container's own options: after the option files, so a missing option is added to a mounted file first.
        groups.add(new OptionGroup("mysqld", c.at()));
        OptionFile combined = new OptionFile(w.path() + "#" + w.label() + "/" + c.name(), lines, groups, files, List.of(),
                List.of());
        Optional<MySqlVersion> fromImage = explicitVersion.isPresent() ? Optional.empty() : versionOf(c.image(), tag);
        MySqlVersion version = explicitVersion.orElseGet(() -> fromImage.orElse(fallback));
        return new ServerBuild(ServerConfigs.server(combined, version, fromImage.map(v -> "image " + c.image()).orElse(""),
                catalog).orElseThrow(), problems, consumed, ServerConfigs.groupOptions(combined));
    }

    /**
     * False for an image that cannot match {@link #MYSQL_IMAGE}, which names one of its words: most containers of a
     * tree are applications, and this is cheaper than a regular expression's matcher for each.
     */
    static boolean mayBeServerImage(String image) {
        for (int i = 0; i < image.length(); i++) {
            if (image.regionMatches(true, i, "mysql", 0, 5) || image.regionMatches(true, i, "mariadb", 0, 7)
                    || image.regionMatches(true, i, "percona", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    /** {@code mysql:8.0.36} → 8.0, {@code mariadb:10.11} → mariadb-10.11; other tags give nothing. */
    static Optional<MySqlVersion> versionOf(String imageAndTag, String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        Matcher m = VERSION_TAG.matcher(tag);
        if (!m.matches()) {
            return Optional.empty();
        }
        String series = m.group(1) + "." + m.group(2);
        try {
            return Optional.of(MySqlVersion.parse(imageAndTag.toLowerCase(Locale.ROOT).contains("mariadb")
                    ? "mariadb-" + series : series));
        } catch (IllegalArgumentException notInCatalog) {
            return Optional.empty();
        }
    }

    /**
     * The ConfigMap option files that reach the container: ConfigMap volumes it mounts, and ConfigMap volumes
     * of init containers that also mount an emptyDir the container mounts (the copy-at-start pattern).
     */
    private List<ManifestFacts.DataEntry> mountedOptionFiles(ManifestFacts.Workload w, ManifestFacts.Container c,
                                                                    Map<String, List<ManifestFacts.ConfigMap>> configMaps) {
        List<ManifestFacts.DataEntry> out = new ArrayList<>();
        Set<String> containerVolumes = new HashSet<>();
        for (ManifestFacts.Mount m : c.mounts()) {
            containerVolumes.add(m.volume());
            ManifestFacts.Volume v = w.volumes().get(m.volume());
            if (v != null && v.kind().equals("configMap")) {
                out.addAll(optionFiles(w, v, m.subPath(), configMaps));
            }
        }
        for (ManifestFacts.Container init : w.initContainers()) {
            boolean sharesAnEmptyDir = init.mounts().stream().anyMatch(m -> containerVolumes.contains(m.volume())
                    && w.volumes().containsKey(m.volume()) && w.volumes().get(m.volume()).kind().equals("emptyDir"));
            if (!sharesAnEmptyDir) {
                continue;
            }
            for (ManifestFacts.Mount m : init.mounts()) {
                ManifestFacts.Volume v = w.volumes().get(m.volume());
                if (v != null && v.kind().equals("configMap")) {
                    optionFiles(w, v, m.subPath(), configMaps).stream().filter(e -> !out.contains(e)).forEach(out::add);
                }
            }
        }
        return out;
    }

    private List<ManifestFacts.DataEntry> optionFiles(ManifestFacts.Workload w, ManifestFacts.Volume v,
                                                             String subPath, Map<String, List<ManifestFacts.ConfigMap>> configMaps) {
        ManifestFacts.ConfigMap cm = nearest(w.path(), configMaps.getOrDefault(w.namespace() + "/" + v.reference(), List.of()));
        if (cm == null) {
            return List.of();
        }
        return cm.data().stream()
                .filter(optionFiles::containsKey) // read as an option file by parseEmbedded
                .filter(e -> subPath == null || subPath.equals(e.key()))
                .filter(e -> v.items().isEmpty() || v.items().contains(e.key()))
                .sorted(Comparator.comparing(ManifestFacts.DataEntry::key))
                .toList();
    }

    /** Of ConfigMaps of one name, the one whose file shares the longest directory prefix with the workload's. */
    private static ManifestFacts.ConfigMap nearest(String workloadPath, List<ManifestFacts.ConfigMap> candidates) {
        ManifestFacts.ConfigMap best = null;
        int bestShared = -1;
        for (ManifestFacts.ConfigMap cm : candidates) {
            int shared = sharedDirectories(workloadPath, cm.path());
            if (shared > bestShared) {
                best = cm;
                bestShared = shared;
            }
        }
        return best;
    }

    /**
     * How many directories, from the root, two files' paths share ({@code a/b/x.yaml} and {@code a/c/y.yaml}: one).
     * Read in place: every workload's mount asks it of each candidate.
     */
    static int sharedDirectories(String a, String b) {
        int n = 0;
        int start = 0;
        while (true) {
            // while the paths agree, the next directory starts at the same place in both
            int end = a.indexOf('/', start);
            if (end < 0 || end != b.indexOf('/', start) || !a.regionMatches(start, b, start, end - start)) {
                return n;
            }
            n++;
            start = end + 1;
        }
    }

    /**
     * {@code --name=value} options of the server command: all of {@code args} for the image's entrypoint, and
     * what follows {@code mysqld}/{@code mariadbd} in {@code command}.
     */
    private static List<OptionLine> commandLineOptions(ManifestFacts.Container c) {
        List<OptionLine> out = new ArrayList<>();
        boolean afterServer = false;
        for (ManifestFacts.Arg a : c.command()) {
            String t = a.text().trim();
            if (t.endsWith("mysqld") || t.endsWith("mariadbd")) {
                afterServer = true;
            } else if (afterServer) {
                option(a).ifPresent(out::add);
            }
        }
        for (ManifestFacts.Arg a : c.args()) {
            option(a).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<OptionLine> option(ManifestFacts.Arg a) {
        String t = a.text().trim();
        if (!t.startsWith("--") || t.length() < 3) {
            return Optional.empty();
        }
        int eq = t.indexOf('=');
        String name = eq < 0 ? t.substring(2) : t.substring(2, eq);
        return Optional.of(new OptionLine("mysqld", name, eq < 0 ? null : t.substring(eq + 1), a.at()));
    }

    /**
     * A LoadBalancer Service in front of MySQL, as a hop with the idle timeout its provider applies; nothing
     * when no annotation says which provider it is.
     */
    private static Optional<ProxyRoute> loadBalancer(ManifestFacts.Service s, ServiceDirectory directory) {
        if (!s.type().equals("LoadBalancer")) {
            return Optional.empty();
        }
        boolean mysql = s.ports().contains(3306) || !directory.serversOf(s).isEmpty();
        Optional<LoadBalancerIdle> idle = LoadBalancerIdle.of(s);
        if (!mysql || idle.isEmpty()) {
            return Optional.empty();
        }
        LoadBalancerIdle lb = idle.get();
        ProxySection section = new ProxySection(ProxySection.SERVICE, s.name(), s.at());
        ProxyTimeout timeout = new ProxyTimeout("idle", lb.millis(), lb.raw(), lb.at(), "Service " + s.name()
                + " (" + lb.provider() + ")");
        return Optional.of(new ProxyRoute(s.path(), section, section, "tcp",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(timeout), Optional.empty(), List.of(),
                Optional.of("a LoadBalancer Service (" + lb.provider() + ") in front of MySQL"), Optional.of(lb.fix())));
    }

}
