package io.github.mysqlconfigaudit.discover;

import io.github.mysqlconfigaudit.model.FileKind;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SourceProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Walks the audited root and picks the files worth reading. Links are not followed out of the root;
 * the result is sorted by path so every run sees the same order.
 */
public final class FileDiscovery {

    /** Group headers that make a {@code *.ini} (or an explicitly included file) a MySQL option file. */
    private static final Pattern SERVER_GROUP = Pattern.compile(
            "(?im)^\\s*\\[\\s*(mysqld|mariadbd?|galera)(-\\d+\\.\\d+)?\\s*]");
    private static final Pattern ANY_MYSQL_GROUP = Pattern.compile(
            "(?im)^\\s*\\[\\s*(mysqld|mariadbd?|galera|server|client|client-server|mysql|mysqldump)(-\\d+\\.\\d+)?\\s*]");

    /** A line opening a proxy section makes a {@code *.cfg} (or an explicitly included file) an HAProxy config. */
    private static final Pattern HAPROXY_SECTION = Pattern.compile(
            "(?m)^[ \\t]*(frontend|backend|listen|defaults)([ \\t]|$)");

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
        List<SourceFile> files = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        record Candidate(String rel, Path file) {
        }
        List<Candidate> candidates = new ArrayList<>();
        try {
            Files.walkFileTree(tree.root(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(tree.root())) {
                        return FileVisitResult.CONTINUE;
                    }
                    return filter.excludedDirectory(tree.relative(dir))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = tree.relative(file);
                    if (!filter.accepts(rel)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        if (tree.inside(file).isEmpty()) {
                            if (candidateByName(rel) || filter.explicitIncludes()) {
                                problems.add(new SourceProblem(SourceProblem.Kind.FILE_SKIPPED,
                                        Location.fileStart(rel),
                                        "not read: the symbolic link points outside the audited root (or nowhere)"));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                        if (Files.isDirectory(file)) {
                            return FileVisitResult.CONTINUE; // directories are reached through their real path
                        }
                    } else if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    candidates.add(new Candidate(rel, file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new SourceProblem(SourceProblem.Kind.FILE_SKIPPED,
                            Location.fileStart(tree.relative(file)),
                            "not read: " + e.getClass().getSimpleName()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + tree.root(), e);
        }
        // The walk is sequential; telling the kind (which reads .cfg and .ini files) runs on every core.
        candidates.parallelStream()
                .map(c -> classify(c.file(), c.rel()).map(kind -> new SourceFile(c.rel(), c.file(), kind)))
                .flatMap(Optional::stream)
                .forEachOrdered(files::add);
        files.sort(Comparator.comparing(SourceFile::path));
        problems.sort(Comparator.comparing(SourceProblem::location));
        return new Result(files, problems);
    }

    private static boolean candidateByName(String rel) {
        String name = fileName(rel);
        return name.endsWith(".cnf") || name.endsWith(".ini") || name.endsWith(".cfg");
    }

    private Optional<FileKind> classify(Path file, String rel) {
        String name = fileName(rel);
        if (name.endsWith(".cnf")) {
            return Optional.of(FileKind.MYSQL_OPTION_FILE);
        }
        if (name.equals("haproxy.cfg")) {
            return Optional.of(FileKind.HAPROXY_CONFIG);
        }
        if (name.endsWith(".ini")) {
            return sniff(file, SERVER_GROUP, FileKind.MYSQL_OPTION_FILE);
        }
        if (name.endsWith(".cfg")) {
            return sniff(file, HAPROXY_SECTION, FileKind.HAPROXY_CONFIG);
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
