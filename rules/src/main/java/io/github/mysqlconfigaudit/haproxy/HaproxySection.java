package io.github.mysqlconfigaudit.haproxy;

import io.github.mysqlconfigaudit.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * A section of an HAProxy config: its type ({@code global}, {@code defaults}, {@code frontend},
 * {@code backend}, {@code listen}, or another section keyword), its name, the defaults section it names
 * with {@code from}, and its directives in order.
 */
public record HaproxySection(String type, String name, String from, Location location,
                             List<HaproxyDirective> directives) {

    public HaproxySection {
        directives = List.copyOf(directives);
    }

    public boolean isProxy() {
        return type.equals("frontend") || type.equals("backend") || type.equals("listen");
    }

    public boolean hasFrontendSide() {
        return type.equals("frontend") || type.equals("listen");
    }

    public boolean hasBackendSide() {
        return type.equals("backend") || type.equals("listen");
    }

    /** {@code listen mysql}, {@code defaults}, {@code defaults base}. */
    public String label() {
        return name == null ? type : type + " " + name;
    }

    /** The last directive with this keyword (and first argument, when given): later lines win. */
    public Optional<HaproxyDirective> last(String keyword, String firstArg) {
        for (int i = directives.size() - 1; i >= 0; i--) {
            HaproxyDirective d = directives.get(i);
            if (d.keyword().equals(keyword) && (firstArg == null || firstArg.equals(d.arg(0)))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public List<HaproxyDirective> all(String keyword) {
        return directives.stream().filter(d -> d.keyword().equals(keyword)).toList();
    }
}
