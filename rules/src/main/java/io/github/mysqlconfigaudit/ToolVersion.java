package io.github.mysqlconfigaudit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** The engine's own version, as built. */
public final class ToolVersion {

    public static final String NAME = "mysql-config-audit";

    private ToolVersion() {
    }

    public static String get() {
        return built().getProperty("version", "unknown");
    }

    /**
     * Where RULES.md can be read on the web, from the SCM URL of the build's pom ({@code <scm><url>}); empty when the
     * pom names none (the property then stays unresolved).
     */
    public static Optional<String> rulesReferenceUrl() {
        String scm = built().getProperty("scm", "").strip();
        if (scm.isEmpty() || scm.startsWith("${")) {
            return Optional.empty();
        }
        return Optional.of(scm.replaceAll("/+$", "") + "/blob/HEAD/RULES.md");
    }

    private static Properties built() {
        Properties p = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("audit-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource is an unknown version
        }
        return p;
    }
}
