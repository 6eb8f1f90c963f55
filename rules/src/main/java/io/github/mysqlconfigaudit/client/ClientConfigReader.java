package io.github.mysqlconfigaudit.client;

import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.YamlDocuments;
import io.github.mysqlconfigaudit.model.ClientPool;
import io.github.mysqlconfigaudit.model.ClientSetting;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SourceProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads an application's pool settings: Spring Boot {@code application*.properties} and
 * {@code application*.yml} ({@code spring.datasource.url}, {@code spring.datasource.hikari.*}, in either
 * relaxed-binding spelling), plain HikariCP properties ({@code jdbcUrl}, {@code maxLifetime}, …), and
 * {@code SPRING_DATASOURCE_*} environment variables. Values are kept with their lines.
 */
public final class ClientConfigReader {

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("spring.datasource.url", "url"),
            Map.entry("spring.datasource.hikari.jdbcurl", "url"),
            Map.entry("jdbcurl", "url"),
            Map.entry("spring.datasource.hikari.maxlifetime", "maxlifetime"),
            Map.entry("maxlifetime", "maxlifetime"),
            Map.entry("spring.datasource.hikari.idletimeout", "idletimeout"),
            Map.entry("idletimeout", "idletimeout"),
            Map.entry("spring.datasource.hikari.keepalivetime", "keepalivetime"),
            Map.entry("keepalivetime", "keepalivetime"),
            Map.entry("spring.datasource.hikari.minimumidle", "minimumidle"),
            Map.entry("minimumidle", "minimumidle"),
            Map.entry("spring.datasource.hikari.maximumpoolsize", "maximumpoolsize"),
            Map.entry("maximumpoolsize", "maximumpoolsize"));

    /** What one file gives: a pool when it configures one, and what could not be read. */
    public record Result(Optional<ClientPool> pool, List<SourceProblem> problems) {
    }

    private ClientConfigReader() {
    }

    /**
     * Relaxed binding: {@code max-lifetime}, {@code maxLifetime}, {@code max_lifetime} and
     * {@code SPRING_DATASOURCE_HIKARI_MAXLIFETIME} (as an environment variable) are one key.
     */
    public static String relaxed(String key, boolean environmentVariable) {
        String k = key.toLowerCase(Locale.ROOT);
        if (environmentVariable) {
            k = k.replace('_', '.');
        }
        return k.replace("-", "").replace("_", "");
    }

    public static Result read(String path, String text) {
        return read(path, text, Limits.defaults());
    }

    public static Result read(String path, String text, Limits limits) {
        boolean yaml = path.endsWith(".yml") || path.endsWith(".yaml");
        Map<String, ClientSetting> raw = new LinkedHashMap<>();
        List<SourceProblem> problems = new ArrayList<>();
        if (yaml) {
            yaml(path, text, raw, problems, limits);
        } else {
            properties(path, text, raw);
        }
        return new Result(pool(path, path, raw, false), problems);
    }

    /** What the name of every environment variable a pool is read from starts with: the others are not read. */
    public static final String ENVIRONMENT_PREFIX = "SPRING_DATASOURCE";

    /** A pool from environment variables of a container ({@code SPRING_DATASOURCE_URL}, …). */
    public static Optional<ClientPool> fromEnvironment(String label, String path, Map<String, ClientSetting> env) {
        return pool(label, path, env, true);
    }

    private static Optional<ClientPool> pool(String label, String path, Map<String, ClientSetting> raw, boolean env) {
        Map<String, ClientSetting> settings = new LinkedHashMap<>();
        raw.forEach((key, setting) -> {
            String canonical = CANONICAL.get(relaxed(key, env));
            if (canonical != null) {
                settings.put(canonical, setting);
            }
        });
        if (!settings.containsKey("url") && settings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClientPool(label, path, settings));
    }

    /** java.util.Properties syntax with line numbers: {@code k=v}, {@code k: v}, {@code k v}, comments, continuations. */
    private static void properties(String path, String text, Map<String, ClientSetting> out) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int start = i;
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (line.endsWith("\\") && i + 1 < lines.length) {
                logical.append(line, 0, line.length() - 1);
                line = lines[++i].strip();
            }
            logical.append(line);
            String l = logical.toString();
            int sep = -1;
            for (int j = 0; j < l.length(); j++) {
                char c = l.charAt(j);
                if (c == '=' || c == ':' || c == ' ' || c == '\t') {
                    sep = j;
                    break;
                }
            }
            String key = sep < 0 ? l : l.substring(0, sep).strip();
            String value = sep < 0 ? "" : l.substring(sep + 1).strip();
            if (value.startsWith("=") || value.startsWith(":")) {
                value = value.substring(1).strip();
            }
            int column = lines[start].length() - lines[start].stripLeading().length() + 1;
            out.put(key, new ClientSetting(key, value, new Location(path, start + 1, column)));
        }
    }

    private static void yaml(String path, String text, Map<String, ClientSetting> out, List<SourceProblem> problems,
                             Limits limits) {
        YamlDocuments.compose(path, text, limits.yaml(), doc -> flatten("", doc, path, out)).ifPresent(problems::add);
    }

    private static void flatten(String prefix, Node node, String path, Map<String, ClientSetting> out) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    flatten(prefix.isEmpty() ? k.getValue() : prefix + "." + k.getValue(), t.getValueNode(), path, out);
                }
            }
        } else if (node instanceof ScalarNode s && !prefix.isEmpty()) {
            out.put(prefix, new ClientSetting(prefix, s.getValue(), new Location(path, s.getStartMark().getLine() + 1,
                    s.getStartMark().getColumn() + 1)));
        }
    }
}
