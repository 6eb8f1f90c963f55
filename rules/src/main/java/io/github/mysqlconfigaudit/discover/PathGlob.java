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
    /** For a glob without wildcards ({@code target/}, {@code /conf/my.cnf}): the literal, matched without the regex. */
    private final String literal;
    private final boolean anySegment;
    private final boolean directory;

    private PathGlob(String text, Pattern pattern, String literal, boolean anySegment, boolean directory) {
        this.text = text;
        this.pattern = pattern;
        this.literal = literal;
        this.anySegment = anySegment;
        this.directory = directory;
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
        boolean anySegment = g.startsWith("**/");
        String rest = anySegment ? g.substring(3) : g;
        String literal = rest.isEmpty() || rest.chars().anyMatch(c -> "*?{}".indexOf(c) >= 0) ? null : rest;
        return new PathGlob(glob.trim(), Pattern.compile(regex), literal, anySegment, directory);
    }

    /** True when the relative path (with {@code /} separators) matches. */
    public boolean matches(String relativePath) {
        if (literal == null || hasLineTerminator(relativePath)) {
            return pattern.matcher(relativePath).matches(); // the regex's '.' stops at line terminators
        }
        // the regex's meaning, without it: the literal as the whole path or, with **/, after any '/';
        // a directory glob also matches everything below
        for (int at = relativePath.indexOf(literal); at >= 0; at = relativePath.indexOf(literal, at + 1)) {
            int end = at + literal.length();
            boolean start = at == 0 || (anySegment && relativePath.charAt(at - 1) == '/');
            boolean finish = end == relativePath.length() || (directory && relativePath.charAt(end) == '/');
            if (start && finish) {
                return true;
            }
            if (!anySegment) {
                return false; // anchored at the root: only the first position counts
            }
        }
        return false;
    }

    /** The regex alone, for tests that check the literal path against it. */
    boolean matchesByRegex(String relativePath) {
        return pattern.matcher(relativePath).matches();
    }

    private static boolean hasLineTerminator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
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
