package io.github.mysqlconfigaudit.mysql;

import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.SourceTree;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The option-file fixtures under src/test/resources/optionfiles, one directory each with a my.cnf. */
final class OptionFixtures {

    /** Fixtures mysqld reads without error. */
    static final List<String> VALID = List.of("basics", "includes", "groups", "quoting", "whitespace", "colons",
            "control-chars");
    /** Fixtures mysqld refuses (my_print_defaults exits with an error). */
    static final List<String> REFUSED = List.of("bad-group", "no-group", "empty-include");

    private OptionFixtures() {
    }

    static Path dir(String name) {
        try {
            return Path.of(OptionFixtures.class.getResource("/optionfiles/" + name + "/my.cnf").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a fixture's my.cnf with the fixture directory as the audited root. */
    static OptionFile read(String name) {
        return new OptionFileReader(new SourceTree(dir(name)), Limits.defaults()).read("my.cnf");
    }
}
