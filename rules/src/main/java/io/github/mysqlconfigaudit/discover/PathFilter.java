package io.github.mysqlconfigaudit.discover;

import java.util.Arrays;
import java.util.List;

/** The user's includes and excludes. With no includes, every file is a candidate and its content decides. */
public record PathFilter(List<PathGlob> includes, List<PathGlob> excludes) {

    public static final String DEFAULT_EXCLUDES = "target/,.git/,node_modules/";

    public PathFilter {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** Parses comma-separated glob lists; blank or null means none. */
    public static PathFilter of(String includes, String excludes) {
        return new PathFilter(parse(includes), parse(excludes));
    }

    public static PathFilter defaults() {
        return of(null, DEFAULT_EXCLUDES);
    }

    public boolean explicitIncludes() {
        return !includes.isEmpty();
    }

    public boolean excludedDirectory(String relativeDirectory) {
        return excludes.stream().anyMatch(g -> g.matchesDirectory(relativeDirectory));
    }

    public boolean accepts(String relativePath) {
        if (excludes.stream().anyMatch(g -> g.matches(relativePath))) {
            return false;
        }
        return includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(relativePath));
    }

    private static List<PathGlob> parse(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(PathGlob::of)
                .toList();
    }
}
