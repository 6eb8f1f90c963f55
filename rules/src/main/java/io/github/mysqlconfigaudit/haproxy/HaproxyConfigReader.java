package io.github.mysqlconfigaudit.haproxy;

import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.SourceFile;
import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.discover.SuppressionComments;
import io.github.mysqlconfigaudit.discover.TextOrigin;
import io.github.mysqlconfigaudit.model.FileKind;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SourceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an HAProxy config into sections and keyword lines, as haproxy 2.x does. Unknown keywords are
 * kept and never fatal (the audit does not know every keyword of every version); what haproxy itself
 * refuses to load in the grammar (a line outside any section, quoting errors, a proxy without a valid
 * name) is a parse error with its line.
 */
public final class HaproxyConfigReader {

    /** Keywords that open a section (haproxy 2.x: cfgparse sections and their registered parsers). */
    public static final Set<String> SECTION_KEYWORDS = Set.of("global", "defaults", "frontend", "backend", "listen",
            "userlist", "peers", "resolvers", "mailers", "program", "http-errors", "ring", "cache", "fcgi-app",
            "log-forward", "crt-store", "traces");
    private static final Set<String> NAMED = Set.of("frontend", "backend", "listen");
    /** Proxy names may hold letters, digits, '-', '_', '.' and ':' (configuration manual, section 4). */
    private static final Pattern PROXY_NAME = Pattern.compile("[A-Za-z0-9_.:-]+");

    private final SourceTree tree;
    private final Limits limits;

    public HaproxyConfigReader(SourceTree tree, Limits limits) {
        this.tree = tree;
        this.limits = limits;
    }

    public HaproxyConfig read(String relativePath) {
        return read(new SourceFile(relativePath, FileKind.HAPROXY_CONFIG));
    }

    /** Reads a discovered config, where the walk found it. */
    public HaproxyConfig read(SourceFile file) {
        SourceTree.TextRead read = tree.readText(file.absolute(tree.root()), limits);
        if (!read.ok()) {
            return new HaproxyConfig(file.path(), List.of(), List.of(new SourceProblem(
                    SourceProblem.Kind.FILE_SKIPPED, Location.fileStart(file.path()), "not read: " + read.skipReason())),
                    List.of());
        }
        return parse(file.path(), read.text());
    }

    /** Parses config text; {@code path} names it in locations. */
    public static HaproxyConfig parse(String path, String text) {
        return parse(TextOrigin.file(path), text);
    }

    /** Parses config text standing where {@code origin} says (a file, or a block inside a manifest). */
    public static HaproxyConfig parse(TextOrigin origin, String text) {
        String path = origin.path();
        List<HaproxySection> sections = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        SectionBuilder current = null;
        for (int i = 0; i < lines.length; i++) {
            HaproxyTokenizer.Result tokens = HaproxyTokenizer.split(lines[i]);
            Location lineStart = origin.at(i + 1, 1);
            if (tokens.error() != null) {
                problems.add(new SourceProblem(SourceProblem.Kind.PARSE_ERROR, lineStart, tokens.error()));
                continue;
            }
            final int line = i + 1;
            List<Word> words = tokens.words().stream()
                    .map(w -> new Word(w.text(), origin.at(line, w.column()).column())).toList();
            if (words.isEmpty()) {
                continue;
            }
            Word first = words.get(0);
            Location at = new Location(lineStart.path(), lineStart.line(), first.column());
            if (SECTION_KEYWORDS.contains(first.text())) {
                if (current != null) {
                    sections.add(current.build());
                }
                current = openSection(words, at, problems);
                continue;
            }
            if (current == null) {
                problems.add(new SourceProblem(SourceProblem.Kind.PARSE_ERROR, at, "'" + first.text()
                        + "' stands before any section: haproxy reports \"unknown keyword out of section\""));
                continue;
            }
            current.directives.add(new HaproxyDirective(first.text(), words.subList(1, words.size()), at));
        }
        if (current != null) {
            sections.add(current.build());
        }
        return new HaproxyConfig(path, sections, problems,
                origin.wholeFile() ? SuppressionComments.scan(path, text, "#") : java.util.List.of());
    }

    private static SectionBuilder openSection(List<Word> words, Location at, List<SourceProblem> problems) {
        String type = words.get(0).text();
        String name = words.size() > 1 && !words.get(1).text().equals("from") ? words.get(1).text() : null;
        String from = null;
        int fromIndex = name == null ? 1 : 2;
        if (words.size() > fromIndex && words.get(fromIndex).text().equals("from")) {
            if (words.size() <= fromIndex + 1) {
                problems.add(new SourceProblem(SourceProblem.Kind.PARSE_ERROR, at, "'from' without a defaults name"));
            } else {
                from = words.get(fromIndex + 1).text();
            }
        }
        int expectedWords = from == null ? fromIndex : fromIndex + 2;
        if (NAMED.contains(type) && words.size() > expectedWords) {
            problems.add(new SourceProblem(SourceProblem.Kind.PARSE_ERROR, at, "'" + type + " " + name + "' is followed "
                    + "by '" + words.get(expectedWords).text() + "': haproxy 2.x refuses arguments after the proxy name "
                    + "(an address belongs on a 'bind' line; 'listen name address' is haproxy 1.x syntax)"));
        }
        if (NAMED.contains(type)) {
            if (name == null) {
                problems.add(new SourceProblem(SourceProblem.Kind.PARSE_ERROR, at,
                        "'" + type + "' needs a name: haproxy refuses an unnamed proxy"));
            } else if (!PROXY_NAME.matcher(name).matches()) {
                problems.add(new SourceProblem(SourceProblem.Kind.PARSE_ERROR, at, "proxy name '" + name
                        + "' has a character haproxy does not permit (letters, digits, '-', '_', '.', ':' only)"));
            }
        }
        return new SectionBuilder(type, name, from, at);
    }

    private static final class SectionBuilder {
        final String type;
        final String name;
        final String from;
        final Location location;
        final List<HaproxyDirective> directives = new ArrayList<>();

        SectionBuilder(String type, String name, String from, Location location) {
            this.type = type;
            this.name = name;
            this.from = from;
            this.location = location;
        }

        HaproxySection build() {
            return new HaproxySection(type, name, from, location, directives);
        }
    }
}
