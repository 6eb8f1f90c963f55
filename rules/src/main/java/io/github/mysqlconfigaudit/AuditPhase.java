package io.github.mysqlconfigaudit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One step of an audit and the wall time it took. The steps, in the order they run: {@value #DISCOVER} (walking the
 * tree), {@value #PARSE} (reading and parsing every file, on both cores), {@value #MODEL} (servers, routes and the
 * cluster from the parsed facts, embedded configs parsed), {@value #LINK} (routes to servers, pools to the hops
 * before MySQL), {@value #RULES} (the rules, then the policy). Reports are written after them.
 *
 * @param name  one of {@link #NAMES}
 * @param nanos its wall time
 */
public record AuditPhase(String name, long nanos) {

    public static final String DISCOVER = "discover";
    public static final String PARSE = "parse";
    public static final String MODEL = "model";
    public static final String LINK = "link";
    public static final String RULES = "rules";
    /** Every phase, in the order an audit runs them. */
    public static final List<String> NAMES = List.of(DISCOVER, PARSE, MODEL, LINK, RULES);

    public AuditPhase {
        Objects.requireNonNull(name, "name");
        if (nanos < 0) {
            throw new IllegalArgumentException("a phase cannot take " + nanos + " ns");
        }
    }

    public long millis() {
        return nanos / 1_000_000;
    }

    /** {@code discover 30 ms, parse 128 ms, …}: where an audit's time went, for a log line. */
    public static String describe(List<AuditPhase> phases) {
        return phases.stream().map(p -> p.name() + " " + p.millis() + " ms").collect(Collectors.joining(", "));
    }
}
