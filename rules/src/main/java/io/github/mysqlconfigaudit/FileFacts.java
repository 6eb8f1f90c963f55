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
import java.util.stream.Collector;

/**
 * The parse step: every discovered file read on both cores ({@link #parse}: one {@link ParsedFile} a file) and
 * gathered in path order, an ordered reduction in which each core gathers a run of files and runs are joined left
 * to right. A parsed file is taken apart as soon as it is gathered, so none outlives its file.
 *
 * @param optionFiles    the MySQL option files
 * @param routes         the HAProxy routes, as the configs say (the policy has not spoken yet)
 * @param proxyTimeouts  every HAProxy {@code timeout} line
 * @param clients        the applications' connection pools
 * @param manifests      every Kubernetes manifest's facts, as one
 * @param problems       what the readers could not read
 * @param suppressions   the inline suppressions of files whose readers do not keep their own
 * @param counts         files read, per kind
 */
record FileFacts(List<OptionFile> optionFiles, List<ProxyRoute> routes, List<ProxyTimeout> proxyTimeouts,
                 List<ClientPool> clients, ManifestReader.Result manifests, Set<SourceProblem> problems,
                 Set<Suppression> suppressions, Map<FileKind, Integer> counts) {

    /** Reads {@code files} (in path order) on both cores and gathers their facts in that order. */
    static FileFacts read(SourceTree tree, AuditOptions options, List<SourceFile> files) {
        OptionFileReader optionReader = new OptionFileReader(tree, options.limits());
        HaproxyConfigReader haproxyReader = new HaproxyConfigReader(tree, options.limits());
        return files.parallelStream().collect(Collector.of(Gathered::new,
                (gathered, file) -> gathered.add(parse(file, tree, options, optionReader, haproxyReader)),
                Gathered::join, Gathered::facts));
    }

    /** One file, by its kind. */
    static ParsedFile parse(SourceFile file, SourceTree tree, AuditOptions options, OptionFileReader optionReader,
                            HaproxyConfigReader haproxyReader) {
        switch (file.kind()) {
            case MYSQL_OPTION_FILE -> {
                return new ParsedFile.Options(file, optionReader.read(file));
            }
            case HAPROXY_CONFIG -> {
                HaproxyConfig config;
                if (file.byContent()) {
                    SourceTree.TextRead read = tree.readDiscovered(file, options.limits());
                    if (!read.ok() || !FileDiscovery.haproxyText(read.text())) {
                        return new ParsedFile.NotItsKind(file);
                    }
                    config = HaproxyConfigReader.parse(file.path(), read.text());
                } else {
                    config = haproxyReader.read(file);
                }
                return new ParsedFile.Haproxy(file, RouteBuilder.build(config));
            }
            default -> {
                SourceTree.TextRead read = tree.readDiscovered(file, options.limits());
                if (!read.ok()) {
                    return new ParsedFile.Unreadable(file, new SourceProblem(SourceProblem.Kind.FILE_SKIPPED,
                            Location.fileStart(file.path()), "not read: " + read.skipReason()));
                }
                List<Suppression> inline = SuppressionComments.scan(file.path(), read.text(), "#");
                return file.kind() == FileKind.CLIENT_CONFIG
                        ? new ParsedFile.Client(file,
                                ClientConfigReader.read(file.path(), read.text(), options.limits()), inline)
                        : new ParsedFile.Manifest(file, ManifestReader.read(file.path(), read.text(), options.limits()),
                                inline);
            }
        }
    }

    /** One core's run of files, gathered as they are parsed. */
    private static final class Gathered {
        private final List<OptionFile> optionFiles = new ArrayList<>();
        private final List<ManifestFacts.ConfigMap> configMaps = new ArrayList<>();
        private final List<ManifestFacts.Workload> workloads = new ArrayList<>();
        private final List<ManifestFacts.Service> services = new ArrayList<>();
        private final List<SourceProblem> manifestProblems = new ArrayList<>();
        private final List<ClientPool> clients = new ArrayList<>();
        private final List<ProxyRoute> routes = new ArrayList<>();
        private final List<ProxyTimeout> proxyTimeouts = new ArrayList<>();
        private final Set<SourceProblem> problems = new LinkedHashSet<>();
        private final Set<Suppression> suppressions = new LinkedHashSet<>();
        private final Map<FileKind, Integer> counts = new EnumMap<>(FileKind.class);

        void add(ParsedFile parsed) {
            if (parsed instanceof ParsedFile.NotItsKind
                    || parsed instanceof ParsedFile.Manifest m && !m.manifest().kubernetes()) {
                return; // a *.cfg that is not HAProxy's, YAML that is not Kubernetes: skipped silently
            }
            counts.merge(parsed.file().kind(), 1, Integer::sum);
            if (parsed instanceof ParsedFile.Options o) {
                optionFiles.add(o.options());
            } else if (parsed instanceof ParsedFile.Haproxy h) {
                routes.addAll(h.routes().routes());
                suppressions.addAll(h.routes().suppressions());
                proxyTimeouts.addAll(h.routes().timeouts());
                problems.addAll(h.routes().problems());
            } else if (parsed instanceof ParsedFile.Client c) {
                suppressions.addAll(c.suppressions());
                c.client().pool().ifPresent(clients::add);
                problems.addAll(c.client().problems());
            } else if (parsed instanceof ParsedFile.Manifest m) {
                suppressions.addAll(m.suppressions());
                configMaps.addAll(m.manifest().configMaps());
                workloads.addAll(m.manifest().workloads());
                services.addAll(m.manifest().services());
                manifestProblems.addAll(m.manifest().problems());
            } else if (parsed instanceof ParsedFile.Unreadable u) {
                problems.add(u.problem());
            }
        }

        /** {@code later}'s files follow this one's. */
        Gathered join(Gathered later) {
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

        FileFacts facts() {
            return new FileFacts(optionFiles, routes, proxyTimeouts, clients,
                    new ManifestReader.Result(configMaps, workloads, services, manifestProblems, true), problems,
                    suppressions, counts);
        }
    }
}
