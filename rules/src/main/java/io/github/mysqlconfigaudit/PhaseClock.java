package io.github.mysqlconfigaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Times an audit's phases: each {@link #end} closes the phase that began at the one before (or at the clock's
 * start) and tells the observer, whose own time is counted in no phase.
 */
final class PhaseClock {

    private final Consumer<String> observer;
    private final List<AuditPhase> phases = new ArrayList<>();
    private long start;

    PhaseClock(Consumer<String> observer) {
        this.observer = observer;
        this.start = System.nanoTime();
    }

    void end(String phase) {
        phases.add(new AuditPhase(phase, System.nanoTime() - start));
        observer.accept(phase);
        start = System.nanoTime();
    }

    List<AuditPhase> phases() {
        return List.copyOf(phases);
    }
}
