package io.github.mysqlconfigaudit.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The nearest directory holding any item, and which addresses name no Service. */
class DirectoryIndexTest {

    private static final List<String> FILES = List.of("a/b/x.cnf", "a/c/z.cnf", "a/b/y.cnf", "top.cnf", "a/b/d/w.cnf");

    private final DirectoryIndex<String> index = new DirectoryIndex<>(FILES, Function.identity());

    @Test
    void theNearestDirectoryHoldsItsOwnItemsAndThoseBelowInTheGivenOrder() {
        assertEquals(new DirectoryIndex.Nearest<>("a/b", List.of("a/b/x.cnf", "a/b/y.cnf", "a/b/d/w.cnf")),
                index.nearest("a/b/haproxy.cfg"));
        assertEquals(new DirectoryIndex.Nearest<>("a/b/d", List.of("a/b/d/w.cnf")), index.nearest("a/b/d/e/f.yaml"));
        assertEquals(new DirectoryIndex.Nearest<>("a", List.of("a/b/x.cnf", "a/c/z.cnf", "a/b/y.cnf", "a/b/d/w.cnf")),
                index.nearest("a/e/haproxy.cfg"));
        assertEquals(new DirectoryIndex.Nearest<>("", FILES), index.nearest("q/haproxy.cfg"));
        assertEquals(new DirectoryIndex.Nearest<>("", FILES), index.nearest("haproxy.cfg"));
    }

    @Test
    void noItemsNoDirectory() {
        assertNull(new DirectoryIndex<String>(List.of(), Function.identity()).nearest("a/haproxy.cfg"));
    }

    @Test
    void ipAddressesAreTheDigitsAndDotsOrColonsTheRegularExpressionSaid() {
        Pattern before = Pattern.compile("[0-9.]+|.*:.*"); // what the linker matched before it read the characters
        for (String host : List.of("10.0.0.1", "127.0.0.1", "1", ".", "::1", "fe80::1", "[fe80::1]", "db", "db.svc",
                "10.0.0.1a", "a10.0.0.1", "mysql-0.mysql.db.svc.cluster.local", "host:3306", "2001:db8::8a2e",
                "10.0.0.")) {
            assertEquals(before.matcher(host).matches(), Linker.isIpAddress(host), host);
        }
    }

    @Test
    void aPathIsInADirectoryExactlyWhenThatIsItsParent() {
        List<String> paths = List.of("x.cnf", "a/x.cnf", "a/b/x.cnf", "ab/x.cnf", "a/bc/x.cnf", "a/b", "a", "a/", "a//x",
                "/x", "a/b/c/x.cnf", "a/b/", "b/x.cnf");
        List<String> dirs = List.of("", "a", "a/b", "ab", "a/bc", "b", "a/", "a/b/c");
        for (String path : paths) {
            for (String dir : dirs) {
                assertEquals(dir.equals(DirectoryIndex.parent(path)), DirectoryIndex.inDirectory(path, dir), path + " in " + dir);
            }
        }
    }

    @Test
    void runsOfOneDirectoryAndEmptyPathsIndexAsEachItemAlone() {
        List<String> files = List.of("a/b/1.cnf", "a/b/2.cnf", "", "a/b/3.cnf", "a/b/c/4.cnf", "a/b/5.cnf", "6.cnf", "7.cnf",
                "a/8.cnf");
        DirectoryIndex<String> runs = new DirectoryIndex<>(files, Function.identity());
        assertEquals(List.of("a/b/1.cnf", "a/b/2.cnf", "a/b/3.cnf", "a/b/5.cnf"), runs.nearest("a/b/q.cnf").items().stream()
                .filter(f -> DirectoryIndex.inDirectory(f, "a/b")).toList());
        assertEquals(List.of("a/b/1.cnf", "a/b/2.cnf", "a/b/3.cnf", "a/b/c/4.cnf", "a/b/5.cnf"), runs.nearest("a/b/q.cnf")
                .items());
        assertEquals(List.of("a/b/c/4.cnf"), runs.nearest("a/b/c/q.cnf").items());
        assertEquals(files.stream().filter(f -> !f.isEmpty()).toList(), runs.nearest("q.cnf").items());
        assertEquals("a", runs.nearest("a/q.cnf").directory());
    }
}
