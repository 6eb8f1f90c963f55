package io.github.mysqlconfigaudit.maven;

import io.github.mysqlconfigaudit.Audit;
import io.github.mysqlconfigaudit.AuditPhase;
import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.AuditSetup;
import io.github.mysqlconfigaudit.RuleRegistry;
import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.PathFilter;
import io.github.mysqlconfigaudit.policy.Baseline;
import io.github.mysqlconfigaudit.policy.PolicyException;
import io.github.mysqlconfigaudit.report.AtomicFiles;
import io.github.mysqlconfigaudit.rule.ParamType;
import io.github.mysqlconfigaudit.report.ConsoleReport;
import io.github.mysqlconfigaudit.report.ReportFormat;
import io.github.mysqlconfigaudit.report.Reports;
import io.github.mysqlconfigaudit.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Audits the MySQL configuration under a directory and fails the build on findings at or above
 * {@code failOnSeverity}. Works inside a project ({@code mvn verify}) and in a directory without a pom.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class AuditMojo extends AbstractMojo {

    /** The root to scan. Default: the project's base directory, or the current directory without a pom. */
    @Parameter(property = "mysql-config-audit.basedir")
    File basedir;

    /** Comma-separated globs of files to read. Default: every file that looks like a MySQL option file. */
    @Parameter(property = "mysql-config-audit.includes")
    String includes;

    /** Comma-separated globs of files and directories to skip. */
    @Parameter(property = "mysql-config-audit.excludes", defaultValue = PathFilter.DEFAULT_EXCLUDES)
    String excludes;

    /**
     * The lowest severity that fails the build: ERROR, WARNING, INFO or NONE. Default: the policy file's
     * failOnSeverity, else ERROR.
     */
    @Parameter(property = "mysql-config-audit.failOnSeverity")
    String failOnSeverity;

    /** Comma-separated report formats: console, sarif, json, junit. */
    @Parameter(property = "mysql-config-audit.formats", defaultValue = "console,sarif")
    String formats;

    /**
     * Where reports are written. Default: the mysql-config-audit directory under the project's build
     * directory, or ./target/mysql-config-audit without a pom.
     */
    @Parameter(property = "mysql-config-audit.outputDirectory")
    File outputDirectory;

    /**
     * The target server: 5.7, 8.0, 8.4 or mariadb-10.11 (patch levels such as 8.0.36 are accepted). Default: the
     * policy file's mysqlVersion, else 8.4.
     */
    @Parameter(property = "mysql-config-audit.mysqlVersion")
    String mysqlVersion;

    /** The policy file. Default: .mysql-config-audit.yaml in the scanned root, when it exists. */
    @Parameter(property = "mysql-config-audit.policy")
    File policy;

    /**
     * The baseline of accepted findings. Default: mysql-config-audit-baseline.json in the scanned root; when it
     * exists, only findings not in it fail the build.
     */
    @Parameter(property = "mysql-config-audit.baseline")
    File baseline;

    /** Writes every current finding to the baseline file instead of failing on them. */
    @Parameter(property = "mysql-config-audit.writeBaseline", defaultValue = "false")
    boolean writeBaseline;

    /** Files larger than this are skipped with an INFO finding (K, M, G suffixes). */
    @Parameter(property = "mysql-config-audit.maxFileSize", defaultValue = "10M")
    String maxFileSize;

    /** Files with more lines than this are skipped with an INFO finding. */
    @Parameter(property = "mysql-config-audit.maxLinesPerFile", defaultValue = "200000")
    int maxLinesPerFile;

    /** !include chains deeper than this are not followed (mysqld itself stops at 10). */
    @Parameter(property = "mysql-config-audit.maxIncludeDepth", defaultValue = "10")
    int maxIncludeDepth;

    /** More files included into one option file than this are not followed. */
    @Parameter(property = "mysql-config-audit.maxIncludedFiles", defaultValue = "1000")
    int maxIncludedFiles;

    /** YAML documents with more aliases to collections than this are refused as a parse error (alias bombs). */
    @Parameter(property = "mysql-config-audit.yamlMaxAliases", defaultValue = "50")
    int yamlMaxAliases;

    /** YAML nested deeper than this is refused as a parse error. */
    @Parameter(property = "mysql-config-audit.yamlMaxDepth", defaultValue = "100")
    int yamlMaxDepth;

    /** Skips the audit. */
    @Parameter(property = "mysql-config-audit.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = false)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = false)
    MavenSession session;

    /** The rules to run; null: those on the plugin's class path. Tests set it. */
    RuleRegistry rules;

    /**
     * Runs the audit. A rule that throws becomes an internal-error finding (its stack trace logged under -X); anything
     * else unexpected is one clear line, the stack trace under -e.
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            audit();
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            throw new MojoExecutionException("mysql-config-audit: unexpected " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                    + " (a bug: please report it with the stack trace that -e prints)", e);
        }
    }

    private void audit() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("mysql-config-audit: skipped");
            return;
        }
        Path root = root();
        if (!Files.isDirectory(root)) {
            throw new MojoExecutionException("mysql-config-audit: basedir " + root + " is not a directory");
        }
        AuditSetup.Setup setup;
        Set<ReportFormat> reportFormats;
        try {
            Limits limits = new Limits(ParamType.SIZE.parse(maxFileSize), maxLinesPerFile, maxIncludeDepth,
                    maxIncludedFiles, yamlMaxAliases, yamlMaxDepth);
            setup = AuditSetup.resolve(new AuditSetup.Parameters(root, includes, excludes, failOnSeverity, mysqlVersion,
                    policy == null ? null : policy.toPath(), baseline == null ? null : baseline.toPath(), writeBaseline,
                    limits), LocalDate.now(), rules == null ? RuleRegistry.load() : rules);
            reportFormats = ReportFormat.parseList(formats);
        } catch (IllegalArgumentException | PolicyException e) {
            throw new MojoExecutionException("mysql-config-audit: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("mysql-config-audit: cannot read the policy or baseline: " + e.getMessage(), e);
        }

        AuditResult result = Audit.of(root, setup.options()).run();
        getLog().debug("mysql-config-audit: " + result.elapsedMillis() + " ms: " + AuditPhase.describe(result.phases()));
        result.ruleFailures().forEach(f -> getLog().debug("mysql-config-audit: the rule " + f.ruleId() + " failed at "
                + f.where() + (f.times() > 1 ? " and " + (f.times() - 1) + " more times" : ""), f.error()));

        List<Path> written;
        try {
            written = Reports.write(result, reportFormats, reportDirectory(root));
        } catch (IOException e) {
            throw new MojoExecutionException("mysql-config-audit: cannot write reports to " + reportDirectory(root)
                    + ": " + e.getMessage(), e);
        }
        if (reportFormats.contains(ReportFormat.CONSOLE)) {
            ConsoleReport.lines(result).forEach(line -> log(getLog(), line));
        }
        written.forEach(p -> getLog().info("mysql-config-audit: report written to " + p));

        if (writeBaseline) {
            writeBaseline(result, setup.baselineFile());
            return;
        }
        if (result.verdict().failed()) {
            int n = result.verdict().failingFindings();
            String where = written.stream().filter(p -> p.endsWith(SarifReport.FILE_NAME)).findFirst()
                    .map(p -> "; see " + p).orElse("");
            throw new MojoFailureException("mysql-config-audit: " + n + " finding" + (n == 1 ? "" : "s") + " at or above "
                    + result.verdict().threshold().orElseThrow() + where);
        }
    }

    private void writeBaseline(AuditResult result, Path file) throws MojoExecutionException {
        try {
            AtomicFiles.write(file, Baseline.of(result.findings()).toJson());
        } catch (IOException e) {
            throw new MojoExecutionException("mysql-config-audit: cannot write the baseline " + file + ": " + e.getMessage(), e);
        }
        getLog().info("mysql-config-audit: baseline of " + result.findings().size() + " finding"
                + (result.findings().size() == 1 ? "" : "s") + " written to " + file + "; only new findings fail from now on");
    }

    /** The scanned root: the parameter, else the project's directory, else where Maven was started. */
    Path root() {
        if (basedir != null) {
            return basedir.toPath().toAbsolutePath().normalize();
        }
        if (hasPom()) {
            return project.getBasedir().toPath();
        }
        if (session != null && session.getExecutionRootDirectory() != null) {
            return Path.of(session.getExecutionRootDirectory());
        }
        return Path.of("").toAbsolutePath();
    }

    Path reportDirectory(Path root) {
        if (outputDirectory != null) {
            return outputDirectory.toPath();
        }
        if (hasPom()) {
            return Path.of(project.getBuild().getDirectory(), "mysql-config-audit");
        }
        Path cwd = session != null && session.getExecutionRootDirectory() != null
                ? Path.of(session.getExecutionRootDirectory()) : Path.of("").toAbsolutePath();
        return cwd.resolve("target").resolve("mysql-config-audit");
    }

    private boolean hasPom() {
        return project != null && project.getFile() != null;
    }

    private static void log(Log log, ConsoleReport.Line line) {
        if (line.severity() == null) {
            log.info(line.text());
            return;
        }
        switch (line.severity()) {
            case ERROR -> log.error(line.text());
            case WARNING -> log.warn(line.text());
            default -> log.info(line.text());
        }
    }
}
