package io.github.mysqlconfigaudit.discover;

import java.util.regex.Pattern;

/**
 * One include or exclude pattern, matched against a path relative to the audited root.
 *
 * <p>The rules are the ones people know from {@code .gitignore} and Ant: {@code *} and {@code ?} stay
 * inside one path segment, {@code **} crosses segments, {@code {a,b}} is a choice. A pattern without
 * {@code /} matches the file name in any directory ({@code *.cnf}); a pattern ending in {@code /} names a
 * directory and everything below it ({@code target/}).
 */
public final class PathGlob {

    private final String text;
    private final Pattern pattern;

    private PathGlob(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    public static PathGlob of(String glob) {
        String g = glob.trim().replace('\\', '/');
        if (g.isEmpty()) {
            throw new IllegalArgumentException("empty glob");
        }
        boolean directory = g.endsWith("/");
        if (directory) {
            g = g.substring(0, g.length() - 1);
        }
        if (g.startsWith("/")) {
            g = g.substring(1); // anchored at the root
        } else if (!g.contains("/")) {
            g = "**/" + g; // a bare name matches in every directory
        }
        String regex = translate(g) + (directory ? "(/.*)?" : "");
        return new PathGlob(glob.trim(), Pattern.compile(regex));
    }

    /** True when the relative path (with {@code /} separators) matches. */
    public boolean matches(String relativePath) {
        return pattern.matcher(relativePath).matches();
    }

    /** True when the pattern matches this directory itself, so nothing below it needs to be walked. */
    public boolean matchesDirectory(String relativeDirectory) {
        return matches(relativeDirectory) || matches(relativeDirectory + "/");
    }

    @Override
    public String toString() {
        return text;
    }

    private static String translate(String glob) {
        StringBuilder out = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                    if (doubleStar) {
                        boolean slashFollows = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                        if (slashFollows) {
                            out.append("(?:.*/)?");
                            i += 2;
                        } else {
                            out.append(".*");
                            i += 1;
                        }
                    } else {
                        out.append("[^/]*");
                    }
                }
                case '?' -> out.append("[^/]");
                case '{' -> {
                    braces++;
                    out.append("(?:");
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        out.append(')');
                    } else {
                        out.append("\\}");
                    }
                }
                case ',' -> out.append(braces > 0 ? "|" : ",");
                default -> {
                    if ("\\.[]()+^$|".indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("unclosed '{' in glob " + glob);
        }
        return out.toString();
    }
}
