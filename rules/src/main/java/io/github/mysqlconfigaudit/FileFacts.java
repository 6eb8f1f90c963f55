package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.client.ClientConfigReader;
import io.github.mysqlconfigaudit.discover.FileDiscovery;
import io.github.mysqlconfigaudit.discover.SourceFile;
import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.discover.SuppressionComments;
import io.github.mysqlconfigaudit.haproxy.HaproxyConfig;
import io.github.mysqlconfigaudit.haproxy.HaproxyConfigReader;
import io.github.mysqlconfigaudit.haproxy.RouteBuilder;
import io.github.mysqlconfigaudit.kubernetes.ManifestFacts;
import io.github.mysqlconfigaudit.kubernetes.ManifestReader;
import io.github.mysqlconfigaudit.model.ClientPool;
import io.github.mysqlconfigaudit.model.FileKind;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.ProxyTimeout;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.model.Suppression;
import io.github.mysqlconfigaudit.mysql.OptionFile;
import io.github.mysqlconfigaudit.mysql.OptionFileReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collector;

/**
 * The facts of every discovered file, read on both cores (each reader keeps no shared state) and gathered in path
 * order: an ordered reduction, in which each core gathers a run of files and runs are joined left to right. No
 * per-file result outlives its file: at 100,000 files the per-file wrappers (a result, its lists, the discovered
 * file) were some 400,000 objects the collector copied until the model was built.
 */
final class FileFacts {

    private final SourceTree tree;
    private final AuditOptions options;
    private final UnaryOperator<ProxyRoute> marked;

    // what the files gave, in path order
    final List<OptionFile> optionFiles = new ArrayList<>();
    final List<ManifestFacts.ConfigMap> configMaps = new ArrayList<>();
    final List<ManifestFacts.Workload> workloads = new ArrayList<>();
    final List<ManifestFacts.Service> services = new ArrayList<>();
    final List<SourceProblem> manifestProblems = new ArrayList<>();
    final List<ClientPool> clients = new ArrayList<>();
    final List<ProxyRoute> routes = new ArrayList<>();
    final List<ProxyTimeout> proxyTimeouts = new ArrayList<>();
    final Set<SourceProblem> problems = new LinkedHashSet<>();
    final Set<Suppression> suppressions = new LinkedHashSet<>();
    final Map<FileKind, Integer> counts = new EnumMap<>(FileKind.class);

    /** What one file gave its reader: handed to {@link #add} at once, never kept. */
    private record Parsed(SourceFile file, OptionFile optionFile, RouteBuilder.Result routes,
                          ClientConfigReader.Result client, ManifestReader.Result manifest,
                          List<Suppression> suppressions, SourceProblem skipped) {
    }

    /** Gathers one core's run of files. */
    private FileFacts(SourceTree tree, AuditOptions options, UnaryOperator<ProxyRoute> marked) {
        this.tree = tree;
        this.options = options;
        this.marked = marked;
    }

    /**
     * Reads {@code files} (in path order) on both cores and gathers their facts in that order.
     *
     * @param marked the policy's word on a route (whether it carries MySQL), applied to each as it is read
     */
    static FileFacts read(SourceTree tree, AuditOptions options, List<SourceFile> files, UnaryOperator<ProxyRoute> marked) {
        OptionFileReader optionReader = new OptionFileReader(tree, options.limits());
        HaproxyConfigReader haproxyReader = new HaproxyConfigReader(tree, options.limits());
        return files.parallelStream().collect(Collector.of(() -> new FileFacts(tree, options, marked),
                (facts, file) -> facts.add(facts.parse(file, optionReader, haproxyReader)), FileFacts::join));
    }

    private void add(Parsed p) {
        if (p == null) {
            return; // a *.cfg whose text is not HAProxy's
        }
        if (p.manifest() != null && !p.manifest().kubernetes()) {
            return; // YAML that is not Kubernetes: skipped silently
        }
        counts.merge(p.file().kind(), 1, Integer::sum);
        suppressions.addAll(p.suppressions());
        if (p.skipped() != null) {
            problems.add(p.skipped());
        }
        if (p.optionFile() != null) {
            optionFiles.add(p.optionFile());
        }
        if (p.routes() != null) {
            p.routes().routes().stream().map(marked).forEach(routes::add);
            suppressions.addAll(p.routes().suppressions());
            proxyTimeouts.addAll(p.routes().timeouts());
            problems.addAll(p.routes().problems());
        }
        if (p.client() != null) {
            p.client().pool().ifPresent(clients::add);
            problems.addAll(p.client().problems());
        }
        if (p.manifest() != null) {
            configMaps.addAll(p.manifest().configMaps());
            workloads.addAll(p.manifest().workloads());
            services.addAll(p.manifest().services());
            manifestProblems.addAll(p.manifest().problems());
        }
    }

    /** {@code later}'s files follow this one's. */
    private FileFacts join(FileFacts later) {
        optionFiles.addAll(later.optionFiles);
        configMaps.addAll(later.configMaps);
        workloads.addAll(later.workloads);
        services.addAll(later.services);
        manifestProblems.addAll(later.manifestProblems);
        clients.addAll(later.clients);
        routes.addAll(later.routes);
        proxyTimeouts.addAll(later.proxyTimeouts);
        problems.addAll(later.problems);
        suppressions.addAll(later.suppressions);
        later.counts.forEach((kind, n) -> counts.merge(kind, n, Integer::sum));
        return this;
    }

    /** Every manifest's facts, in path order, as one. */
    ManifestReader.Result manifests() {
        return new ManifestReader.Result(configMaps, workloads, services, manifestProblems, true);
    }

    private Parsed parse(SourceFile file, OptionFileReader optionReader, HaproxyConfigReader haproxyReader) {
        switch (file.kind()) {
            case MYSQL_OPTION_FILE -> {
                return new Parsed(file, optionReader.read(file), null, null, null, List.of(), null);
            }
            case HAPROXY_CONFIG -> {
                HaproxyConfig config;
                if (file.byContent()) {
                    SourceTree.TextRead read = tree.readDiscovered(file, options.limits());
                    if (!read.ok() || !FileDiscovery.haproxyText(read.text())) {
                        return null;
                    }
                    config = HaproxyConfigReader.parse(file.path(), read.text());
                } else {
                    config = haproxyReader.read(file);
                }
                return new Parsed(file, null, RouteBuilder.build(config), null, null, List.of(), null);
            }
            default -> {
                SourceTree.TextRead read = tree.readDiscovered(file, options.limits());
                if (!read.ok()) {
                    return new Parsed(file, null, null, null, null, List.of(), new SourceProblem(
                            SourceProblem.Kind.FILE_SKIPPED, Location.fileStart(file.path()), "not read: " + read.skipReason()));
                }
                List<Suppression> inline = SuppressionComments.scan(file.path(), read.text(), "#");
                return file.kind() == FileKind.CLIENT_CONFIG
                        ? new Parsed(file, null, null, ClientConfigReader.read(file.path(), read.text(), options.limits()), null,
                                inline, null)
                        : new Parsed(file, null, null, null, ManifestReader.read(file.path(), read.text(), options.limits()),
                                inline, null);
            }
        }
    }
}
