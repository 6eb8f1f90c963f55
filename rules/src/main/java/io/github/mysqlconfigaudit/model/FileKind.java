package io.github.mysqlconfigaudit.model;

/** What a scanned file was recognised as. */
public enum FileKind {
    MYSQL_OPTION_FILE("MySQL option file"),
    HAPROXY_CONFIG("HAProxy config"),
    KUBERNETES_YAML("Kubernetes YAML"),
    CLIENT_CONFIG("application config");

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
