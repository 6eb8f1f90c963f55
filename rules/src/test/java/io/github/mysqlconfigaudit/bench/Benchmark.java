package io.github.mysqlconfigaudit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mysqlconfigaudit.Audit;
import io.github.mysqlconfigaudit.AuditOptions;
import io.github.mysqlconfigaudit.AuditPhase;
import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.haproxy.HaproxyConfigReader;
import io.github.mysqlconfigaudit.mysql.OptionFileReader;
import io.github.mysqlconfigaudit.report.SarifReport;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code mvn -B -Pbench -pl rules verify -Dbench.sizes=1000,10000,100000}: for each size, the parse floor (walk,
 * read and parse every file with the same libraries, nothing else, on both cores) against the full audit
 * (discovery, parsing, model, linking, rules, policy and the SARIF report), in a JVM limited to {@code -Xmx512m}
 * ({@code -Dbench.maxHeap} sets another limit; results.json names the one measured under), each the median of at
 * least seven runs and 20 s of them (a shared machine varies by some percent from run to run) after a warm-up on
 * the same repository: rounds of both for at least {@code -Dbench.warmupSeconds} (40 by default; JMH warms up 5 ×
 * 10 s) and at least two rounds. A count of rounds is no warm-up: at 10,000 files ten rounds take seven seconds and
 * leave the audit's code, larger than the floor's, still being compiled (its ratio falls from 1.7 to 1.35 between
 * round 10 and round 25). Writes {@code rules/target/bench/results.json}, with, beside the targets' figures, the
 * median of each side's collector pause time per run (at 100,000 files a large part of what the audit costs beyond
 * the floor), the median wall and collector time of each phase of the audit ({@link AuditPhase}, then the report)
 * and how each side's time, and each phase's, grew from the size before.
 */
public final class Benchmark {

    private static final long WARMUP_NANOS = Long.getLong("bench.warmupSeconds", 40) * 1_000_000_000L;
    /**
     * Measured rounds: at least seven, and at least {@code -Dbench.measureSeconds} (20 by default) of them, so the
     * fast sizes, where a hiccup of the shared machine weighs most, get many more than seven.
     */
    private static final int MIN_REPETITIONS = 7;
    private static final long MEASURE_NANOS = Long.getLong("bench.measureSeconds", 20) * 1_000_000_000L;

    private Benchmark() {
    }

    /** The median of one column of the runs (the upper middle one for an even count). */
    private static double median(List<double[]> runs, int column) {
        double[] sorted = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private record Measure(int files, double floorSeconds, double auditSeconds, long peakHeapBytes, int findings,
                           double floorGcSeconds, double auditGcSeconds, double[] phaseSeconds, double[] phaseGcSeconds) {
    }

    /** The audit's phases as the engine names them, then the report the goal writes after them. */
    private static final String REPORT = "report";
    private static final List<String> PHASES = Stream.concat(AuditPhase.NAMES.stream(), Stream.of(REPORT)).toList();

    /** One audit: its findings, and each phase's wall time and collector pause time. */
    private record AuditRun(int findings, double[] seconds, double[] gcSeconds) {
    }

    /** Reads the collectors' pause time as each phase ends (its own reading counts in no phase). */
    private static final class PhaseSampler implements Consumer<String> {
        private final double[] gcSeconds = new double[PHASES.size()];
        private long gcMillis = collectorMillis();

        @Override
        public void accept(String phase) {
            long now = collectorMillis();
            gcSeconds[PHASES.indexOf(phase)] = (now - gcMillis) / 1e3;
            gcMillis = now;
        }
    }

    /** Milliseconds the collectors have paused the application so far (young and old, all pools). */
    private static long collectorMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(args[0].split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<Measure> results = new ArrayList<>();
        for (int size : sizes) {
            Path repo = repo(out, size);
            // Warm-up on the repository measured, as JMH does: both sides run until the JIT has compiled their hot
            // paths and the file system caches hold the tree, so steady state is compared with steady state.
            long warmupStart = System.nanoTime();
            int rounds = 0;
            while (rounds < 2 || System.nanoTime() - warmupStart < WARMUP_NANOS) {
                floor(repo);
                audit(repo, out);
                rounds++;
            }
            System.out.printf("%,9d files: %d warm-up rounds%n", size, rounds);
            // floor s, audit s, floor collector s, audit collector s, then each phase's s, then each phase's collector s
            List<double[]> runs = new ArrayList<>();
            int findings = 0;
            long measureStart = System.nanoTime();
            while (runs.size() < MIN_REPETITIONS || System.nanoTime() - measureStart < MEASURE_NANOS) {
                long gc0 = collectorMillis();
                double floor = floor(repo);
                long gc1 = collectorMillis();
                long start = System.nanoTime();
                AuditRun run = audit(repo, out);
                double audit = (System.nanoTime() - start) / 1e9;
                findings = run.findings();
                double[] row = new double[4 + 2 * PHASES.size()];
                row[0] = floor;
                row[1] = audit;
                row[2] = (gc1 - gc0) / 1e3;
                row[3] = (collectorMillis() - gc1) / 1e3;
                System.arraycopy(run.seconds(), 0, row, 4, PHASES.size());
                System.arraycopy(run.gcSeconds(), 0, row, 4 + PHASES.size(), PHASES.size());
                runs.add(row);
            }
            // Memory apart from time: a full collection first, so the sample is the audit's own heap, and the
            // collection (which also shrinks the young generation) does not slow a timed run.
            System.gc();
            HeapSampler sampler = new HeapSampler();
            audit(repo, out);
            long peak = sampler.stop();
            Measure m = new Measure(size, median(runs, 0), median(runs, 1), peak, findings, median(runs, 2),
                    median(runs, 3), IntStream.range(0, PHASES.size()).mapToDouble(i -> median(runs, 4 + i)).toArray(),
                    IntStream.range(0, PHASES.size()).mapToDouble(i -> median(runs, 4 + PHASES.size() + i)).toArray());
            results.add(m);
            System.out.printf("%,9d files: medians of %d runs: floor %,10.0f files/s (%.2f s), audit %,10.0f files/s "
                    + "(%.2f s), ratio %.2f, peak heap %d MiB, %,d findings; collector pauses: floor %.2f s, audit %.2f s%n",
                    size, runs.size(),
                    size / m.floorSeconds(), m.floorSeconds(), size / m.auditSeconds(), m.auditSeconds(),
                    m.auditSeconds() / m.floorSeconds(), peak >> 20, findings, m.floorGcSeconds(), m.auditGcSeconds());
            System.out.printf("%,9d files: audit phases, median s (collector s): %s%n", size,
                    IntStream.range(0, PHASES.size()).mapToObj(i -> String.format("%s %.3f (%.3f)", PHASES.get(i),
                            m.phaseSeconds()[i], m.phaseGcSeconds()[i])).collect(Collectors.joining(", ")));
        }
        write(results, out.resolve("results.json"));
    }

    private static Path repo(Path out, int files) throws IOException {
        Path repo = out.resolve("repo-" + files);
        if (!Files.exists(repo.resolve(".complete"))) {
            SyntheticRepository.generate(repo, files, 42);
            Files.writeString(repo.resolve(".complete"), "");
        }
        return repo;
    }

    /** The floor: walk, read and parse every file with the audit's own libraries, and nothing else. */
    static double floor(Path repo) throws IOException {
        long start = System.nanoTime();
        SourceTree tree = new SourceTree(repo);
        OptionFileReader options = new OptionFileReader(tree, Limits.defaults());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(repo)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        long parsed = files.parallelStream().mapToLong(f -> {
            String name = f.getFileName().toString();
            try {
                if (name.endsWith(".cnf")) {
                    return options.read(tree.relative(f)).lines().size();
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (name.endsWith(".cfg")) {
                    return HaproxyConfigReader.parse(tree.relative(f), text).sections().size();
                }
                if (name.endsWith(".yaml")) {
                    long n = 0;
                    for (Node doc : new Yaml(new SafeConstructor(new LoaderOptions())).composeAll(new StringReader(text))) {
                        n += doc == null ? 0 : 1;
                    }
                    return n;
                }
                return text.length();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
        if (parsed == 0) {
            throw new IllegalStateException("nothing parsed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static AuditRun audit(Path repo, Path out) throws IOException {
        PhaseSampler sampler = new PhaseSampler();
        AuditResult result = Audit.of(repo, AuditOptions.defaults()).run(sampler);
        long start = System.nanoTime();
        SarifReport.write(result, out.resolve("reports")); // the file report the goal writes by default
        double[] seconds = new double[PHASES.size()];
        result.phases().forEach(p -> seconds[PHASES.indexOf(p.name())] = p.nanos() / 1e9);
        seconds[PHASES.indexOf(REPORT)] = (System.nanoTime() - start) / 1e9;
        sampler.accept(REPORT);
        return new AuditRun(result.findings().size(), seconds, sampler.gcSeconds);
    }

    /** The largest heap in use (live objects and garbage not yet collected), sampled every 5 ms. */
    private static final class HeapSampler {
        private volatile boolean running = true;
        private volatile long max;
        private final Thread thread = new Thread(() -> {
            while (running) {
                max = Math.max(max, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");

        HeapSampler() {
            thread.setDaemon(true);
            thread.start();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return max;
        }
    }

    private static void write(List<Measure> results, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("machine", Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, Java " + System.getProperty("java.version"));
        ArrayNode sizes = root.putArray("sizes");
        Measure previous = null;
        for (Measure m : results) {
            ObjectNode n = sizes.addObject();
            n.put("files", m.files());
            n.put("floorFilesPerSec", Math.round(m.files() / m.floorSeconds()));
            n.put("auditFilesPerSec", Math.round(m.files() / m.auditSeconds()));
            n.put("ratio", Math.round(m.auditSeconds() / m.floorSeconds() * 100) / 100.0);
            n.put("auditSeconds", Math.round(m.auditSeconds() * 1000) / 1000.0);
            n.put("peakHeapMiB", m.peakHeapBytes() >> 20);
            // not a target: where the audit's time beyond the floor goes (the collector, inside -Xmx512m)
            n.put("floorGcSeconds", Math.round(m.floorGcSeconds() * 1000) / 1000.0);
            n.put("auditGcSeconds", Math.round(m.auditGcSeconds() * 1000) / 1000.0);
            // not a target: the audit's phases (median wall time and collector pauses of each)
            ArrayNode phases = n.putArray("phases");
            for (int i = 0; i < PHASES.size(); i++) {
                phases.addObject().put("phase", PHASES.get(i))
                        .put("seconds", Math.round(m.phaseSeconds()[i] * 10000) / 10000.0)
                        .put("gcSeconds", Math.round(m.phaseGcSeconds()[i] * 10000) / 10000.0);
            }
            if (previous != null) {
                // how each side's time grew from the size before (the linearity target compares the audit's with the
                // growth in files; the floor's own growth on the same machine is the yardstick for it)
                double files = (double) m.files() / previous.files();
                double floor = m.floorSeconds() / previous.floorSeconds();
                double audit = m.auditSeconds() / previous.auditSeconds();
                ObjectNode growth = n.putObject("growthFromPrevious");
                growth.put("files", Math.round(files * 100) / 100.0);
                growth.put("floor", Math.round(floor * 100) / 100.0);
                growth.put("audit", Math.round(audit * 100) / 100.0);
                ObjectNode byPhase = growth.putObject("phases");
                for (int i = 0; i < PHASES.size(); i++) {
                    if (previous.phaseSeconds()[i] > 0) {
                        byPhase.put(PHASES.get(i), Math.round(m.phaseSeconds()[i] / previous.phaseSeconds()[i] * 100) / 100.0);
                    }
                }
                System.out.printf("%,9d files: %.1f× the files of %,d take the floor %.1f× and the audit %.1f× the time%n",
                        m.files(), files, previous.files(), floor, audit);
            }
            previous = m;
        }
        Files.write(file, json.writeValueAsBytes(root));
        System.out.println("results written to " + file);
    }
}
