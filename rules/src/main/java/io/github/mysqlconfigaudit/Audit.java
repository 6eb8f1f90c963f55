package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.model.LinkSummary;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.policy.Policy;
import io.github.mysqlconfigaudit.policy.Verdict;
import io.github.mysqlconfigaudit.policy.Weighing;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import io.github.mysqlconfigaudit.rule.RuleRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engine's front door: {@code Audit.of(root, options).run()}. Discover, parse, model, rules,
 * policy, verdict, in that order; reports are written from the result.
 */
public final class Audit {

    private final Path root;
    private final AuditOptions options;

    private Audit(Path root, AuditOptions options) {
        this.root = root;
        this.options = options;
    }

    public static Audit of(Path root, AuditOptions options) {
        return new Audit(root, options);
    }

    public AuditResult run() {
        return run(phase -> {
        });
    }

    /**
     * Runs the audit, telling {@code onPhaseEnd} (on the calling thread) the name of each {@link AuditPhase} as it
     * ends: a profiler's hook (the benchmark reads the collectors' time there); its own time counts in no phase.
     */
    public AuditResult run(Consumer<String> onPhaseEnd) {
        long start = System.nanoTime();
        PhaseClock clock = new PhaseClock(onPhaseEnd);
        SourceTree tree = new SourceTree(root);
        Model model = new ModelBuilder(tree, options).build(clock);
        Policy policy = options.policy();
        // Rules are independent readers of the model: they run on both cores, their findings merged in rule order.
        List<Rule> enabled = options.rules().rules().stream().filter(rule -> policy.enabled(rule.descriptor().id()))
                .toList();
        RuleRunner.Outcome checked = RuleRunner.run(enabled, model, policy::parametersOf);
        List<RuleDescriptor> ran = options.rules().descriptors().stream().filter(d -> policy.enabled(d.id())).toList();
        Weighing.Result weighed = Weighing.weigh(checked.findings(), model.suppressions(), policy, options.baseline(),
                options.today());
        clock.end(AuditPhase.RULES);
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        return new AuditResult(tree.root(), model.version(), model.versionReason(), model.filesScanned(), ran,
                LinkSummary.all(model.links()), weighed.findings(), weighed.suppressed(), weighed.baselined(), weighed.fixed(),
                Verdict.of(weighed.findings(), policy, weighed.baselined()), elapsed, clock.phases(),
                checked.failures());
    }
}
