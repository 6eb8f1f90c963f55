package io.github.mysqlconfigaudit.mysql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.Oracles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The MariaDB 10.11 column is what mariadbd itself says. Where mariadbd is installed (CI installs it) every
 * option it lists must be in {@code mariadb-10.11.tsv} with the same default, and nothing else may be.
 * Defaults that describe the build rather than the server's behaviour (version strings, the package's paths) are
 * written {@code (build)} and compared by name only, so a rebuild of the same release passes and a patch release
 * fails only on an option whose default, values or bounds changed.
 * {@code -DupdateCatalog=true} regenerates the file from the installed mariadbd.
 */
class MariadbCatalogTest {

    private static final io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion MARIADB =
            io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion.parse("mariadb-10.11");

    private static final Path FILE = Path.of("src/main/resources/io/github/mysqlconfigaudit/mysql/catalog/mariadb-10.11.tsv");

    @Test
    void theMariadbColumnIsWhatMariadbdSays() throws Exception {
        Optional<MariadbHelp> live = MariadbHelp.run();
        Oracles.assume(live.isPresent(), "mariadbd is not installed");
        Oracles.assume(live.get().version.contains(" 10.11."),
                "the installed mariadbd is not 10.11 (" + live.get().version + ")");
        System.out.println("MariadbCatalogTest ignores the defaults of " + MariadbHelp.BUILD_IDENTITY_RULE);
        OptionCatalog catalog = OptionCatalog.builtIn();
        if (Boolean.getBoolean("updateCatalog")) {
            java.util.Set<String> candidates = new java.util.TreeSet<>(catalog.mysqlNames());
            candidates.removeAll(live.get().defaults.keySet());
            MariadbHelp.acceptedButRemoved(candidates).forEach(n -> live.get().defaults.put(n, MariadbHelp.REMOVED));
            write(live.get(), MariadbSystemVariables.read().orElseThrow());
            return;
        }
        List<String> removed = catalog.mariadbNames().stream()
                .filter(n -> catalog.mariadbDefault(n).orElseThrow().equals(MariadbHelp.REMOVED))
                .toList();
        java.util.Set<String> stillIgnored = MariadbHelp.acceptedButRemoved(removed);
        removed.forEach(n -> live.get().defaults.put(n, stillIgnored.contains(n) ? MariadbHelp.REMOVED : "(refused)"));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> e : live.get().defaults.entrySet()) {
            Optional<String> ours = catalog.mariadbDefault(e.getKey());
            if (ours.isEmpty()) {
                wrong.add(e.getKey() + ": listed by mariadbd, missing from the catalog");
            } else if (!ours.get().equals(e.getValue())) {
                wrong.add(e.getKey() + ": mariadbd says '" + e.getValue() + "', the catalog '" + ours.get() + "'");
            }
            String liveValues = live.get().valueLists.getOrDefault(e.getKey(), "-");
            String ourValues = catalog.valueList(e.getKey(), MARIADB).map(OptionCatalog.ValueList::asCell).orElse("-");
            if (!liveValues.equals(ourValues)) {
                wrong.add(e.getKey() + ": mariadbd lists the values '" + liveValues + "', the catalog '" + ourValues + "'");
            }
        }
        for (String name : catalog.mariadbNames()) {
            if (!live.get().defaults.containsKey(name)) {
                wrong.add(name + ": in the catalog, not an option of the installed mariadbd");
            }
        }
        assertEquals(List.of(), wrong, "run with -DupdateCatalog=true to regenerate " + FILE);
        assertTrue(catalog.mariadbNames().size() > 600, "the whole option list, not a sample");
    }

    @Test
    void theMariadbTypesAndBoundsAreWhatARunningMariadbdReports() throws Exception {
        Optional<MariadbHelp> help = MariadbHelp.run();
        Assumptions.assumeFalse(Boolean.getBoolean("updateCatalog"), "the catalog is being regenerated");
        Oracles.assume(help.isPresent() && help.get().version.contains(" 10.11."), "mariadbd 10.11 is not installed");
        Map<String, MariadbSystemVariables.Typed> live = MariadbSystemVariables.read()
                .orElseThrow(() -> new AssertionError("mariadbd is installed but mariadb-install-db did not run"));
        Map<String, String> ours = new java.util.TreeMap<>();
        CatalogTable.read("mariadb-10.11.tsv", row -> ours.put(row.raw("name"), new MariadbSystemVariables.Typed(
                row.raw("type"), row.raw("min"), row.raw("max"), row.raw("block")).cells()));
        List<String> wrong = new ArrayList<>();
        ours.forEach((name, cells) -> {
            String expected = live.getOrDefault(name, MariadbSystemVariables.UNTYPED).cells();
            if (!expected.equals(cells)) {
                wrong.add(name + ": the server reports '" + expected + "', the catalog '" + cells + "'");
            }
        });
        assertEquals(List.of(), wrong, "run with -DupdateCatalog=true to regenerate " + FILE);
        assertTrue(ours.values().stream().filter(c -> !c.startsWith("-")).count() > 550, "typed, not a sample");
    }

    private static void write(MariadbHelp help, Map<String, MariadbSystemVariables.Typed> types) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("# mysql-config-audit: the server options of MariaDB 10.11 and their defaults.\n")
                .append("#\n")
                .append("# Generated by MariadbCatalogTest from `mariadbd --no-defaults --help --verbose` of ")
                .append(help.version.replace('\n', ' ')).append(".\n")
                .append("# Do not edit: regenerate with\n")
                .append("#   mvn -pl rules test -Dfuzz.skip -Dtest=MariadbCatalogTest -DupdateCatalog=true\n")
                .append("# Names are canonical (dashes as underscores, lower case). ").append(MariadbHelp.NO_VALUE)
                .append(" marks an option mariadbd lists in its option\n")
                .append("# list but not in its table of values; ").append(MariadbHelp.MACHINE)
                .append(" a default that depends on the machine (host name, CPUs, open-file limit, TMPDIR);\n")
                .append("# ").append(MariadbHelp.BUILD).append(" a default that describes the build or the package (version_*, the\n")
                .append("# package's paths), the same server behaviour in every rebuild;\n")
                .append("# ").append(MariadbHelp.REMOVED).append(" an option mariadbd no longer has but still accepts, warning that")
                .append(" it does nothing\n# (found by passing each MySQL option name to mariadbd).\n")
                .append("# values: enum:A,B (one of them) or set:A,B (a comma list of them), as the option's help lists them.\n")
                .append("# type, min, max, block: VARIABLE_TYPE (integer, decimal, boolean, enum, set, flagset, string) and, for\n")
                .append("# whole numbers, NUMERIC_MIN_VALUE, NUMERIC_MAX_VALUE and NUMERIC_BLOCK_SIZE of the same server's\n")
                .append("# INFORMATION_SCHEMA.SYSTEM_VARIABLES, read from a private mariadbd started on an empty data directory;\n")
                .append("# - for an option that is not a system variable (startup-only options, switches) or whose variable has no\n")
                .append("# COMMAND_LINE_ARGUMENT (the option is another thing: log-bin takes a file name, the variable log_bin is ON/OFF).\n")
                .append("name\tdefault\tvalues\ttype\tmin\tmax\tblock\n");
        help.defaults.forEach((name, value) -> out.append(name).append('\t').append(value).append('\t')
                .append(help.valueLists.getOrDefault(name, "-")).append('\t')
                .append(types.getOrDefault(name, MariadbSystemVariables.UNTYPED).cells()).append('\n'));
        Files.writeString(FILE, out.toString(), StandardCharsets.UTF_8);
    }
}
