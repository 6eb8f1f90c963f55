package io.github.mysqlconfigaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.rule.Rule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages as its class files say, read with the JDK's own {@code jdeps}: no package cycles, and the
 * rules read the model, never the readers that make it.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.mysqlconfigaudit";

    /** Package to the packages of the engine it uses (itself left out), from the compiled classes. */
    private static Map<String, Set<String>> uses;
    /** "class -> class" for every edge between two packages, to name the culprits. */
    private static Map<String, Set<String>> because;

    @BeforeAll
    static void readTheClassFiles() throws Exception {
        Path classes = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        int exit = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:class", "-filter:none",
                "-e", Pattern.quote(ROOT) + ".*", classes.toString());
        assertEquals(0, exit, out.toString());
        uses = new TreeMap<>();
        because = new HashMap<>();
        Matcher edge = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)", Pattern.MULTILINE).matcher(out.toString());
        while (edge.find()) {
            String from = packageOf(edge.group(1));
            String to = packageOf(edge.group(2));
            uses.computeIfAbsent(from, k -> new TreeSet<>());
            if (to.startsWith(ROOT) && !from.equals(to)) {
                uses.get(from).add(to);
                because.computeIfAbsent(from + " -> " + to, k -> new TreeSet<>())
                        .add(simple(edge.group(1)) + " -> " + simple(edge.group(2)));
            }
        }
        assertTrue(uses.size() > 10, "packages read: " + uses.keySet());
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static String simple(String className) {
        return className.substring(ROOT.length() + 1);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(uses)) {
            if (component.size() > 1) {
                StringBuilder why = new StringBuilder(String.join(", ", component));
                for (String from : component) {
                    for (String to : uses.get(from)) {
                        if (component.contains(to)) {
                            why.append("\n  ").append(because.get(from + " -> " + to));
                        }
                    }
                }
                cycles.add(why.toString());
            }
        }
        assertEquals(List.of(), cycles, "package cycles");
    }

    /** The rules see the model, the catalog of server options and values, and their own API: not the readers. */
    @Test
    void rulesReadTheModelNotTheReaders() {
        Set<String> allowed = Set.of(ROOT + ".rule", ROOT + ".model", ROOT + ".mysql.catalog", ROOT + ".units");
        List<String> wrong = new ArrayList<>();
        uses.forEach((from, to) -> {
            if (from.startsWith(ROOT + ".rules.")) {
                to.stream().filter(p -> !allowed.contains(p) && !p.startsWith(ROOT + ".rules."))
                        .forEach(p -> wrong.add(because.get(from + " -> " + p).toString()));
            }
        });
        assertEquals(List.of(), wrong, "rules reaching past the model");
    }

    /** Tarjan's strongly connected components of a graph given as adjacency sets. */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> components = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, components);
            }
        }
        return components;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<Set<String>> components) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, components);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }

    @Test
    void theCycleFinderFindsACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        List<Set<String>> components = stronglyConnected(new TreeMap<>(graph));
        assertTrue(components.contains(Set.of("a", "b", "c")), components.toString());
        assertTrue(components.contains(Set.of("d")), components.toString());
    }
}
