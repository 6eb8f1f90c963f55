package io.github.mysqlconfigaudit.maven;

import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import io.github.mysqlconfigaudit.RuleRegistry;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;

/** Lists every rule: id, default severity, what it checks, and its parameters with their defaults. */
@Mojo(name = "rules", threadSafe = true, requiresProject = false)
public class RulesMojo extends AbstractMojo {

    @Override
    public void execute() {
        for (RuleDescriptor d : RuleRegistry.load().descriptors()) {
            getLog().info(d.id() + " (" + d.defaultSeverity() + "): " + d.title());
            getLog().info("    " + d.rationale());
            d.params().forEach(p -> getLog().info("    parameter " + p.name() + " = " + p.defaultValue() + ": "
                    + p.description()));
        }
        getLog().info("Configure them under rules: in .mysql-config-audit.yaml; the full reference is RULES.md.");
    }
}
