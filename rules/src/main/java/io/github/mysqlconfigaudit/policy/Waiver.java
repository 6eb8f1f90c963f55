package io.github.mysqlconfigaudit.policy;

import io.github.mysqlconfigaudit.discover.PathGlob;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.rule.Finding;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A waiver from the policy file: a rule, the files it covers, optionally a section and option, the
 * mandatory reason, and the date after which it stops working.
 */
public record Waiver(String ruleId, PathGlob path, Optional<String> section, Optional<String> option, String reason,
                     Optional<LocalDate> expires, Location where) {

    public boolean covers(Finding f) {
        return f.ruleId().equals(ruleId) && path.matches(f.location().path())
                && section.map(s -> s.equals(f.section())).orElse(true)
                && option.map(o -> o.equals(f.option())).orElse(true);
    }

    /** Expired the day after {@code expires}: a waiver that expires 2027-03-31 still works on that day. */
    public boolean expiredOn(LocalDate today) {
        return expires.map(today::isAfter).orElse(false);
    }
}
