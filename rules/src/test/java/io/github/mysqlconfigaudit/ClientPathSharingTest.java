package io.github.mysqlconfigaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.model.ClientPath;
import io.github.mysqlconfigaudit.model.Model;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pools that reach MySQL the same way share one list of hops and one of servers in the model. */
class ClientPathSharingTest {

    @TempDir
    Path root;

    @Test
    void poolsGoingTheSameWayShareTheirLists() {
        TestTrees.write(root, "deploy/haproxy.cfg", "defaults\n  mode tcp\n  timeout client 10m\n  timeout server 10m\n"
                + "listen mysql\n  bind :3306\n  server db 10.0.0.1:3306\n");
        TestTrees.write(root, "deploy/mysql/my.cnf", "[mysqld]\nwait_timeout = 28800\n");
        for (String app : List.of("a", "b")) {
            TestTrees.write(root, "deploy/" + app + "/application.properties",
                    "spring.datasource.url=jdbc:mysql://haproxy:3306/shop\n");
        }
        Model model = new ModelBuilder(new SourceTree(root), AuditOptions.defaults()).build();
        List<ClientPath> paths = model.clientPaths();
        assertEquals(2, paths.size(), paths.toString());
        assertEquals(List.of("deploy/a/application.properties", "deploy/b/application.properties"),
                paths.stream().map(p -> p.pool().path()).toList());
        assertEquals(List.of("listen mysql", "deploy/mysql/my.cnf"),
                paths.get(0).hops().stream().map(h -> h.label()).toList());
        assertSame(paths.get(0).hops(), paths.get(1).hops());
        assertSame(paths.get(0).servers(), paths.get(1).servers());
        assertEquals("deploy/mysql/my.cnf", paths.get(1).servers().get(0).configPath());
    }
}
