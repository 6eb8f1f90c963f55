package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.SourceFile;
import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.discover.SuppressionComments;
import io.github.mysqlconfigaudit.discover.TextOrigin;
import io.github.mysqlconfigaudit.model.FileKind;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.model.Suppression;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.ini4j.Config;
import org.ini4j.InvalidFileFormatException;
import org.ini4j.spi.IniHandler;
import org.ini4j.spi.IniParser;

/**
 * Reads a MySQL option file as mysqld does, includes and all.
 *
 * <p>The line grammar (groups, {@code name = value}, names without values) is ini4j's streaming
 * {@link IniParser} with a handler of our own: no profile, no {@code ${...}} expansion, no ini4j includes.
 * What ini4j does not know is done here, line by line, before and after it: {@code #}/{@code ;}
 * comments, trailing {@code #} comments outside quotes, quotes and escapes, {@code !include} and
 * {@code !includedir}, and the line numbers of every option.
 */
public final class OptionFileReader {

    /** mysqld follows includes ten levels deep and silently stops there (my_default.cc). */
    private static final int MYSQLD_MAX_INCLUDE_DEPTH = 10;
    /** ini4j splits a line at ':' or '=' and skips a backslash-protected one; mysqld splits at the first '='. */
    private static final char COLON_STAND_IN = '\uE000';
    private static final char BACKSLASH_STAND_IN = '\uE001';
    private static final char CONTROL_STAND_IN = '\uE100';

    private final SourceTree tree;
    private final Limits limits;
    private final IncludeResolver includes;

    public OptionFileReader(SourceTree tree, Limits limits) {
        this.tree = tree;
        this.limits = limits;
        this.includes = new IncludeResolver(tree);
    }

    /** Reads the option file at this path (relative to the root) and everything it includes. */
    public OptionFile read(String relativePath) {
        return read(new SourceFile(relativePath, FileKind.MYSQL_OPTION_FILE));
    }

    /** Reads a discovered option file (where the walk found it) and everything it includes. */
    public OptionFile read(SourceFile file) {
        Session session = new Session();
        session.readFile(file.absolute(tree.root()), file.path(), 0, null);
        return session.result(file.path());
    }

    /**
     * Reads option-file text that stands inside another file (a ConfigMap key); its includes name files of
     * the running pod, not of the repository, so they are reported and not followed.
     */
    public static OptionFile readEmbedded(TextOrigin origin, String text) {
        OptionFileReader reader = new OptionFileReader(null, Limits.defaults());
        Session session = reader.new Session();
        session.readText(text, null, origin, 0);
        return session.result(origin.path());
    }

    /**
     * What one content line of a file is, before ini4j has seen it: a group (its name exactly as mysqld
     * takes it), an option, or an include directive.
     */
    private record Content(int line, int column, String iniText, String group, String directive, String argument) {
        boolean isDirective() {
            return directive != null;
        }
    }

    /** One ini4j event: a group (name only) or an option (name and raw value). */
    private record Event(String group, String name, String value) {
    }

    private final class Session {
        final List<OptionLine> lines = new ArrayList<>();
        final List<OptionGroup> groups = new ArrayList<>();
        final List<String> included = new ArrayList<>();
        final List<SourceProblem> problems = new ArrayList<>();
        final List<Suppression> suppressions = new ArrayList<>();
        final Deque<String> stack = new ArrayDeque<>();

        OptionFile result(String path) {
            return new OptionFile(path, lines, groups, included, problems, suppressions);
        }

        void readFile(Path file, String rel, int depth, Location from) {
            SourceTree.TextRead read = tree.readText(file, limits);
            if (!read.ok()) {
                if (from == null) {
                    problem(SourceProblem.Kind.FILE_SKIPPED, Location.fileStart(rel), "not read: " + read.skipReason());
                } else {
                    problem(SourceProblem.Kind.INCLUDE_NOT_FOLLOWED, from,
                            "the included file " + rel + " is not read: " + read.skipReason());
                }
                return;
            }
            if (depth > 0) {
                included.add(rel);
            }
            stack.push(rel);
            try {
                readText(read.text(), file, TextOrigin.file(rel), depth);
            } finally {
                stack.pop();
            }
        }

        private void readText(String text, Path file, TextOrigin origin, int depth) {
            if (origin.wholeFile()) {
                suppressions.addAll(SuppressionComments.scan(origin.path(), text, "#;"));
            }
            List<Content> contents = scan(text, origin);
            List<Event> events = parseWithIni4j(contents, origin);
            if (events == null) {
                return;
            }
            int next = 0;
            String group = null;
            for (Content c : contents) {
                Location at = origin.at(c.line(), c.column());
                if (c.isDirective()) {
                    if (file == null) {
                        problem(SourceProblem.Kind.INCLUDE_NOT_FOLLOWED, at, "!" + c.directive() + " " + c.argument()
                                + " is not followed: it names a file of the running pod, which the repository does not hold");
                    } else {
                        include(c, at, file, depth);
                    }
                    continue;
                }
                Event e = events.get(next++);
                if ((e.group() != null) != (c.group() != null)) {
                    // never expected (protect() keeps the two grammars in step), but never a mis-assigned option
                    problem(SourceProblem.Kind.PARSE_ERROR, at, "this line reads as a group to one parser and as an "
                            + "option to the other; it is not used");
                    return;
                }
                if (e.group() != null) {
                    group = c.group(); // ini4j trims the name; mysqld keeps leading blanks ("[ mysqld ]" is another group)
                    groups.add(new OptionGroup(group, at));
                } else {
                    String value = e.value() == null ? null : MysqldLineSyntax.value(e.value());
                    lines.add(new OptionLine(group, restore(e.name()), value, at));
                }
            }
        }

        /** Classifies every physical line the way mysqld's reader does; stops where mysqld would fail. */
        private List<Content> scan(String text, TextOrigin origin) {
            List<Content> contents = new ArrayList<>();
            String[] physical = text.split("\n", -1);
            boolean inGroup = false;
            for (int i = 0; i < physical.length; i++) {
                String raw = physical[i];
                String t = MysqldLineSyntax.stripLeading(raw);
                int lineNo = i + 1;
                int column = raw.length() - t.length() + 1;
                Location at = origin.at(lineNo, column);
                if (t.isEmpty() || t.charAt(0) == '#' || t.charAt(0) == ';') {
                    continue;
                }
                if (t.charAt(0) == '!') {
                    String keyword = directive(t);
                    if (keyword != null) {
                        String argument = MysqldLineSyntax.stripTrailing(
                                MysqldLineSyntax.stripLeading(t.substring(keyword.length() + 1)));
                        if (argument.isEmpty()) {
                            problem(SourceProblem.Kind.PARSE_ERROR, at, "'!" + keyword
                                    + "' without a path: mysqld stops reading the file here and refuses to start");
                            return contents;
                        }
                        contents.add(new Content(lineNo, column, null, null, keyword, argument));
                    }
                    continue; // mysqld ignores other '!' lines
                }
                if (t.charAt(0) == '[') {
                    int close = t.indexOf(']');
                    if (close < 0) {
                        problem(SourceProblem.Kind.PARSE_ERROR, at, "group header without ']': mysqld reports "
                                + "'Wrong group definition', stops reading the file here and refuses to start");
                        return contents;
                    }
                    String name = MysqldLineSyntax.stripTrailing(t.substring(1, close));
                    contents.add(new Content(lineNo, column, "[" + name + "]", name, null, null));
                    inGroup = true;
                    continue;
                }
                if (!inGroup) {
                    problem(SourceProblem.Kind.PARSE_ERROR, at, "option before any [group]: mysqld reports "
                            + "'Found option without preceding group', stops reading the file here and refuses to start");
                    return contents;
                }
                String option = MysqldLineSyntax.stripTrailing(MysqldLineSyntax.removeEndComment(t));
                int eq = option.indexOf('=');
                String name = eq < 0 ? option : option.substring(0, eq);
                if (MysqldLineSyntax.stripTrailing(name).isEmpty()) {
                    problem(SourceProblem.Kind.PARSE_ERROR, at, "option without a name before '='");
                    continue;
                }
                // The blanks before '=' are no part of the name (mysqld drops them, as the name read back did):
                // dropped here they need no stand-in, and ini4j reads a line of Latin-1 text, one byte a character.
                contents.add(new Content(lineNo, column, protect(MysqldLineSyntax.stripTrailing(name))
                        + (eq < 0 ? "" : option.substring(eq)), null, null, null));
            }
            return contents;
        }

        /** Runs ini4j over the content lines, one line each, and returns its events in order. */
        private List<Event> parseWithIni4j(List<Content> contents, TextOrigin origin) {
            int length = 0;
            for (Content c : contents) {
                length += c.isDirective() ? 0 : c.iniText().length() + 1;
            }
            StringBuilder ini = new StringBuilder(length); // sized once, not grown by doubling
            int expected = 0;
            for (Content c : contents) {
                if (!c.isDirective()) {
                    ini.append(c.iniText()).append('\n');
                    expected++;
                }
            }
            List<Event> events = new ArrayList<>(expected);
            try {
                PARSER.parse(new StringReader(ini.toString()), new EventCollector(events));
            } catch (InvalidFileFormatException e) {
                problem(SourceProblem.Kind.PARSE_ERROR, origin.at(1, 1), "not an option file: " + e.getMessage());
                return null;
            } catch (IOException e) {
                throw new IllegalStateException("reading a string cannot fail", e);
            }
            if (events.size() != expected) {
                problem(SourceProblem.Kind.PARSE_ERROR, origin.at(1, 1),
                        "the option-file grammar read " + events.size() + " entries where " + expected + " were expected");
                return null;
            }
            return events;
        }

        private void include(Content c, Location at, Path file, int depth) {
            boolean directory = c.directive().equals("includedir");
            String written = "!" + c.directive() + " " + c.argument();
            if (depth + 1 > Math.min(MYSQLD_MAX_INCLUDE_DEPTH, limits.maxIncludeDepth())) {
                problem(SourceProblem.Kind.INCLUDE_NOT_FOLLOWED, at, written + " is not followed: includes nest "
                        + "deeper than " + Math.min(MYSQLD_MAX_INCLUDE_DEPTH, limits.maxIncludeDepth()) + " levels");
                return;
            }
            IncludeResolver.Resolution res = includes.resolve(c.argument(), file, directory);
            if (res.target() == null) {
                problem(SourceProblem.Kind.INCLUDE_NOT_FOLLOWED, at, written + " is not followed: " + res.reason());
                return;
            }
            List<Path> targets = directory ? optionFilesIn(res.target(), at, written) : List.of(res.target());
            for (Path target : targets) {
                String targetRel = tree.relative(target);
                if (stack.contains(targetRel)) {
                    problem(SourceProblem.Kind.INCLUDE_NOT_FOLLOWED, at, written + " is not followed into "
                            + targetRel + ": it is already being read (an include cycle)");
                    continue;
                }
                if (included.size() >= limits.maxIncludedFiles()) {
                    problem(SourceProblem.Kind.INCLUDE_NOT_FOLLOWED, at, written + " is not followed into "
                            + targetRel + ": more than " + limits.maxIncludedFiles() + " files are included already");
                    return;
                }
                readFile(target, targetRel, depth + 1, at);
            }
        }

        /** The {@code *.cnf} files of a directory in byte order of their names, as mysqld reads them. */
        private List<Path> optionFilesIn(Path dir, Location at, String written) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.cnf")) {
                for (Path p : stream) {
                    if (Files.isRegularFile(p)) {
                        files.add(p);
                    }
                }
            } catch (IOException e) {
                problem(SourceProblem.Kind.INCLUDE_NOT_FOLLOWED, at, written + " is not followed: the directory "
                        + "cannot be listed (" + e.getClass().getSimpleName() + ")");
            }
            files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            return files;
        }

        private void problem(SourceProblem.Kind kind, Location at, String message) {
            problems.add(new SourceProblem(kind, at, message));
        }
    }

    /** ini4j's parser keeps no state between parses; one instance (found once) serves every thread. */
    private static final IniParser PARSER = newParser();

    private static IniParser newParser() {
        Config config = new Config();
        config.setEscape(false);
        config.setEscapeNewline(false);
        config.setInclude(false);
        config.setEmptyOption(true);
        config.setGlobalSection(false);
        config.setUnnamedSection(true);
        config.setLowerCaseOption(false);
        config.setLowerCaseSection(false);
        config.setMultiOption(true);
        config.setMultiSection(true);
        config.setComment(false);
        return IniParser.newInstance(config);
    }

    /** {@code include} or {@code includedir} when the line is that directive followed by white space. */
    private static String directive(String line) {
        for (String keyword : new String[] {"includedir", "include"}) {
            int end = keyword.length() + 1;
            if (line.startsWith(keyword, 1) && line.length() > end && MysqldLineSyntax.isSpace(line.charAt(end))) {
                return keyword;
            }
        }
        return null;
    }

    /**
     * Hides from ini4j what it reads differently from mysqld in a name: ':' (a separator to ini4j), '\\' (it
     * protects a separator) and control characters (ini4j trims every character up to ' ', so "\u0001[x]"
     * would become a group header; to mysqld it is an option name).
     */
    private static String protect(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c == ':' ? COLON_STAND_IN : c == '\\' ? BACKSLASH_STAND_IN : c <= ' ' ? (char) (CONTROL_STAND_IN + c) : c);
        }
        return out.toString();
    }

    private static String restore(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c == COLON_STAND_IN ? ':' : c == BACKSLASH_STAND_IN ? '\\'
                    : c >= CONTROL_STAND_IN && c <= CONTROL_STAND_IN + ' ' ? (char) (c - CONTROL_STAND_IN) : c);
        }
        return MysqldLineSyntax.stripTrailing(out.toString());
    }

    /** Collects ini4j's events; nothing else of ini4j (profiles, expansion) is ever used. */
    private static final class EventCollector implements IniHandler {
        private final List<Event> events;

        EventCollector(List<Event> events) {
            this.events = events;
        }

        @Override
        public void startIni() {
        }

        @Override
        public void endIni() {
        }

        @Override
        public void startSection(String name) {
            events.add(new Event(name, null, null));
        }

        @Override
        public void endSection() {
        }

        @Override
        public void handleComment(String comment) {
        }

        @Override
        public void handleOption(String name, String value) {
            events.add(new Event(null, name, value));
        }
    }
}
