package io.github.mysqlconfigaudit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's own version, as built. */
public final class ToolVersion {

    public static final String NAME = "mysql-config-audit";

    private ToolVersion() {
    }

    public static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("audit-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
