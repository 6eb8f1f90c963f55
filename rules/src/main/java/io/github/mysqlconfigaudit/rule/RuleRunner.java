package io.github.mysqlconfigaudit.rule;

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
 */
public final class RuleRunner {

    /** Servers per slice: enough to keep a core busy for a while, few enough to share the work at 10,000 files. */
    static final int SLICE = 256;

    private RuleRunner() {
    }

    public static List<Finding> run(List<Rule> rules, Model model, Function<String, Map<String, String>> parametersOf) {
        List<ServerRule> serverRules = rules.stream().filter(ServerRule.class::isInstance).map(ServerRule.class::cast)
                .toList();
        List<Rule> others = rules.stream().filter(rule -> !(rule instanceof ServerRule)).toList();
        List<RuleDescriptor> serverDescriptors = serverRules.stream().map(Rule::descriptor).toList();
        List<MySqlServer> servers = model.servers();
        int slices = (servers.size() + SLICE - 1) / SLICE;
        // one task per slice of servers (every server rule), then one per other rule; each gives a list per rule
        List<List<List<Finding>>> results = IntStream.range(0, slices + others.size()).parallel().mapToObj(task -> {
            if (task >= slices) {
                Rule rule = others.get(task - slices);
                List<Finding> sink = new ArrayList<>();
                rule.check(model, context(rule.descriptor(), parametersOf, sink));
                return List.of(sink);
            }
            List<List<Finding>> found = new ArrayList<>();
            List<RuleContext> contexts = new ArrayList<>();
            for (RuleDescriptor d : serverDescriptors) {
                List<Finding> sink = new ArrayList<>();
                found.add(sink);
                contexts.add(context(d, parametersOf, sink));
            }
            for (MySqlServer server : servers.subList(task * SLICE, Math.min(servers.size(), (task + 1) * SLICE))) {
                server.withOptionsMade(() -> {
                    for (int r = 0; r < serverRules.size(); r++) {
                        serverRules.get(r).checkServer(server, contexts.get(r));
                    }
                });
            }
            return found;
        }).toList();
        List<Finding> out = new ArrayList<>();
        int serverRule = 0;
        int other = 0;
        for (Rule rule : rules) {
            if (rule instanceof ServerRule) {
                for (int s = 0; s < slices; s++) {
                    out.addAll(results.get(s).get(serverRule));
                }
                serverRule++;
            } else {
                out.addAll(results.get(slices + other++).get(0));
            }
        }
        return out;
    }

    private static RuleContext context(RuleDescriptor d, Function<String, Map<String, String>> parametersOf,
                                       List<Finding> sink) {
        return new RuleContext(d, parametersOf.apply(d.id()), sink);
    }
}
