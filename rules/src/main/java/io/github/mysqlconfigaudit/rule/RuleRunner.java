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
        List<ServerRule> serverRules = rules.stream().filter(ServerRule.class::isInstance).map(ServerRule.class::cast).toList();
        List<RuleDescriptor> serverDescriptors = serverRules.stream().map(Rule::descriptor).toList();
        List<MySqlServer> servers = model.servers();
        int slices = (servers.size() + SLICE - 1) / SLICE;
        // one task per slice of servers (all server rules), then one per other rule
        List<List<List<Finding>>> results = IntStream.range(0, slices + rules.size()).parallel().mapToObj(task -> {
            if (task < slices) {
                List<List<Finding>> found = new ArrayList<>();
                List<RuleContext> contexts = new ArrayList<>();
                for (RuleDescriptor d : serverDescriptors) {
                    List<Finding> sink = new ArrayList<>();
                    found.add(sink);
                    contexts.add(new RuleContext(d, parametersOf.apply(d.id()), sink));
                }
                for (MySqlServer server : servers.subList(task * SLICE, Math.min(servers.size(), (task + 1) * SLICE))) {
                    for (int r = 0; r < serverRules.size(); r++) {
                        serverRules.get(r).checkServer(server, contexts.get(r));
                    }
                }
                return found;
            }
            Rule rule = rules.get(task - slices);
            if (rule instanceof ServerRule) {
                return List.<List<Finding>>of();
            }
            List<Finding> sink = new ArrayList<>();
            RuleDescriptor d = rule.descriptor();
            rule.check(model, new RuleContext(d, parametersOf.apply(d.id()), sink));
            return List.of(sink);
        }).toList();
        List<Finding> out = new ArrayList<>();
        int serverRule = 0;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) instanceof ServerRule) {
                for (int s = 0; s < slices; s++) {
                    out.addAll(results.get(s).get(serverRule));
                }
                serverRule++;
            } else {
                out.addAll(results.get(slices + i).get(0));
            }
        }
        return out;
    }
}
