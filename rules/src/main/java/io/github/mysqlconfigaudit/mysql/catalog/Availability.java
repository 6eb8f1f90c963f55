package io.github.mysqlconfigaudit.mysql.catalog;

import java.util.Optional;

/**
 * Whether a server version has an option, and what to write instead when it does not.
 *
 * @param status      present, deprecated, removed, not yet added, or unknown to the catalog
 * @param version     the release that added, deprecated or removed it, for messages ({@code 8.0.26}); empty
 *                    when it does not apply
 * @param replacement the option to write instead, if there is one
 * @param resolved    the catalog name the written name resolved to (a {@code skip-} switch resolves to its
 *                    option)
 */
public record Availability(Status status, Optional<String> version, Optional<String> replacement, String resolved) {

    public enum Status {
        /** The version has it. */
        PRESENT,
        /** The version has it but warns at startup. */
        DEPRECATED,
        /** Removed in or before the version: the server refuses to start. */
        REMOVED,
        /** Removed, but the server still accepts the name and only warns that it does nothing (MariaDB). */
        IGNORED,
        /** Added after the version: the server refuses to start. */
        NOT_YET,
        /** The catalog does not know the name for this server flavor. */
        UNKNOWN
    }

    /** True when the server starts with the option set. */
    public boolean accepted() {
        return status == Status.PRESENT || status == Status.DEPRECATED;
    }
}
