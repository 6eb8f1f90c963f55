package io.github.mysqlconfigaudit.link;

import io.github.mysqlconfigaudit.model.ProxyRoute;

/**
 * How users name routes in the policy: {@code file#section} names the routes of that file through that
 * section (frontend, backend or listen); {@code file} alone names every route of the file.
 */
public final class RouteSelector {

    private RouteSelector() {
    }

    public static boolean matches(String selector, ProxyRoute route) {
        int hash = selector.indexOf('#');
        String file = hash < 0 ? selector : selector.substring(0, hash);
        if (!file.equals(route.file())) {
            return false;
        }
        if (hash < 0) {
            return true;
        }
        String section = selector.substring(hash + 1);
        return section.equals(route.frontend().name()) || section.equals(route.backend().name());
    }
}
