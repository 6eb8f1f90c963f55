package io.github.mysqlconfigaudit.rule;

import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.MySqlServer;

/**
 * A rule that judges each server on its own. The engine walks the servers once for all such rules (each server's
 * options are read while they are at hand, not once per rule), in parallel, and keeps each rule's findings in
 * server order, as {@link #check} does.
 */
public interface ServerRule extends Rule {

    /** Reports what is wrong with this one server. */
    void checkServer(MySqlServer server, RuleContext ctx);

    @Override
    default void check(Model model, RuleContext ctx) {
        for (MySqlServer server : model.servers()) {
            checkServer(server, ctx);
        }
    }
}
