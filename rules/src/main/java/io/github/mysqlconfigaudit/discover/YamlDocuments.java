package io.github.mysqlconfigaudit.discover;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SourceProblem;
import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** The YAML readers' shared step: compose every document safely, and turn any failure into a parse-error. */
public final class YamlDocuments {

    private YamlDocuments() {
    }

    /**
     * Leaves every plain scalar a string: the readers take values as text and never look at implicit types
     * ({@code 3306} as int, {@code true} as bool), so the regular expressions that decide them are not run.
     */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none
        }
    }

    /** Read-only once built (it has no implicit resolvers to add), so every file on every core shares it. */
    private static final Resolver TEXT = new TextResolver();

    /**
     * Composes each document of {@code text} (nodes keep their positions) and hands it to {@code each}; stops
     * at the first error and returns it as a parse-error at its line. What {@code Yaml.composeAll} does, without
     * the constructor and representer a {@code Yaml} builds first and composing never uses.
     */
    public static Optional<SourceProblem> compose(String path, String text, LoaderOptions options, Consumer<Node> each) {
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), TEXT, options);
            while (composer.checkNode()) {
                each.accept(composer.getNode());
            }
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            return Optional.of(new SourceProblem(SourceProblem.Kind.PARSE_ERROR, new Location(path, line, 1),
                    "not valid YAML: " + e.getProblem()));
        } catch (YAMLException | IllegalArgumentException e) {
            // snakeyaml refuses some tags (`!%3m`) with IllegalArgumentException rather than a YAMLException (found by fuzzing)
            return Optional.of(new SourceProblem(SourceProblem.Kind.PARSE_ERROR, Location.fileStart(path),
                    "not valid YAML: " + e.getMessage()));
        }
    }
}
