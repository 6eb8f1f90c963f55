package io.github.mysqlconfigaudit.model;

import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import io.github.mysqlconfigaudit.mysql.catalog.VariableSpec;
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
    private final String versionReason;
    /** In the order the file sets them. */
    private final List<ServerOption> options;
    private final Map<String, ServerOption> byName;
    private final String serverGroupName;
    private final Location serverGroup;
    private final List<String> files;
    private final VariableCatalog catalog;

    public MySqlServer(String configPath, MySqlVersion version, Map<String, ServerOption> options,
                       String serverGroupName, Location serverGroup, List<String> files, VariableCatalog catalog) {
        this(configPath, version, "", options, serverGroupName, serverGroup, files, catalog);
    }

    /**
     * @param options       by name, in the order the file sets them
     * @param versionReason why this server's version differs from the audit's, e.g. its image tag or a
     *                      {@code [mysqld-8.0]} group; empty when it is the audit's
     */
    public MySqlServer(String configPath, MySqlVersion version, String versionReason, Map<String, ServerOption> options,
                       String serverGroupName, Location serverGroup, List<String> files, VariableCatalog catalog) {
        options.forEach((name, option) -> {
            if (!name.equals(option.name())) {
                throw new IllegalArgumentException("option " + option.name() + " is given as " + name);
            }
        });
        this.configPath = configPath;
        this.version = version;
        this.versionReason = versionReason;
        this.options = List.copyOf(options.values());
        this.byName = Map.copyOf(options);
        this.serverGroupName = serverGroupName;
        this.serverGroup = serverGroup;
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
        return serverGroup;
    }

    /** The name of that first server group, as written. */
    public String serverGroupName() {
        return serverGroupName;
    }

    /** The option file and every file it includes. */
    public List<String> files() {
        return files;
    }

    /** Every option, in the order the file sets them. */
    public List<ServerOption> options() {
        return options;
    }

    public Optional<ServerOption> option(String canonicalName) {
        return Optional.ofNullable(byName.get(canonicalName));
    }

    /**
     * The number the server runs with: the clamped value of the assignment in effect, or the version's
     * default. Empty when the value in effect is refused (the server will not start) or the option is
     * not a number this version has.
     */
    public Optional<EffectiveNumber> number(String canonicalName) {
        Optional<VariableSpec> spec = catalog.find(canonicalName, version);
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        Optional<OptionAssignment> winner = option(canonicalName).flatMap(ServerOption::winner);
        if (winner.isPresent()) {
            return winner.get().value() instanceof OptionValue.Numeric n
                    ? Optional.of(new EffectiveNumber(canonicalName, n.effective(), spec.get().unit(), winner.get(),
                            version.displayName()))
                    : Optional.empty();
        }
        return catalog.numericDefault(canonicalName, version).map(d -> new EffectiveNumber(canonicalName, d,
                spec.get().unit(), null, version.displayName()));
    }
}
