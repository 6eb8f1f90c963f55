package io.github.mysqlconfigaudit.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MySQL or MariaDB JDBC URL: the first host and port, and the Connector/J properties after {@code ?}
 * (names compared without case).
 */
public record JdbcUrl(String scheme, String host, int port, Map<String, String> properties) {

    private static final Pattern FORM = Pattern.compile(
            "(?i)jdbc:(mysql|mariadb)(?::[a-z]+)?://(?:[^@/]*@)?(\\[[^]]+]|[^:/?,]+)(?::(\\d{1,5}))?[^?]*(?:\\?(.*))?");
    private static final Pattern PROPERTY_SEPARATOR = Pattern.compile("[&;]");

    /** Schemes and hosts repeat across a tree: one copy of each is kept; most URLs carry no properties. */
    public JdbcUrl {
        scheme = SharedText.of(scheme);
        host = SharedText.of(host);
        properties = properties.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public static Optional<JdbcUrl> parse(String url) {
        Matcher m = FORM.matcher(url.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> props = new LinkedHashMap<>();
        if (m.group(4) != null) {
            for (String pair : PROPERTY_SEPARATOR.split(m.group(4))) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    props.put(pair.substring(0, eq).toLowerCase(Locale.ROOT), pair.substring(eq + 1));
                }
            }
        }
        String host = m.group(2); // an IPv6 literal without its brackets
        if (host.startsWith("[")) {
            host = host.substring(1);
        }
        if (host.endsWith("]")) {
            host = host.substring(0, host.length() - 1);
        }
        return Optional.of(new JdbcUrl(m.group(1).toLowerCase(Locale.ROOT), host,
                m.group(3) == null ? 3306 : Integer.parseInt(m.group(3)), props));
    }

    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name.toLowerCase(Locale.ROOT)));
    }
}
