package io.github.mysqlconfigaudit.rules.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.mysql.OptionFileReader;
import io.github.mysqlconfigaudit.mysql.ServerConfigs;
import io.github.mysqlconfigaudit.mysql.catalog.Availability.Status;
import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import io.github.mysqlconfigaudit.mysql.catalog.VariableCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsInEffectTest {

    @TempDir
    Path root;

    private List<String> lines(MySqlServer server, Set<Status> wanted) {
        List<String> out = new ArrayList<>();
        OptionsInEffect.forEach(server, wanted, line -> out.add(line.option().name() + ":" + line.assignment()
                .location().line() + ":" + line.availability().status()));
        return out;
    }

    @Test
    void everyLineOfTheOptionsWithTheStatusesAskedForAndNoOther() throws Exception {
        Files.writeString(root.resolve("my.cnf"), "[mysqld]\nwait_timeout = 60\nwait_timout = 5\nquery_cache_size = 0\n"
                + "wait_timout = 6\nmaximum-sort_buffer_size = 8M\n");
        MySqlServer server = ServerConfigs.server(new OptionFileReader(new SourceTree(root), Limits.defaults())
                .read("my.cnf"), MySqlVersion.parse("8.0"), VariableCatalog.builtIn()).orElseThrow();
        assertEquals(List.of("wait_timout:3:UNKNOWN", "wait_timout:5:UNKNOWN"), lines(server, EnumSet.of(Status.UNKNOWN)));
        assertEquals(List.of("query_cache_size:4:REMOVED"), lines(server, EnumSet.of(Status.REMOVED, Status.DEPRECATED)));
        assertEquals(List.of(), lines(server, EnumSet.of(Status.NOT_YET)));
        // all of them: each line once, in the file's order of options; a maximum- alone sets no line
        assertEquals(List.of("wait_timeout:2:PRESENT", "wait_timout:3:UNKNOWN", "wait_timout:5:UNKNOWN",
                "query_cache_size:4:REMOVED"), lines(server, EnumSet.allOf(Status.class)));
    }
}
