package io.github.mysqlconfigaudit.rules.mysql;

import io.github.mysqlconfigaudit.model.GroupOption;
import io.github.mysqlconfigaudit.model.Model;
import io.github.mysqlconfigaudit.mysql.catalog.OptionCatalog;
import io.github.mysqlconfigaudit.rule.Rule;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleMeta;
import io.github.mysqlconfigaudit.rule.Severity;
import java.util.regex.Pattern;

/** A committed option file holds a literal password. The value is never printed, only where it stands. */
@RuleMeta(id = "plaintext-password", severity = Severity.WARNING,
        title = "Literal password in a committed option file",
        rationale = "A password in [client], [mysqldump] or a server option (report_password, wsrep_sst_auth) of a "
                + "file kept in the repository is readable by everyone with the repository, its forks and its CI "
                + "logs, and stays in the history after it is changed. Placeholders that a deploy step fills "
                + "(${DB_PASSWORD}, {{ .Values.password }}) are not reported.",
        fix = "Remove the value: use a login path (mysql_config_editor), a Kubernetes Secret mounted as a file, "
                + "or a placeholder filled at deploy time; then rotate the password.",
        example = "# .my.cnf\n[client]\nuser = app\npassword = s3cret")
public final class PlaintextPassword implements Rule {

    /** ${VAR}, $VAR, {{ … }}, %(name)s, <password>, @@secret@@: filled in by a deploy step. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{[^}]+}|\\$[A-Za-z_][A-Za-z0-9_]*|\\{\\{.*}}|%\\([^)]+\\)s|<[^>]+>|@@[^@]+@@");

    @Override
    public void check(Model model, RuleContext ctx) {
        for (GroupOption o : model.groupOptions()) {
            if (!OptionCatalog.isPasswordOption(o.name()) || !literal(o)) {
                continue;
            }
            String where = "[" + o.assignment().group() + "] " + o.assignment().written();
            ctx.at(o.assignment().location(), where + " holds a literal password in a file kept in the repository"
                            + " (the value is not shown)")
                    .fix("delete the value of " + o.assignment().written() + " at " + o.assignment().location().shortForm()
                            + " and read the password from a login path or a mounted Secret; rotate it")
                    .subject(o.assignment().group(), o.name())
                    .report();
        }
    }

    private static boolean literal(GroupOption o) {
        String raw = o.assignment().raw();
        if (raw == null || raw.isBlank()) {
            return false; // a bare `password` makes the client prompt
        }
        String value = raw.trim();
        if (o.name().equals("wsrep_sst_auth")) {
            int colon = value.indexOf(':');
            value = colon < 0 ? "" : value.substring(colon + 1);
            if (value.isBlank()) {
                return false;
            }
        }
        return !PLACEHOLDER.matcher(value).matches();
    }
}
