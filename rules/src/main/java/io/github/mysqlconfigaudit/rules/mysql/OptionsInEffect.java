package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.OptionAssignment;
import io.github.mysqlconfigaudit.model.ServerOption;
import io.github.mysqlconfigaudit.mysql.catalog.Availability;
import io.github.mysqlconfigaudit.mysql.catalog.OptionCatalog;
import java.util.Set;
import java.util.function.Consumer;

/** Every line that sets a server option, with whether the server's version has that option. */
final class OptionsInEffect {

    /** One line that sets an option of a server. */
    record Line(MySqlServer server, ServerOption option, OptionAssignment assignment, Availability availability) {
    }

    private OptionsInEffect() {
    }

    /**
     * The lines of the options whose availability is one of {@code wanted}: a rule speaks of a few statuses, and most
     * options of most servers are simply present.
     */
    static void forEach(MySqlServer server, Set<Availability.Status> wanted, Consumer<Line> action) {
        OptionCatalog catalog = OptionCatalog.builtIn();
        for (ServerOption option : server.options()) {
            int count = option.assignmentCount();
            if (count == 0) {
                continue; // only maximum- limits
            }
            Availability availability = catalog.availability(option.name(), server.version());
            if (!wanted.contains(availability.status())) {
                continue;
            }
            for (int i = 0; i < count; i++) {
                action.accept(new Line(server, option, option.assignment(i), availability));
            }
        }
    }
}
