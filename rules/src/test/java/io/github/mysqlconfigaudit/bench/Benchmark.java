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
 * ({@code -Dbench.maxHeap} sets another limit; results.json names the one measured under). The sizes take turns
 * in rounds, each running about as long in a round as the largest size takes once, so drift of the shared machine
 * falls on every size alike; each figure is the median of a size's runs over at least seven rounds and 20 s of
 * them, after a warm-up of such rounds on the same repositories for at least {@code -Dbench.warmupSeconds} (40 by
 * default; JMH warms up 5 × 10 s) and at least two rounds. A count of rounds is no warm-up: at 10,000 files ten
 * rounds take seven seconds and leave the audit's code, larger than the floor's, still being compiled (its ratio
 * falls from 1.7 to 1.35 between round 10 and round 25). Writes {@code rules/target/bench/results.json}, with, beside the targets' figures, the
 * median of each side's collector pause time per run (at 100,000 files a large part of what the audit costs beyond
 * the floor), the median wall and collector time of each phase of the audit ({@link AuditPhase}, then the report)
 * and how each side's time, and each phase's, grew from the size before.
 */
public final class Benchmark {

    private static final long WARMUP_NANOS = Long.getLong("bench.warmupSeconds", 40) * 1_000_000_000L;
    /**
     * Measured rounds: at least seven, and at least {@code -Dbench.measureSeconds} (20 by default) of them; a smaller
     * size runs several times a round, so the fast sizes, where a hiccup of the shared machine weighs most, get many
     * more runs than seven.
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

    private record Measure(int files, int runs, double floorSeconds, double auditSeconds, long peakHeapBytes, int findings,
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
        List<Path> repos = new ArrayList<>();
        for (int size : sizes) {
            repos.add(repo(out, size));
        }
        // Warm-up on the repositories measured, as JMH does: both sides run until the JIT has compiled their hot
        // paths and the file system caches hold the trees, so steady state is compared with steady state.
        // The sizes take turns, round after round, each for about as long in a round as the largest takes (the
        // number of times each runs in a round is set from the round before): a shared machine's speed drifts by
        // some percent over minutes, and sizes measured one after the other would each see a different machine
        // (the floor's own growth from 10,000 to 100,000 files moved between 8.8x and 11.1x that way). In turns, a
        // slow minute slows every size alike, and the growth from one size to the next compares like with like.
        long warmupStart = System.nanoTime();
        int rounds = 0;
        int[] repeats = new int[sizes.length];
        Arrays.fill(repeats, 1);
        double[] pairSeconds = new double[sizes.length];
        while (rounds < 2 || System.nanoTime() - warmupStart < WARMUP_NANOS) {
            for (int i = 0; i < sizes.length; i++) {
                long start = System.nanoTime();
                for (int r = 0; r < repeats[i]; r++) {
                    floor(repos.get(i));
                    audit(repos.get(i), out);
                }
                pairSeconds[i] = (System.nanoTime() - start) / 1e9 / repeats[i];
            }
            double largest = Arrays.stream(pairSeconds).max().orElse(0);
            repeats = Arrays.stream(pairSeconds).mapToInt(t -> (int) Math.max(1, Math.round(largest / t))).toArray();
            rounds++;
        }
        int[] perRound = repeats;
        System.out.printf("%d warm-up rounds; each round runs %s%n", rounds,
                IntStream.range(0, sizes.length).mapToObj(i -> String.format("%,d files %d×", sizes[i], perRound[i]))
                        .collect(Collectors.joining(", ")));
        // per size: floor s, audit s, floor collector s, audit collector s, then each phase's s, then its collector s
        List<List<double[]>> runs = new ArrayList<>();
        for (int ignored : sizes) {
            runs.add(new ArrayList<>());
        }
        long measureStart = System.nanoTime();
        int measured = 0;
        while (measured < MIN_REPETITIONS || System.nanoTime() - measureStart < MEASURE_NANOS) {
            for (int i = 0; i < sizes.length; i++) {
                for (int r = 0; r < repeats[i]; r++) {
                    runs.get(i).add(measureOnce(repos.get(i), out));
                }
            }
            measured++;
        }
        List<Measure> results = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            int size = sizes[i];
            List<double[]> sizeRuns = runs.get(i);
            // Memory apart from time: a full collection first, so the sample is the audit's own heap, and the
            // collection (which also shrinks the young generation) does not slow a timed run.
            System.gc();
            HeapSampler sampler = new HeapSampler();
            int findings = audit(repos.get(i), out).findings(); // the same in every run (DeterminismTest)
            long peak = sampler.stop();
            Measure m = new Measure(size, sizeRuns.size(), median(sizeRuns, 0), median(sizeRuns, 1), peak, findings,
                    median(sizeRuns, 2), median(sizeRuns, 3),
                    IntStream.range(0, PHASES.size()).mapToDouble(p -> median(sizeRuns, 4 + p)).toArray(),
                    IntStream.range(0, PHASES.size()).mapToDouble(p -> median(sizeRuns, 4 + PHASES.size() + p)).toArray());
            results.add(m);
            System.out.printf("%,9d files: medians of %d runs: floor %,10.0f files/s (%.2f s), audit %,10.0f files/s "
                    + "(%.2f s), ratio %.2f, peak heap %d MiB, %,d findings; collector pauses: floor %.2f s, audit %.2f s%n",
                    size, sizeRuns.size(),
                    size / m.floorSeconds(), m.floorSeconds(), size / m.auditSeconds(), m.auditSeconds(),
                    m.auditSeconds() / m.floorSeconds(), peak >> 20, m.findings(), m.floorGcSeconds(), m.auditGcSeconds());
            System.out.printf("%,9d files: audit phases, median s (collector s): %s%n", size,
                    IntStream.range(0, PHASES.size()).mapToObj(p -> String.format("%s %.3f (%.3f)", PHASES.get(p),
                            m.phaseSeconds()[p], m.phaseGcSeconds()[p])).collect(Collectors.joining(", ")));
        }
        write(results, measured, out.resolve("results.json"));
    }

    /** One measured run of a size: its floor, then its audit, with the collectors' pauses of each. */
    private static double[] measureOnce(Path repo, Path out) throws IOException {
        long gc0 = collectorMillis();
        double floor = floor(repo);
        long gc1 = collectorMillis();
        long start = System.nanoTime();
        AuditRun run = audit(repo, out);
        double audit = (System.nanoTime() - start) / 1e9;
        double[] row = new double[4 + 2 * PHASES.size()];
        row[0] = floor;
        row[1] = audit;
        row[2] = (gc1 - gc0) / 1e3;
        row[3] = (collectorMillis() - gc1) / 1e3;
        System.arraycopy(run.seconds(), 0, row, 4, PHASES.size());
        System.arraycopy(run.gcSeconds(), 0, row, 4 + PHASES.size(), PHASES.size());
        return row;
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

    private static void write(List<Measure> results, int rounds, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("machine", Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, Java " + System.getProperty("java.version"));
        root.put("measuredRounds", rounds); // rounds of every size in turn
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
            n.put("runs", m.runs());
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
