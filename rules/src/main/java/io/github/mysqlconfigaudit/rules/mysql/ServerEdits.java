package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.EffectiveNumber;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.MySqlServer;
import io.github.mysqlconfigaudit.model.OptionAssignment;
import java.math.BigInteger;

/** The concrete edits findings propose: the exact line to write and where. */
final class ServerEdits {

    private ServerEdits() {
    }

    /** Where a number should be changed: the line that sets it, or the server group when it is a default. */
    static Location where(MySqlServer server, EffectiveNumber number) {
        return number.source().map(OptionAssignment::location).orElse(server.serverGroup());
    }

    /** {@code set `wait_timeout = 86400` at my.cnf:3} or {@code add `wait_timeout = 86400` under [mysqld] at my.cnf:1}. */
    static String setNumber(MySqlServer server, EffectiveNumber number, BigInteger newValue) {
        String line = "`" + number.name() + " = " + number.unit().literal(newValue) + "`";
        return number.source()
                .map(a -> "set " + line + " in [" + a.group() + "] at " + a.location().shortForm()
                        + " (now `" + a.asWritten() + "`)")
                .orElseGet(() -> "add " + line + " under [" + server.serverGroupName() + "] at "
                        + server.serverGroup().shortForm());
    }

    static String setNumber(MySqlServer server, EffectiveNumber number, long newValue) {
        return setNumber(server, number, BigInteger.valueOf(newValue));
    }

    /** The group a number is set in, or the server group it would be added to. */
    static String group(MySqlServer server, EffectiveNumber number) {
        return number.source().map(OptionAssignment::group).orElse(server.serverGroupName());
    }

    /** "for the server started with my.cnf", so a finding in an included file names its server. */
    static String serverOf(MySqlServer server, Location at) {
        return at.path().equals(server.configPath()) ? "" : " (read by the server started with "
                + server.configPath() + ")";
    }
}
