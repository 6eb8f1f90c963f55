package io.github.mysqlconfigaudit.haproxy;

import io.github.mysqlconfigaudit.model.Location;
import java.util.List;

/** One keyword line of a section: the keyword, its arguments and where it stands. */
public record HaproxyDirective(String keyword, List<Word> args, Location location) {

    public HaproxyDirective {
        args = List.copyOf(args);
    }

    /** The i-th argument's text, or null. */
    public String arg(int i) {
        return i < args.size() ? args.get(i).text() : null;
    }

    /** The location of the i-th argument (for findings on a value), or the keyword's. */
    public Location argLocation(int i) {
        return i < args.size() ? new Location(location.path(), location.line(), args.get(i).column()) : location;
    }
}
