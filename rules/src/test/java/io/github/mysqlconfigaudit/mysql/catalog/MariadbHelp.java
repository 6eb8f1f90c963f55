package io.github.mysqlconfigaudit.mysql.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code mariadbd --no-defaults --help --verbose} says: every option, and the default of those in its
 * "Variables (--variable-name=value)" table. Defaults that depend on the machine (host name, CPU count, open
 * file limit, TMPDIR) are written {@code (machine)}.
 */
final class MariadbHelp {

    static final String MACHINE = "(machine)";
    static final String NO_VALUE = "(no value)";
    static final String REMOVED = "(removed)";
    static final String BUILD = "(build)";

    /**
     * Defaults that describe the build or the package, not the server's behaviour: the version strings (a rebuild of
     * the same release changes version_source_revision) and the paths the package chooses. The catalog writes
     * {@code (build)} for them and the test compares only that they exist.
     */
    static final String BUILD_IDENTITY_RULE = "version_* (source revision, compile OS and machine, malloc and SSL"
            + " library, comment) and the package's paths (basedir, datadir, plugin_dir, socket, character_sets_dir,"
            + " aria_log_dir_path, wsrep_data_home_dir, lc_messages_dir): they describe the build, not the server's"
            + " behaviour";

    private static final Set<String> PACKAGE_PATHS = Set.of("basedir", "datadir", "plugin_dir", "socket",
            "character_sets_dir", "aria_log_dir_path", "wsrep_data_home_dir", "lc_messages_dir");

    static boolean describesTheBuild(String name) {
        return name.startsWith("version_") || PACKAGE_PATHS.contains(name);
    }

    /** Sized from the CPUs, the open-file limit or TMPDIR: different on every machine (seen by running it twice). */
    private static final Set<String> MACHINE_DEPENDENT = Set.of("open_files_limit", "table_cache", "table_open_cache",
            "table_open_cache_instances", "thread_pool_size", "tmpdir", "slave_load_tmpdir");

    /** Options of the command, not of an option file. */
    private static final Set<String> COMMAND_ONLY = Set.of("help", "verbose", "version", "print_defaults",
            "no_defaults", "defaults_file", "defaults_extra_file", "defaults_group_suffix");

    private static final Pattern OPTION = Pattern.compile("^  (?:-\\w, )?--([A-Za-z0-9_-]+)");

    final String version;
    final Map<String, String> defaults;
    /** {@code enum:A,B} or {@code set:A,B} for the options whose help lists their values. */
    final Map<String, String> valueLists;

    private MariadbHelp(String version, Map<String, String> defaults, Map<String, String> valueLists) {
        this.version = version;
        this.defaults = defaults;
        this.valueLists = valueLists;
    }

    private static final Pattern VALUE_LIST = Pattern.compile("(One of|Any combination of): "
            + "([A-Za-z0-9_\\-]+(?:, [A-Za-z0-9_\\-]+)*)(.*)");

    /** The values an option's help lists ("One of: …", "Any combination of: …"); not plugin switches' ON/OFF/FORCE. */
    static Optional<String> valueList(String description) {
        Matcher m = VALUE_LIST.matcher(description);
        if (!m.find() || m.group(3).startsWith(" (")) {
            return Optional.empty();
        }
        return Optional.of((m.group(1).equals("One of") ? "enum:" : "set:") + m.group(2).replace(", ", ","));
    }

    /** Runs the installed mariadbd, or says why it cannot. */
    static Optional<MariadbHelp> run() throws IOException, InterruptedException {
        Optional<String> help = exec("mariadbd", "--no-defaults", "--help", "--verbose");
        Optional<String> version = exec("mariadbd", "--version");
        if (help.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        String host = exec("hostname").map(String::trim).orElse("");
        return Optional.of(parse(help.get(), version.get().trim(), host));
    }

    static Optional<String> exec(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static MariadbHelp parse(String help, String version, String host) {
        Map<String, String> defaults = new TreeMap<>();
        Map<String, StringBuilder> descriptions = new TreeMap<>();
        StringBuilder current = null;
        List<String> lines = help.lines().toList();
        int table = -1;
        boolean options = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("Variables (--variable-name=value)")) {
                table = i;
                break;
            }
            if (line.isBlank()) {
                options = true; // the options of the first argument come before the first blank line
                continue;
            }
            Matcher m = OPTION.matcher(line);
            if (options && m.find()) {
                String name = canonical(m.group(1));
                current = null;
                if (!COMMAND_ONLY.contains(name)) {
                    defaults.putIfAbsent(name, NO_VALUE);
                    current = descriptions.computeIfAbsent(name, k -> new StringBuilder());
                    current.append(line.substring(m.end()).replaceFirst("^(\\[?=[#a-z]+]?)", "").trim()).append(' ');
                }
            } else if (current != null) {
                current.append(line.trim()).append(' ');
            }
        }
        if (table < 0) {
            throw new IllegalStateException("mariadbd --help --verbose printed no variables table");
        }
        for (int i = table + 3; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String line = lines.get(i);
            int space = line.indexOf(' ');
            String name = canonical(space < 0 ? line : line.substring(0, space));
            String value = space < 0 ? "" : line.substring(space).trim();
            if (COMMAND_ONLY.contains(name)) {
                continue;
            }
            boolean hostNamed = !host.isEmpty() && Pattern.compile("(^|[/ ])" + Pattern.quote(host) + "([.\\-]|$)")
                    .matcher(value).find();
            defaults.put(name, describesTheBuild(name) ? BUILD
                    : MACHINE_DEPENDENT.contains(name) || hostNamed ? MACHINE : value);
        }
        Map<String, String> valueLists = new TreeMap<>();
        descriptions.forEach((name, text) -> valueList(text.toString().replaceAll("\\s+", " "))
                .ifPresent(v -> valueLists.put(name, v)));
        return new MariadbHelp(version, defaults, valueLists);
    }

    /**
     * The names mariadbd still accepts only to ignore them ("'x' was removed. It does nothing now and exists only
     * for compatibility with old my.cnf files"): each candidate is passed to mariadbd and its answer read.
     */
    static java.util.Set<String> acceptedButRemoved(java.util.Collection<String> candidates) {
        return candidates.parallelStream()
                .filter(name -> {
                    try {
                        Process p = new ProcessBuilder("mariadbd", "--no-defaults", "--" + name.replace('_', '-') + "=1",
                                "--verbose", "--help").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && err.contains("was removed");
                    } catch (IOException e) {
                        return false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                })
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    static String canonical(String written) {
        return written.replace('-', '_').toLowerCase(Locale.ROOT);
    }
}
