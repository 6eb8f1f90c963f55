package io.github.mysqlconfigaudit.model;

import io.github.mysqlconfigaudit.mysql.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import io.github.mysqlconfigaudit.mysql.catalog.VariableSpec;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective server options of one option file (the file and everything it includes), for the target
 * server version. This is what mysqld would run with when started with that file.
 */
public final class MySqlServer {

    private final String configPath;
    private final MySqlVersion version;
    /** In the order the file sets them, as slots (an option object each is made when asked for). */
    private final OptionTable options;
    /**
     * {@link #number} per option name, as name, answer, name, answer …: a dozen rules ask for the same few
     * (wait_timeout, max_allowed_packet). Copied on write: a few entries per server, read far more often than
     * added, and a tree holds tens of thousands of servers (a concurrent map each was a tenth of their memory).
     */
    private volatile Object[] numbers = NO_NUMBERS;
    private static final Object[] NO_NUMBERS = {};
    /** Kept in {@link #numbers} for an option that is no number on this server (kept bare: no Optional each). */
    private static final Object NO_NUMBER = new Object();
    private final String serverGroupName;
    /** Where that group stands, as its fields (a tree holds tens of thousands of servers). */
    private final String serverGroupPath;
    private final int serverGroupLine;
    private final int serverGroupColumn;
    private final List<String> files;
    private final VariableCatalog catalog;
    private final String versionReason;

    public MySqlServer(String configPath, MySqlVersion version, Map<String, ServerOption> options,
                       String serverGroupName, Location serverGroup, List<String> files, VariableCatalog catalog) {
        this(configPath, version, "", options, serverGroupName, serverGroup, files, catalog);
    }

    /**
     * @param versionReason why this server's version differs from the audit's, e.g. its image tag or a
     *                      {@code [mysqld-8.0]} group; empty when it is the audit's
     */
    public MySqlServer(String configPath, MySqlVersion version, String versionReason, Map<String, ServerOption> options,
                       String serverGroupName, Location serverGroup, List<String> files, VariableCatalog catalog) {
        this.versionReason = SharedText.of(versionReason);
        this.configPath = configPath;
        this.version = version;
        options.forEach((name, option) -> {
            if (!name.equals(option.name())) {
                throw new IllegalArgumentException("option " + option.name() + " is given as " + name);
            }
        });
        this.options = new OptionTable(options.values());
        this.serverGroupName = SharedText.of(serverGroupName);
        this.serverGroupPath = serverGroup.path();
        this.serverGroupLine = serverGroup.line();
        this.serverGroupColumn = serverGroup.column();
        this.files = List.copyOf(files);
        this.catalog = catalog;
    }

    /** The option file this server is started with, relative to the root. */
    public String configPath() {
        return configPath;
    }

    public MySqlVersion version() {
        return version;
    }

    /** The version with why it was assumed for this server, for messages: {@code MySQL 8.0 (image mysql:8.0.36)}. */
    public String versionDescription() {
        return version.displayName() + (versionReason.isEmpty() ? "" : " (" + versionReason + ")");
    }

    /** The first server group header ({@code [mysqld]} …), where a missing option would be added. */
    public Location serverGroup() {
        return new Location(serverGroupPath, serverGroupLine, serverGroupColumn);
    }

    /** The name of that first server group, as written. */
    public String serverGroupName() {
        return serverGroupName;
    }

    /** The option file and every file it includes. */
    public List<String> files() {
        return files;
    }

    public Collection<ServerOption> options() {
        return options;
    }

    /**
     * Runs {@code work} (rules reading this server, on one thread) with each option made once for all of them, not
     * once per look; the options are the same either way, and none is kept afterwards.
     */
    public void withOptionsMade(Runnable work) {
        options.whileMade(work);
    }

    public Optional<ServerOption> option(String canonicalName) {
        int at = options.indexOf(canonicalName);
        return at < 0 ? Optional.empty() : Optional.of(options.get(at));
    }

    /**
     * The number the server runs with: the clamped value of the assignment in effect, or the version's
     * default. Empty when the value in effect is refused (the server will not start) or the option is
     * not a number this version has.
     */
    public Optional<EffectiveNumber> number(String canonicalName) {
        Object known = knownNumber(numbers, canonicalName);
        if (known == null) {
            EffectiveNumber found = findNumber(canonicalName);
            synchronized (this) {
                Object[] now = numbers;
                known = knownNumber(now, canonicalName); // another rule's thread may have added it meanwhile
                if (known == null) {
                    known = found == null ? NO_NUMBER : found;
                    Object[] more = java.util.Arrays.copyOf(now, now.length + 2);
                    more[now.length] = canonicalName;
                    more[now.length + 1] = known;
                    numbers = more;
                }
            }
        }
        return known == NO_NUMBER ? Optional.empty() : Optional.of((EffectiveNumber) known);
    }

    /** The answer kept for an option that is no number here, or null when it was not asked for yet. */
    private static Object knownNumber(Object[] numbers, String canonicalName) {
        for (int i = 0; i < numbers.length; i += 2) {
            if (numbers[i].equals(canonicalName)) {
                return numbers[i + 1];
            }
        }
        return null;
    }

    private EffectiveNumber findNumber(String canonicalName) {
        Optional<VariableSpec> spec = catalog.find(canonicalName, version);
        if (spec.isEmpty()) {
            return null;
        }
        Optional<OptionAssignment> winner = option(canonicalName).flatMap(ServerOption::winner);
        if (winner.isPresent()) {
            if (winner.get().value() instanceof OptionValue.Numeric n) {
                return new EffectiveNumber(canonicalName, n.effective(), spec.get().unit(), winner.get(),
                        version.displayName());
            }
            return null;
        }
        return catalog.numericDefault(canonicalName, version).map(d -> new EffectiveNumber(canonicalName, d,
                spec.get().unit(), null, version.displayName())).orElse(null);
    }
}
