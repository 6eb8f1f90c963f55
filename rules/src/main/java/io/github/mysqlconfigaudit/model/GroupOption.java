package io.github.mysqlconfigaudit.model;

/**
 * An option from any group of an option file that a rule needs beyond the server's effective options: the
 * packet limits of client programs ({@code [client]}, {@code [mysql]}, {@code [mysqldump]}) and
 * password-like options, wherever they stand; and the client groups' headers ({@link #GROUP_HEADER}).
 *
 * @param configPath the option file the server or client is started with (the root of the includes)
 * @param name       the canonical option name (dashes as underscores, no loose- prefix)
 * @param assignment the line, its group and its value
 */
public record GroupOption(String configPath, String name, OptionAssignment assignment) {

    /** The name of the entry that records a client program's group header, so rules see groups without values. */
    public static final String GROUP_HEADER = "[group]";

    /** The group, lower case. */
    public String group() {
        return assignment.group().toLowerCase(java.util.Locale.ROOT);
    }
}
