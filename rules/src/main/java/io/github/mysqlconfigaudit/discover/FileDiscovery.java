package io.github.mysqlconfigaudit.discover;

import io.github.mysqlconfigaudit.model.FileKind;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.Sorted;
import io.github.mysqlconfigaudit.model.SourceProblem;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RecursiveTask;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Walks the audited root (on every core) and picks the files worth reading. Links are not followed out of
 * the root; the result is sorted by path so every run sees the same order.
 */
public final class FileDiscovery {

    /** Group headers that make a {@code *.ini} (or an explicitly included file) a MySQL option file. */
    private static final Pattern SERVER_GROUP = Pattern.compile(
            "(?im)^\\s*\\[\\s*(mysqld|mariadbd?|galera)(-\\d+\\.\\d+)?\\s*]");
    private static final Pattern ANY_MYSQL_GROUP = Pattern.compile(
            "(?im)^\\s*\\[\\s*(mysqld|mariadbd?|galera|server|client|client-server|mysql|mysqldump)(-\\d+\\.\\d+)?\\s*]");

    /**
     * A line opening a proxy section makes a {@code *.cfg} (or an explicitly included file) an HAProxy config:
     * the keyword alone or followed by a name, never by {@code =} or {@code :} ({@code backend = sqlite} in a
     * Python setup.cfg is a key).
     */
    private static final Pattern HAPROXY_SECTION = Pattern.compile(
            "(?m)^[ \\t]*(frontend|backend|listen|defaults)(?:[ \\t]+[^=:\\s].*|[ \\t]*)$");

    /** YAML files that are never manifests: kustomize, Helm chart metadata and values, this tool's policy. */
    private static final Pattern NOT_MANIFEST = Pattern.compile(
            "kustomization\\.ya?ml|chart\\.ya?ml|values([-.].*)?\\.ya?ml|\\.mysql-config-audit\\.ya?ml");

    /** Spring Boot's application config (with profiles) and plain HikariCP properties. */
    private static final Pattern CLIENT_CONFIG = Pattern.compile(
            "application(-[^.]+)?\\.(properties|ya?ml)|hikari[^/]*\\.properties");

    private final SourceTree tree;
    private final PathFilter filter;
    private final Limits limits;

    public FileDiscovery(SourceTree tree, PathFilter filter, Limits limits) {
        this.tree = tree;
        this.filter = filter;
        this.limits = limits;
    }

    /** The files found, sorted by path, and what was skipped on the way. */
    public record Result(List<SourceFile> files, List<SourceProblem> problems) {
    }

    public Result discover() {
        Walked walked = new DirectoryWalk(tree.root(), "", 0).invoke();
        // Telling the kind (which reads .cfg and .ini files) runs on every core too.
        List<SourceFile> files = walked.candidates().parallelStream()
                .map(c -> classify(c.file(), c.rel()))
                .flatMap(Optional::stream)
                .toList();
        return new Result(Sorted.of(files, Comparator.comparing(SourceFile::path)),
                Sorted.of(walked.problems(), Comparator.comparing(SourceProblem::location)));
    }

    private record Candidate(String rel, Path file) {
    }

    private record Walked(List<Candidate> candidates, List<SourceProblem> problems) {
    }

    /**
     * One directory of the walk; its subdirectories are walked as tasks of their own, so both cores list
     * directories and read attributes. Below {@link #FORK_DEPTH} levels a task walks its whole subtree with a
     * work list instead, so a hostile tree thousands of directories deep cannot exhaust the stack. Links are
     * not followed: a link is checked where it is found, and kept only when it is a file inside the root.
     * Relative paths are built from the parent's, not recomputed from the absolute path.
     */
    private final class DirectoryWalk extends RecursiveTask<Walked> {
        private static final int FORK_DEPTH = 16;
        private final Path dir;
        private final String rel;
        private final int depth;

        DirectoryWalk(Path dir, String rel, int depth) {
            this.dir = dir;
            this.rel = rel;
            this.depth = depth;
        }

        @Override
        protected Walked compute() {
            Walked walked = new Walked(new ArrayList<>(), new ArrayList<>());
            if (depth >= FORK_DEPTH) {
                Deque<Map.Entry<Path, String>> pending = new ArrayDeque<>();
                pending.push(Map.entry(dir, rel));
                while (!pending.isEmpty()) {
                    Map.Entry<Path, String> next = pending.pop();
                    list(next.getKey(), next.getValue(), walked, (sub, subRel) -> pending.push(Map.entry(sub, subRel)));
                }
                return walked;
            }
            List<DirectoryWalk> subdirectories = new ArrayList<>();
            list(dir, rel, walked, (sub, subRel) -> subdirectories.add(new DirectoryWalk(sub, subRel, depth + 1)));
            invokeAll(subdirectories);
            for (DirectoryWalk sub : subdirectories) {
                Walked w = sub.join();
                walked.candidates().addAll(w.candidates());
                walked.problems().addAll(w.problems());
            }
            return walked;
        }
    }

    /** The entries of one directory: files become candidates, subdirectories not excluded go to {@code subdirectory}. */
    private void list(Path dir, String rel, Walked walked, BiConsumer<Path, String> subdirectory) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String entryRel = rel.isEmpty() ? name : rel + "/" + name;
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    walked.problems().add(skipped(entryRel, e));
                    continue;
                }
                if (attrs.isDirectory()) {
                    if (!filter.excludedDirectory(entryRel)) {
                        subdirectory.accept(entry, entryRel);
                    }
                } else {
                    visitFile(entry, entryRel, attrs, walked.candidates(), walked.problems());
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            walked.problems().add(skipped(rel, e instanceof DirectoryIteratorException d ? d.getCause() : e));
        }
    }

    private void visitFile(Path file, String rel, BasicFileAttributes attrs, List<Candidate> candidates,
                           List<SourceProblem> problems) {
        if (!filter.accepts(rel)) {
            return;
        }
        if (attrs.isSymbolicLink()) {
            if (tree.inside(file).isEmpty()) {
                if (candidateByName(rel) || filter.explicitIncludes()) {
                    problems.add(new SourceProblem(SourceProblem.Kind.FILE_SKIPPED, Location.fileStart(rel),
                            "not read: the symbolic link points outside the audited root (or nowhere)"));
                }
                return;
            }
            if (Files.isDirectory(file)) {
                return; // directories are reached through their real path
            }
        } else if (!attrs.isRegularFile()) {
            return;
        }
        candidates.add(new Candidate(rel, file));
    }

    private static SourceProblem skipped(String rel, Exception e) {
        return new SourceProblem(SourceProblem.Kind.FILE_SKIPPED, Location.fileStart(rel),
                "not read: " + e.getClass().getSimpleName());
    }

    private static boolean candidateByName(String rel) {
        String name = fileName(rel);
        return name.endsWith(".cnf") || name.endsWith(".ini") || name.endsWith(".cfg");
    }

    private Optional<SourceFile> classify(Path file, String rel) {
        String name = fileName(rel);
        if (name.endsWith(".cfg") && !name.equals("haproxy.cfg")) {
            return Optional.of(SourceFile.found(rel, file, FileKind.HAPROXY_CONFIG, true)); // if its text says so
        }
        return kindByName(file, rel, name).map(kind -> SourceFile.found(rel, file, kind, false));
    }

    /** True when a {@code *.cfg} file's text opens a proxy section: it is an HAProxy config. */
    public static boolean haproxyText(String text) {
        return HAPROXY_SECTION.matcher(text).find();
    }

    private Optional<FileKind> kindByName(Path file, String rel, String name) {
        if (name.endsWith(".cnf")) {
            return Optional.of(FileKind.MYSQL_OPTION_FILE);
        }
        if (name.equals("haproxy.cfg")) {
            return Optional.of(FileKind.HAPROXY_CONFIG);
        }
        if (name.endsWith(".ini")) {
            return sniff(file, SERVER_GROUP, FileKind.MYSQL_OPTION_FILE);
        }
        if (CLIENT_CONFIG.matcher(name).matches()) {
            return Optional.of(FileKind.CLIENT_CONFIG);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            // The manifest reader skips documents that are not Kubernetes objects; reading the file once is enough.
            return NOT_MANIFEST.matcher(name).matches() ? Optional.empty() : Optional.of(FileKind.KUBERNETES_YAML);
        }
        if (filter.explicitIncludes()) {
            return sniff(file, ANY_MYSQL_GROUP, FileKind.MYSQL_OPTION_FILE)
                    .or(() -> sniff(file, HAPROXY_SECTION, FileKind.HAPROXY_CONFIG));
        }
        return Optional.empty();
    }

    private Optional<FileKind> sniff(Path file, Pattern marker, FileKind kind) {
        SourceTree.TextRead read = tree.readText(file, limits);
        if (read.ok() && marker.matcher(read.text()).find()) {
            return Optional.of(kind);
        }
        return Optional.empty();
    }

    private static String fileName(String rel) {
        int slash = rel.lastIndexOf('/');
        return (slash < 0 ? rel : rel.substring(slash + 1)).toLowerCase(Locale.ROOT);
    }
}
