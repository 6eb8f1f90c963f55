package io.github.mysqlconfigaudit.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.TestTrees;
import io.github.mysqlconfigaudit.model.JdbcUrl;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientRulesTest {

    private static final String RULE = "pool-lifetime-exceeds-idle-timeout";
    private static final String HAPROXY_10M = "defaults\n  mode tcp\n  timeout connect 5s\n  timeout client 10m\n"
            + "  timeout server 10m\nlisten mysql\n  bind :3306\n  server db 10.0.0.1:3306\n";

    @TempDir
    Path root;

    private List<Finding> findings(String rule) {
        return TestTrees.findings(TestTrees.audit(root), rule);
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Test
    void defaultPoolBehindATenMinuteProxyFailsWithTheWholePath() {
        TestTrees.write(root, "deploy/haproxy.cfg", HAPROXY_10M);
        TestTrees.write(root, "deploy/mysql/my.cnf", "[mysqld]\nwait_timeout = 28800\n");
        TestTrees.write(root, "deploy/app/application.properties",
                "spring.datasource.url=jdbc:mysql://haproxy:3306/shop\nspring.datasource.hikari.maximum-pool-size=20\n");
        Finding f = only(findings(RULE));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(new Location("deploy/app/application.properties", 1, 1), f.location());
        assertTrue(f.message().contains("up to its max-lifetime of 1800 s (the HikariCP default) (keepalive off, "
                + "fixed-size pool)"), f.message());
        assertTrue(f.message().contains("but listen mysql ends idle connections after 600 s"), f.message());
        assertTrue(f.message().contains("→ listen mysql (idle 600 s") && f.message().contains("→ MySQL deploy/mysql/my.cnf "
                + "(wait_timeout = 28800 at deploy/mysql/my.cnf:2)"), f.message());
        assertEquals("set `spring.datasource.hikari.max-lifetime=570000` (570 s) at deploy/app/application.properties:1, "
                + "at least 30 s below the shortest hop", f.fix());
        assertTrue(f.related().stream().anyMatch(r -> r.location().path().equals("deploy/haproxy.cfg")));
    }

    @Test
    void yamlRelaxedSpellingPointsAtTheSettingLine() {
        TestTrees.write(root, "haproxy.cfg", HAPROXY_10M);
        TestTrees.write(root, "src/main/resources/application-prod.yml", "spring:\n  datasource:\n"
                + "    url: jdbc:mariadb://haproxy:3306/shop\n    hikari:\n      maxLifetime: 900000\n");
        Finding f = only(findings(RULE));
        assertEquals(new Location("src/main/resources/application-prod.yml", 5, 20), f.location());
        assertTrue(f.fix().startsWith("set `spring.datasource.hikari.maxLifetime=570000`"), f.fix());
    }

    @Test
    void poolRetiringInTimeIsQuietAndTheMarginCounts() {
        TestTrees.write(root, "haproxy.cfg", HAPROXY_10M);
        TestTrees.write(root, "application.properties", "spring.datasource.url=jdbc:mysql://haproxy/shop\n"
                + "spring.datasource.hikari.max-lifetime=570000\n");
        assertEquals(List.of(), findings(RULE));
        TestTrees.write(root, "application.properties", "spring.datasource.url=jdbc:mysql://haproxy/shop\n"
                + "spring.datasource.hikari.max-lifetime=570001\n");
        assertEquals(1, findings(RULE).size());
    }

    @Test
    void keepaliveOrAnElasticPoolMeasureIdleDifferently() {
        TestTrees.write(root, "haproxy.cfg", HAPROXY_10M);
        TestTrees.write(root, "application.properties", "spring.datasource.url=jdbc:mysql://haproxy/shop\n"
                + "spring.datasource.hikari.keepalive-time=120000\n");
        assertEquals(List.of(), findings(RULE), "keepalive every 2 min keeps connections alive through a 10 min proxy");
        TestTrees.write(root, "application.properties", "spring.datasource.url=jdbc:mysql://haproxy/shop\n"
                + "spring.datasource.hikari.minimum-idle=2\nspring.datasource.hikari.idle-timeout=900000\n");
        Finding f = only(findings(RULE));
        assertTrue(f.message().contains("up to its idle-timeout of 900 s"), f.message());
        assertEquals(3, f.location().line());
    }

    @Test
    void plainHikariPropertiesAreReadToo() {
        TestTrees.write(root, "haproxy.cfg", HAPROXY_10M);
        TestTrees.write(root, "conf/hikari.properties", "jdbcUrl=jdbc:mysql://haproxy:3306/shop\nmaxLifetime = 3600000\n");
        Finding f = only(findings(RULE));
        assertEquals(new Location("conf/hikari.properties", 2, 1), f.location());
        assertTrue(f.fix().startsWith("set `maxLifetime=570000`"), f.fix());
    }

    @Test
    void withoutAProxyWaitTimeoutIsTheHop() {
        TestTrees.write(root, "db/my.cnf", "[mysqld]\nwait_timeout = 600\n");
        TestTrees.write(root, "application.properties", "spring.datasource.url=jdbc:mysql://db/shop\n");
        Finding f = only(findings(RULE));
        assertTrue(f.message().contains("but db/my.cnf ends idle connections after 600 s"), f.message());
    }

    @Test
    void environmentVariablesOfAKubernetesAppContainerLinkThroughTheService() {
        TestTrees.write(root, "k8s/db.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: mysql
                  namespace: shop
                spec:
                  selector:
                    app: mysql
                  ports:
                    - port: 3306
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: mysql
                  namespace: shop
                spec:
                  template:
                    metadata:
                      labels:
                        app: mysql
                    spec:
                      containers:
                        - name: mysql
                          image: mysql:8.4.2
                          args: ["--wait_timeout=300"]
                          resources: {requests: {memory: 1Gi}, limits: {memory: 1Gi}}
                """);
        TestTrees.write(root, "k8s/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: shop
                  namespace: shop
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          image: shop:1.0
                          env:
                            - name: SPRING_DATASOURCE_URL
                              value: jdbc:mysql://mysql.shop:3306/shop
                            - name: SPRING_DATASOURCE_HIKARI_MAXLIFETIME
                              value: "600000"
                """);
        Finding f = only(findings(RULE));
        assertEquals(new Location("k8s/app.yaml", 16, 22), f.location());
        assertTrue(f.message().startsWith("Deployment/shop container app: a pooled connection can sit idle for up to its "
                + "max-lifetime of 600 s"), f.message());
        assertTrue(f.message().contains("cluster DNS: mysql.shop → Service shop/mysql"), f.message());
        assertTrue(f.fix().startsWith("set `SPRING_DATASOURCE_HIKARI_MAXLIFETIME=270000`"), f.fix());
    }

    @Test
    void autoReconnectIsWarned() {
        TestTrees.write(root, "application.properties", "spring.datasource.url=jdbc:mysql://db/shop?useSSL=true&autoReconnect=true\n"
                + "spring.datasource.hikari.max-lifetime=60000\n");
        Finding f = only(findings("jdbc-auto-reconnect"));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(1, f.location().line());
        TestTrees.write(root, "application.properties", "spring.datasource.url=jdbc:mysql://db/shop?autoReconnect=false\n");
        assertEquals(List.of(), findings("jdbc-auto-reconnect"));
    }

    @Test
    void socketTimeoutBelowNetWriteTimeoutIsWarned() {
        TestTrees.write(root, "db/my.cnf", "[mysqld]\nnet_write_timeout = 120\n");
        TestTrees.write(root, "application.properties", "spring.datasource.url=jdbc:mysql://db/shop?socketTimeout=60000\n"
                + "spring.datasource.hikari.max-lifetime=60000\n");
        Finding f = only(findings("jdbc-socket-timeout-below-net-timeout"));
        assertTrue(f.message().contains("net_write_timeout = 120 at db/my.cnf:2"), f.message());
        TestTrees.write(root, "application.properties", "spring.datasource.url=jdbc:mysql://db/shop?socketTimeout=120000\n");
        assertEquals(List.of(), findings("jdbc-socket-timeout-below-net-timeout"));
    }

    @Test
    void jdbcUrlsOfBothDrivers() {
        JdbcUrl u = JdbcUrl.parse("jdbc:mysql://user@db-1.shop:3307/shop?socketTimeout=5000&autoReconnect=TRUE").orElseThrow();
        assertEquals("db-1.shop", u.host());
        assertEquals(3307, u.port());
        assertEquals("5000", u.property("sockettimeout").orElseThrow());
        assertEquals(3306, JdbcUrl.parse("jdbc:mariadb://[::1]/x").orElseThrow().port());
        assertEquals("::1", JdbcUrl.parse("jdbc:mariadb://[::1]/x").orElseThrow().host());
        assertTrue(JdbcUrl.parse("jdbc:postgresql://db/x").isEmpty());
        JdbcUrl semicolons = JdbcUrl.parse("jdbc:mysql://db/x?connectTimeout=1000;SocketTimeout=9000").orElseThrow();
        assertEquals(Optional.of("9000"), semicolons.property("socketTimeout"));
        assertEquals(Optional.of("1000"), semicolons.property("connecttimeout"));
    }

    @Test
    void relaxedBindingMakesOneKeyOfEverySpelling() {
        assertEquals("spring.datasource.hikari.maxlifetime", ClientConfigReader.relaxed("spring.datasource.hikari.max-lifetime", false));
        assertEquals("spring.datasource.hikari.maxlifetime", ClientConfigReader.relaxed("spring.datasource.hikari.maxLifetime", false));
        assertEquals("spring.datasource.hikari.maxlifetime", ClientConfigReader.relaxed("SPRING_DATASOURCE_HIKARI_MAXLIFETIME", true));
    }

    @Test
    void passwordsInAppConfigAreNeverPrinted() {
        TestTrees.write(root, "application.properties", "spring.datasource.url=jdbc:mysql://db/shop?autoReconnect=true\n"
                + "spring.datasource.password=hunter2-planted\n");
        AuditResult r = TestTrees.audit(root);
        assertTrue(r.findings().stream().noneMatch(f -> (f.message() + f.fix()).contains("hunter2")));
    }
}
