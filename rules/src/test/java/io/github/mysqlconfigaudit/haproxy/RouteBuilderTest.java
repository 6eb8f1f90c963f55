package io.github.mysqlconfigaudit.haproxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.model.ProxyRoute;
import io.github.mysqlconfigaudit.model.ProxyTimeout;
import io.github.mysqlconfigaudit.model.SourceProblem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteBuilderTest {

    private static RouteBuilder.Result build(String config) {
        return RouteBuilder.build(HaproxyConfigReader.parse("haproxy.cfg", config));
    }

    private static ProxyRoute only(String config) {
        RouteBuilder.Result r = build(config);
        assertEquals(1, r.routes().size(), r.routes().toString());
        return r.routes().get(0);
    }

    /** Each row of the live proof (LiveProofIT), seen live with haproxy 2.6 and mariadbd: the idle timeout that cut the connection. */
    @ParameterizedTest(name = "{0} -> {1} ms")
    @CsvSource(delimiter = '|', value = {
        "timeout client 3s\\ntimeout server 3s | 3000",
        "timeout client 3s\\ntimeout server 30s | 3000",
        "timeout client 30s\\ntimeout server 3s | 3000",
        "timeout client 3s\\ntimeout server 3s\\ntimeout tunnel 30s | 30000",
        "timeout client 3000\\ntimeout server 3000 | 3000",
        "timeout client 30000\\ntimeout server 30000 | 30000",
        "timeout client 30s\\ntimeout server 30s | 30000",
    })
    void effectiveIdleTimeoutOfEachLiveScenario(String timeouts, long idleMillis) {
        ProxyRoute route = only("defaults\n  mode tcp\n  timeout connect 5s\n  " + timeouts.replace("\\n", "\n  ")
                + "\nlisten mysql\n  bind 127.0.0.1:13307\n  server db1 127.0.0.1:13306\n");
        assertEquals(Optional.of(idleMillis), route.idleMillis());
    }

    @Test
    void sectionValuesOverrideDefaultsAndLocationsSayWhere() {
        ProxyRoute route = only("defaults\n  timeout client 30s\n  timeout server 30s\n"
                + "listen mysql\n  timeout server 8h\n  server db1 10.0.0.1:3306\n");
        assertEquals(28_800_000L, route.server().orElseThrow().millis());
        assertEquals("listen mysql", route.server().orElseThrow().section());
        assertEquals(5, route.server().orElseThrow().location().line());
        assertEquals("defaults", route.client().orElseThrow().section());
        assertEquals(2, route.client().orElseThrow().location().line());
    }

    @Test
    void routesInheritingATimeoutShareItsOneFactWithTheListOfTimeouts() {
        RouteBuilder.Result r = build("defaults\n  timeout client 30s\n  timeout server 30\n"
                + "listen a\n  server s 10.0.0.1:3306\nlisten b\n  timeout client 1h\n  server s 10.0.0.2:3306\n"
                + "listen c\n  timeout server soon\n  server s 10.0.0.3:3306\n");
        assertEquals(List.of("client", "server", "client"), r.timeouts().stream().map(ProxyTimeout::kind).toList());
        ProxyRoute a = r.routes().get(0);
        ProxyRoute b = r.routes().get(1);
        assertSame(r.timeouts().get(0), a.client().orElseThrow());
        assertSame(r.timeouts().get(1), a.server().orElseThrow());
        assertSame(a.server().orElseThrow(), b.server().orElseThrow());
        assertSame(r.timeouts().get(2), b.client().orElseThrow());
        assertEquals(30, b.server().orElseThrow().millis()); // unitless: milliseconds
        // a value haproxy refuses is a problem and no timeout, not the inherited one
        assertEquals(Optional.empty(), r.routes().get(2).server());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("'soon'")), r.problems().toString());
    }

    @Test
    void aSectionIsOneFactForEveryRouteThroughIt() {
        RouteBuilder.Result r = build("listen mysql\n  server s 10.0.0.1:3306\n"
                + "frontend fe1\n  bind :3307\n  default_backend be\nfrontend fe2\n  bind :3308\n  default_backend be\n"
                + "backend be\n  server s 10.0.0.2:3306\n");
        assertEquals(3, r.routes().size(), r.routes().toString());
        assertSame(r.routes().get(0).frontend(), r.routes().get(0).backend());
        assertEquals(List.of("haproxy.cfg#mysql", "haproxy.cfg#fe1>be", "haproxy.cfg#fe2>be"),
                r.routes().stream().map(ProxyRoute::id).toList());
        assertSame(r.routes().get(1).backend(), r.routes().get(2).backend());
        assertEquals("backend be", r.routes().get(2).backend().label());
        assertEquals(9, r.routes().get(2).backend().location().line());
    }

    @Test
    void nearestDefaultsAboveWinsNamedOrNot() {
        RouteBuilder.Result r = build("defaults\n  timeout client 1s\ndefaults web\n  timeout client 2s\n"
                + "listen a\n  server s 10.0.0.1:3306\ndefaults\n  timeout client 3s\nlisten b\n  server s 10.0.0.1:3306\n");
        assertEquals(2000, r.routes().get(0).client().orElseThrow().millis());
        assertEquals(3000, r.routes().get(1).client().orElseThrow().millis());
    }

    @Test
    void fromNamesTheDefaultsSectionAndDefaultsCanInherit() {
        ProxyRoute route = only("defaults base\n  timeout client 8h\n  timeout server 8h\n"
                + "defaults web from base\n  timeout server 30s\ndefaults other\n  timeout client 1s\n"
                + "listen mysql from web\n  server s 10.0.0.1:3306\n");
        assertEquals(28_800_000L, route.client().orElseThrow().millis());
        assertEquals("defaults base", route.client().orElseThrow().section());
        assertEquals(30_000L, route.server().orElseThrow().millis());
    }

    @Test
    void unknownFromIsAParseError() {
        RouteBuilder.Result r = build("listen mysql from nowhere\n  server s 10.0.0.1:3306\n");
        assertEquals(SourceProblem.Kind.PARSE_ERROR, r.problems().get(0).kind());
    }

    @Test
    void frontendRoutesToDefaultAndEveryStaticUseBackend() {
        RouteBuilder.Result r = build("defaults\n  timeout client 1m\nfrontend fe\n  bind :3306\n"
                + "  use_backend be_ro if { src 10.0.0.0/8 }\n  default_backend be_rw\n"
                + "backend be_rw\n  timeout server 8h\n  server p 10.0.0.1:3306\n"
                + "backend be_ro\n  timeout server 2h\n  server r 10.0.0.2:3306\n");
        assertEquals(List.of("haproxy.cfg#fe>be_ro", "haproxy.cfg#fe>be_rw"), r.routes().stream().map(ProxyRoute::id).toList());
        ProxyRoute rw = r.routes().get(1);
        assertEquals(60_000L, rw.client().orElseThrow().millis());
        assertEquals(Optional.of(60_000L), rw.idleMillis());
        assertTrue(rw.split());
    }

    @Test
    void dynamicBackendIsUnresolvedAndMissingBackendIsAnError() {
        RouteBuilder.Result r = build("frontend fe\n  use_backend be_%[req.hdr(host)]\n  default_backend nope\n");
        assertEquals(List.of(SourceProblem.Kind.UNRESOLVED_REFERENCE, SourceProblem.Kind.PARSE_ERROR),
                r.problems().stream().map(SourceProblem::kind).toList());
        assertTrue(r.routes().isEmpty());
    }

    @Test
    void tunnelInAFrontendIsIgnoredAsHaproxyDoes() {
        ProxyRoute route = only("frontend fe\n  timeout client 5s\n  timeout tunnel 1h\n  default_backend be\n"
                + "backend be\n  timeout server 5s\n  server s 10.0.0.1:3306\n");
        assertEquals(Optional.of(5_000L), route.idleMillis());
    }

    @Test
    void mysqlRoutesByPortCheckOrName() {
        assertTrue(only("listen a\n  server s 10.0.0.1:3306\n").isMySql());
        assertTrue(only("listen a\n  server s 10.0.0.1:33060\n").isMySql());
        assertTrue(only("listen a\n  option mysql-check user haproxy\n  server s 10.0.0.1:4000\n").isMySql());
        assertTrue(only("listen galera_nodes\n  server s 10.0.0.1:4000\n").isMySql());
        assertTrue(only("listen a\n  server pxc01 10.0.0.1:4000\n").isMySql());
        assertTrue(only("listen a\n  server s mysql-0.mysql.db.svc.cluster.local:3306\n").isMySql());
        assertFalse(only("listen db\n  server s 10.0.0.1:5432\n").isMySql());
        assertFalse(only("listen mongodb\n  server influxdb 10.0.0.1:27017\n").isMySql());
        assertTrue(only("listen a\n  server s 10.0.0.1:3306\n").mysqlReason().orElseThrow().contains("port 3306"));
    }

    @Test
    void defaultModeIsTcpAndHttpModeIsReportedWithItsLine() {
        assertEquals("tcp", only("listen a\n  server s 10.0.0.1:3306\n").mode());
        ProxyRoute http = only("defaults\n  mode http\nlisten a\n  server s 10.0.0.1:3306\n");
        assertEquals("http", http.mode());
        assertEquals(2, http.modeAt().orElseThrow().line());
        assertFalse(http.isMySql());
        assertTrue(http.carriesMySql());
    }

    @Test
    void badTimeoutsAreParseErrorsAtTheirLine() {
        RouteBuilder.Result r = build("defaults\n  timeout client 10x\n  timeout forever 5s\n");
        assertEquals(List.of(2, 3), r.problems().stream().map(p -> p.location().line()).toList());
    }

    @Test
    void ipv6AndUnixServerAddresses() {
        ProxyRoute route = only("listen a\n  server v6 [::1]:3306\n  server sock /run/mysqld/mysqld.sock\n");
        assertEquals("::1", route.servers().get(0).host());
        assertEquals(Optional.of(3306), route.servers().get(0).port());
        assertEquals(Optional.empty(), route.servers().get(1).port());
    }

    @Test
    void addressFamilyPrefixesAreNotPartOfTheHost() {
        ProxyRoute route = only("listen a\n  server s4 ipv4@10.0.0.1:3306\n  server s6 tcp6@[::1]:3307\n"
                + "  server plain tcp-db:3308\n");
        assertEquals(List.of("10.0.0.1", "::1", "tcp-db"), route.servers().stream().map(s -> s.host()).toList());
        assertEquals(List.of(3306, 3307, 3308), route.servers().stream().map(s -> s.port().orElseThrow()).toList());
    }
}
