package io.github.mysqlconfigaudit.model;

/**
 * Something a reader met while turning a file into the model: a file it could not read as what it
 * claims to be, an include it did not follow, a file it skipped. Readers record these; rules decide
 * what they are worth.
 */
public record SourceProblem(Kind kind, Location location, String message) {

    public enum Kind {
        /** The file cannot be read as what it claims to be. */
        PARSE_ERROR,
        /** An include directive that was deliberately not followed (outside the root, a cycle, missing). */
        INCLUDE_NOT_FOLLOWED,
        /** A file that was skipped as a whole (binary, too large, a link leaving the root). */
        FILE_SKIPPED,
        /** A reference the audit cannot follow statically (a dynamic backend name, an unknown address). */
        UNRESOLVED_REFERENCE,
        /** A Helm template: not YAML until rendered. */
        UNRENDERED_TEMPLATE
    }
}
