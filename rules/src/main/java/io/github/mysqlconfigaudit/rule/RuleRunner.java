package io.github.mysqlconfigaudit.rule;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.model.MySqlServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs rules over a model on every core. Rules are independent readers of the model; {@link ServerRule}s share one
 * walk over the servers, cut into slices that run in parallel. The findings come back in rule order, each rule's
 * in the order its own {@link Rule#check} would give, whatever the thread timing.
 *
 * <p>A rule that throws (a {@link RuntimeException}, a stack overflow, a class that fails to load) does not stop
 * the audit: what it reported before stays, the other rules run, and the failure comes back as an
 * {@code internal-error} finding in the rule's place (one per rule, naming the first server it failed on) with the
 * exception kept for a debug log.
 */
public final class RuleRunner {

    /** Servers per slice: enough to keep a core busy for a while, few enough to share the work at 10,000 files. */
    static final int SLICE = 256;

    private RuleRunner() {
    }

    /** The findings (internal-error ones included) and the failures behind the internal-error ones. */
    public record Outcome(List<Finding> findings, List<RuleFailure> failures) {
    }

    /** What one rule gave in one task: its findings, and its failure if it threw. */
    private static final class Part {
        final List<Finding> findings = new ArrayList<>();
        RuleFailure failure;

        void failed(String ruleId, Throwable e, Location where) {
            failure = failure == null ? new RuleFailure(ruleId, e, where, 1) : failure.andAgain(1);
        }
    }

    public static Outcome run(List<Rule> rules, Model model, Function<String, Map<String, String>> parametersOf) {
        List<ServerRule> serverRules = rules.stream().filter(ServerRule.class::isInstance).map(ServerRule.class::cast)
                .toList();
        List<Rule> others = rules.stream().filter(rule -> !(rule instanceof ServerRule)).toList();
        List<RuleDescriptor> serverDescriptors = serverRules.stream().map(Rule::descriptor).toList();
        List<MySqlServer> servers = model.servers();
        int slices = (servers.size() + SLICE - 1) / SLICE;
        // one task per slice of servers (every server rule), then one per other rule; each gives a part per rule
        List<List<Part>> results = IntStream.range(0, slices + others.size()).parallel().mapToObj(task -> {
            if (task >= slices) {
                Rule rule = others.get(task - slices);
                Part part = new Part();
                RuleDescriptor d = rule.descriptor();
                try {
                    rule.check(model, context(d, parametersOf, part.findings));
                } catch (RuntimeException | StackOverflowError | LinkageError e) {
                    part.failed(d.id(), e, RuleFailure.WHOLE_AUDIT);
                }
                return List.of(part);
            }
            List<Part> found = new ArrayList<>();
            List<RuleContext> contexts = new ArrayList<>();
            for (RuleDescriptor d : serverDescriptors) {
                Part part = new Part();
                found.add(part);
                contexts.add(context(d, parametersOf, part.findings));
            }
            for (MySqlServer server : servers.subList(task * SLICE, Math.min(servers.size(), (task + 1) * SLICE))) {
                for (int r = 0; r < serverRules.size(); r++) {
                    try {
                        serverRules.get(r).checkServer(server, contexts.get(r));
                    } catch (RuntimeException | StackOverflowError | LinkageError e) {
                        found.get(r).failed(serverDescriptors.get(r).id(), e, server.serverGroup());
                    }
                }
            }
            return found;
        }).toList();
        List<Finding> out = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        int serverRule = 0;
        int other = 0;
        for (Rule rule : rules) {
            List<Part> parts = new ArrayList<>();
            if (rule instanceof ServerRule) {
                for (int s = 0; s < slices; s++) {
                    parts.add(results.get(s).get(serverRule));
                }
                serverRule++;
            } else {
                parts.add(results.get(slices + other++).get(0));
            }
            RuleFailure failure = null;
            for (Part part : parts) {
                out.addAll(part.findings);
                if (part.failure != null) {
                    failure = failure == null ? part.failure : failure.andAgain(part.failure.times());
                }
            }
            if (failure != null) {
                failures.add(failure);
                out.add(failure.finding());
            }
        }
        return new Outcome(out, failures);
    }

    private static RuleContext context(RuleDescriptor d, Function<String, Map<String, String>> parametersOf,
                                       List<Finding> sink) {
        return new RuleContext(d, parametersOf.apply(d.id()), sink);
    }
}
