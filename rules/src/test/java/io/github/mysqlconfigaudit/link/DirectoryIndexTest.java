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
}
