package io.github.mysqlconfigaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mysqlconfigaudit.kubernetes.ManifestFacts;
import io.github.mysqlconfigaudit.mysql.OptionGroup;
import io.github.mysqlconfigaudit.mysql.OptionLine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Facts kept by the hundred thousand hold their place as a path, a line and a column instead of a {@link Location}:
 * the place they give back is the one they were made with, and a bad one is refused as {@code Location} refuses it.
 */
class InlinePlaceTest {

    private static final Location AT = new Location("k8s/db.yaml", 7, 3);

    @Test
    void theLocationAFactGivesIsTheOneItWasMadeWith() {
        OptionLine line = new OptionLine("mysqld", "port", "3306", AT);
        assertEquals(AT, line.location());
        assertEquals(line, new OptionLine("mysqld", "port", "3306", "k8s/db.yaml", 7, 3));
        assertNotEquals(line, new OptionLine("mysqld", "port", "3306", "k8s/db.yaml", 7, 4));
        assertEquals(AT, new OptionGroup("mysqld", AT).location());
        assertEquals(AT, new OptionAssignment("mysqld", "port", "3306", new OptionValue.Text("3306"), false, AT)
                .location());
        assertEquals(AT, new ManifestFacts.Env("MYSQL_DATABASE", "shop", AT).at());
        assertEquals(AT, new ManifestFacts.Arg("--port=3306", AT).at());
        assertEquals(AT, new ManifestFacts.DataEntry("my.cnf", "[mysqld]\n", null, AT).keyAt());
        assertEquals(AT, new ManifestFacts.ConfigMap("db", "default", "k8s/db.yaml", AT, List.of()).at());
        assertEquals(AT, new ManifestFacts.Service("db", "default", "k8s/db.yaml", AT, "ClusterIP", List.of(3306),
                Map.of(), Map.of()).at());
        Location image = new Location("k8s/db.yaml", 9, 14);
        ManifestFacts.Container container = new ManifestFacts.Container("mysql", "mysql:8.0", AT, image, List.of(),
                List.of(), List.of(), false, false, List.of());
        assertEquals(AT, container.at());
        assertEquals(image, container.imageAt());
        assertEquals(AT, new ManifestFacts.Workload("StatefulSet", "db", "default", "k8s/db.yaml", AT, Map.of(),
                List.of(container), List.of(), Map.of()).at());
    }

    @Test
    void modelFactsGiveBackTheirPlaceToo() {
        assertEquals(AT, new ClientSetting("url", "jdbc:mysql://db/x", AT).location());
        assertEquals(AT, new ProxySection("listen", "mysql", AT).location());
        ProxyTimeout timeout = new ProxyTimeout("server", 300, "300", AT, "listen mysql");
        assertEquals(AT, timeout.location());
        assertEquals("timeout server 300 (= 0.3 s) (listen mysql at k8s/db.yaml:7)", timeout.describe());
        ProxyServer server = new ProxyServer("db1", "10.0.0.1", Optional.of(3306), AT);
        assertEquals(AT, server.location());
        assertEquals(Optional.of(3306), server.port());
        assertEquals(Optional.of(0), new ProxyServer("db1", "10.0.0.1", Optional.of(0), AT).port());
        assertEquals(Optional.empty(), new ProxyServer("db1", "10.0.0.1", Optional.empty(), AT).port());
        assertEquals(server, new ProxyServer("db1", "10.0.0.1", Optional.of(3306), new Location("k8s/db.yaml", 7, 3)));
        assertEquals(server.hashCode(), new ProxyServer("db1", "10.0.0.1", Optional.of(3306), AT).hashCode());
        assertNotEquals(server, new ProxyServer("db1", "10.0.0.1", Optional.empty(), AT));
        assertNotEquals(server, new ProxyServer("db1", "10.0.0.1", Optional.of(3306), new Location("k8s/db.yaml", 8, 3)));
        assertThrows(IllegalArgumentException.class, () -> new ProxyServer("db1", "h", Optional.of(-1), AT));
    }

    @Test
    void aLinkSummaryKeepsTheRoutesIdPlaceAndReason() {
        ProxyRoute route = io.github.mysqlconfigaudit.haproxy.RouteBuilder.build(
                io.github.mysqlconfigaudit.haproxy.HaproxyConfigReader.parse("lb/haproxy.cfg",
                        "defaults\n  timeout client 30s\n\nlisten mysql\n  server db1 10.0.0.1:3306\n")).routes().get(0);
        RouteLink link = new RouteLink(route, Optional.empty(), "no MySQL config linked");
        LinkSummary summary = LinkSummary.of(link);
        assertEquals("lb/haproxy.cfg#mysql", summary.route());
        assertEquals(new Location("lb/haproxy.cfg", 4, 1), summary.routeLocation());
        assertEquals(Optional.empty(), summary.mysqlConfig());
        assertEquals("lb/haproxy.cfg#mysql → (no MySQL config) (no MySQL config linked)", summary.describe());
        assertEquals(summary.describe(), link.describe());
        assertEquals(summary, new LinkSummary("lb/haproxy.cfg#mysql", new Location("lb/haproxy.cfg", 4, 1),
                Optional.empty(), "no MySQL config linked"));
        assertNotEquals(summary, new LinkSummary("lb/haproxy.cfg#mysql", new Location("lb/haproxy.cfg", 4, 1),
                Optional.of("db/my.cnf"), "no MySQL config linked"));
        assertEquals("db/my.cnf", new LinkSummary("r", AT, Optional.of("db/my.cnf"), "x").mysqlConfig().orElseThrow());
    }

    @Test
    void theLinksOfOneRouteShareOneIdInTheirSummaries() {
        List<ProxyRoute> routes = io.github.mysqlconfigaudit.haproxy.RouteBuilder.build(
                io.github.mysqlconfigaudit.haproxy.HaproxyConfigReader.parse("lb/haproxy.cfg",
                        "listen mysql\n  server db1 10.0.0.1:3306\n  server db2 10.0.0.2:3306\n"
                                + "listen other\n  server db3 10.0.0.3:3306\n")).routes();
        List<RouteLink> links = List.of(new RouteLink(routes.get(0), Optional.empty(), "a"),
                new RouteLink(routes.get(1), Optional.empty(), "b"), new RouteLink(routes.get(0), Optional.empty(), "c"));
        List<LinkSummary> summaries = LinkSummary.all(links);
        assertEquals(links.stream().map(LinkSummary::of).toList(), summaries);
        assertEquals(List.of("lb/haproxy.cfg#mysql", "lb/haproxy.cfg#other", "lb/haproxy.cfg#mysql"),
                summaries.stream().map(LinkSummary::route).toList());
        assertSame(summaries.get(0).route(), summaries.get(2).route());
    }

    @Test
    void aPlaceLocationWouldRefuseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OptionLine("mysqld", "port", "1", "my.cnf", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new OptionGroup("mysqld", "my.cnf", 1, 0));
        assertThrows(NullPointerException.class, () -> new OptionAssignment("mysqld", "port", "1",
                new OptionValue.Text("1"), false, null, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ManifestFacts.Env("A", "b", "db.yaml", -1, 1));
    }

    @Test
    void aManifestFactsPlacesAreInItsFile() {
        Location elsewhere = new Location("k8s/other.yaml", 2, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new ManifestFacts.ConfigMap("db", "default", "k8s/db.yaml", elsewhere, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ManifestFacts.Service("db", "default", "k8s/db.yaml",
                elsewhere, "ClusterIP", List.of(), Map.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ManifestFacts.Workload("Pod", "db", "default",
                "k8s/db.yaml", elsewhere, Map.of(), List.of(), List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ManifestFacts.Container("mysql", "mysql:8.0", AT,
                elsewhere, List.of(), List.of(), List.of(), false, false, List.of()));
    }
}
