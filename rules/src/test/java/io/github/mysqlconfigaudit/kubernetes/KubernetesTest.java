package io.github.mysqlconfigaudit.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.AuditResult;
import io.github.mysqlconfigaudit.TestTrees;
import io.github.mysqlconfigaudit.model.LinkSummary;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.RouteLink;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MySQL and HAProxy configs inside manifests: findings point at the YAML line a person edits. */
class KubernetesTest {

    private static final String STATEFULSET = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: mysql
              namespace: db
            spec:
              serviceName: mysql
              selector:
                matchLabels:
                  app: mysql
              template:
                metadata:
                  labels:
                    app: mysql
                spec:
                  initContainers:
                    - name: init-mysql
                      image: mysql:8.0.36
                      command: ["bash", "-c", "cp /mnt/config-map/*.cnf /mnt/conf.d/"]
                      volumeMounts:
                        - name: conf
                          mountPath: /mnt/conf.d
                        - name: config-map
                          mountPath: /mnt/config-map
                  containers:
                    - name: mysql
                      image: mysql:8.0.36
                      args: ["--max-allowed-packet=64M", "--wait-timeout=28800"]
                      volumeMounts:
                        - name: conf
                          mountPath: /etc/mysql/conf.d
                      resources:
                        requests:
                          memory: 2Gi
                        limits:
                          memory: 2Gi
                  volumes:
                    - name: conf
                      emptyDir: {}
                    - name: config-map
                      configMap:
                        name: mysql
            """;

    private static final String CONFIGMAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: mysql
              namespace: db
            data:
              tuning.cnf: |
                [mysqld]
                interactive_timeout = 28800
                net_buffer_length = 16K
            """;

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: mysql
              namespace: db
            spec:
              clusterIP: None
              ports:
                - port: 3306
              selector:
                app: mysql
            """;

    private static final String HAPROXY_CONFIGMAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: haproxy
              namespace: db
            data:
              haproxy.cfg: |
                defaults
                    mode tcp
                    timeout connect 5s
                    timeout client 30m
                    timeout server 30m
                listen mysql
                    bind :3306
                    server db0 mysql-0.mysql.db.svc.cluster.local:3306 check
            """;

    @TempDir
    Path root;

    private AuditResult audit() {
        return TestTrees.audit(root);
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Test
    void badSettingInTheThirdDocumentPointsAtItsYamlLine() {
        TestTrees.write(root, "k8s/all.yaml", SERVICE + "---\n" + STATEFULSET + "---\n" + CONFIGMAP.replace(
                "net_buffer_length = 16K", "net_buffer_length = 2M"));
        Finding f = only(TestTrees.findings(audit(), "value-clamped"));
        int line = (SERVICE + "---\n" + STATEFULSET + "---\n").split("\n", -1).length - 1 + 10;
        assertEquals(new Location("k8s/all.yaml", line, 5), f.location());
        assertTrue(f.message().contains("`net_buffer_length = 2M`"), f.message());
    }

    @Test
    void blockScalarWithBlankFirstLineAndCrLfKeepsItsColumns() {
        // the content's indentation is that of its first non-blank line; a line of spaces and CRLF endings do not count
        String text = CONFIGMAP.replace("tuning.cnf: |\n", "tuning.cnf: |\n   \n")
                .replace("net_buffer_length = 16K", "net_buffer_length = 2M").replace("\n", "\r\n");
        TestTrees.write(root, "k8s/configmap.yaml", text);
        Finding f = only(TestTrees.findings(audit(), "value-clamped"));
        assertEquals(new Location("k8s/configmap.yaml", 11, 5), f.location());
    }

    @Test
    void statefulSetConfigMapServiceAndHaproxyLinkEndToEnd() {
        TestTrees.write(root, "k8s/statefulset.yaml", STATEFULSET);
        TestTrees.write(root, "k8s/configmap.yaml", CONFIGMAP);
        TestTrees.write(root, "k8s/service.yaml", SERVICE);
        TestTrees.write(root, "k8s/haproxy.yaml", HAPROXY_CONFIGMAP);
        AuditResult result = audit();
        assertEquals(List.of("k8s/haproxy.yaml#mysql → k8s/statefulset.yaml#StatefulSet/mysql/mysql (cluster DNS: "
                + "mysql-0.mysql.db.svc.cluster.local → Service db/mysql)"),
                result.links().stream().map(LinkSummary::describe).toList());
        Finding f = only(TestTrees.findings(result, "proxy-idle-timeout-below-wait-timeout"));
        assertEquals(new Location("k8s/haproxy.yaml", 11, 9), f.location(), "timeout client inside the ConfigMap");
        assertTrue(f.message().contains("wait-timeout = 28800 at k8s/statefulset.yaml:28"), f.message());
        Finding interactive = only(TestTrees.findings(result, "proxy-idle-timeout-below-interactive-timeout"));
        assertTrue(interactive.message().contains("interactive_timeout = 28800 at k8s/configmap.yaml:9"),
                interactive.message());
    }

    @Test
    void labelsSelectorsAndVolumesKeepTheirOrderAndCannotBeChanged() {
        java.util.Map<String, String> written = new java.util.LinkedHashMap<>();
        written.put("tier", "db");
        written.put("app", "mysql");
        written.put("env", "prod");
        java.util.Map<String, String> kept = ManifestFacts.compact(written);
        written.clear();
        assertEquals(List.of("tier", "app", "env"), List.copyOf(kept.keySet()));
        assertEquals("mysql", kept.get("app"));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> kept.put("x", "y"));
        assertEquals(java.util.Map.of("app", "mysql"), ManifestFacts.compact(new java.util.HashMap<>(java.util.Map.of("app", "mysql"))));
        assertEquals(java.util.Map.of(), ManifestFacts.compact(new java.util.HashMap<String, String>()));
    }

    @Test
    void aFilesNamesAndLabelValuesAndEveryTreesPortListsAreKeptOnce() {
        ManifestReader.Result read = ManifestReader.read("k8s/all.yaml", STATEFULSET + "---\n" + SERVICE);
        ManifestFacts.Workload w = read.workloads().get(0);
        ManifestFacts.Service s = read.services().get(0);
        assertEquals("mysql", w.podLabels().get("app"));
        assertSame(w.name(), w.podLabels().get("app"));
        assertSame(w.name(), s.selector().get("app"));
        ManifestFacts.Service other = ManifestReader.read("k8s/other.yaml", SERVICE).services().get(0);
        assertEquals(List.of(3306), other.ports());
        assertSame(s.ports(), other.ports());
    }

    @Test
    void onlyConfigMapEntriesThatAreOptionFilesOrHaproxyConfigsAreKept() {
        String cm = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: mixed
                data:
                  LOG_LEVEL: info
                  dashboard.json: '{"panels": []}'
                  tuning: |
                    [mysqld]
                    wait_timeout = 600
                  extra.cnf: |
                    [client]
                    port = 3306
                  haproxy.cfg: |
                    listen mysql
                        bind :3306
                  proxy.conf: |
                    frontend fe
                        bind :3306
                        default_backend be
                    backend be
                        server db1 10.0.0.1:3306
                """;
        ManifestReader.Result read = ManifestReader.read("k8s/cm.yaml", cm);
        ManifestFacts.ConfigMap kept = read.configMaps().get(0);
        assertEquals("mixed", kept.name());
        assertEquals(List.of("tuning", "extra.cnf", "haproxy.cfg", "proxy.conf"),
                kept.data().stream().map(ManifestFacts.DataEntry::key).toList());
        assertEquals(List.of(true, true, false, false), kept.data().stream().map(ManifestFacts.DataEntry::optionFile).toList());
        assertEquals(List.of(true, true, false, false), kept.data().stream().map(e -> !e.haproxy()).toList());
        assertEquals(ManifestFacts.DataEntry.Kind.OTHER, ManifestFacts.DataEntry.Kind.of("LOG_LEVEL", "info"));
        // an option file named haproxy.cfg is read as the option file it is
        assertEquals(ManifestFacts.DataEntry.Kind.OPTION_FILE,
                ManifestFacts.DataEntry.Kind.of("haproxy.cfg", "[mysqld]\nport = 3306\n"));
        assertEquals(8, kept.data().get(0).keyAt().line());
    }

    @Test
    void onlyTheEnvironmentVariablesAPoolIsReadFromAreKept() {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: orders
                spec:
                  template:
                    metadata:
                      labels:
                        app: orders
                    spec:
                      containers:
                        - name: app
                          image: example/orders:1.0
                          env:
                            - name: JAVA_OPTS
                              value: -Xmx1g
                            - name: SPRING_DATASOURCE_URL
                              value: jdbc:mysql://mysql:3306/orders
                            - name: LOG_LEVEL
                              value: info
                            - name: SPRING_DATASOURCE_HIKARI_MAXLIFETIME
                              value: "1700000"
                            - name: SPRING_DATASOURCE_PASSWORD
                              valueFrom:
                                secretKeyRef: {name: db, key: password}
                """;
        ManifestFacts.Container app = ManifestReader.read("k8s/orders.yaml", deployment).workloads().get(0).containers().get(0);
        assertEquals(List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_HIKARI_MAXLIFETIME"),
                app.env().stream().map(ManifestFacts.Env::name).toList());
        assertEquals(18, app.env().get(0).at().line()); // its value's line
    }

    @Test
    void argsAreServerOptionsWithTheirLine() {
        TestTrees.write(root, "k8s/statefulset.yaml", STATEFULSET.replace("--max-allowed-packet=64M", "--max-allowed-packet=2G"));
        Finding f = only(TestTrees.findings(audit(), "value-clamped"));
        assertEquals(28, f.location().line());
        assertTrue(f.message().contains("MySQL 8.0 runs with max_allowed_packet = 1G"), "version from the image tag: "
                + f.message());
    }

    @Test
    void configMapOptionFileCopiedByAnInitContainerBelongsToTheServer() {
        TestTrees.write(root, "k8s/statefulset.yaml", STATEFULSET);
        TestTrees.write(root, "k8s/configmap.yaml", CONFIGMAP.replace("interactive_timeout = 28800",
                "wait_timeout = 600"));
        Finding f = only(TestTrees.findings(audit(), "duplicate-option"));
        assertEquals(new Location("k8s/configmap.yaml", 9, 5), f.location(), "the file is read before the args");
        assertTrue(f.message().contains("the value in effect is `wait-timeout = 28800` at k8s/statefulset.yaml:28"),
                f.message());
    }

    @Test
    void standaloneConfigMapOptionFileIsAServerOfItsOwn() {
        TestTrees.write(root, "k8s/configmap.yaml", CONFIGMAP.replace("interactive_timeout = 28800", "wait_timeout = 5"));
        Finding f = only(TestTrees.findings(audit(), "wait-timeout-range"));
        assertEquals(new Location("k8s/configmap.yaml", 9, 5), f.location());
    }

    @Test
    void mysqlContainerWithoutMemoryLimitIsWarned() {
        String withoutLimit = STATEFULSET.replace("            limits:\n              memory: 2Gi\n", "");
        assertTrue(withoutLimit.length() < STATEFULSET.length());
        TestTrees.write(root, "k8s/statefulset.yaml", withoutLimit);
        Finding f = only(TestTrees.findings(audit(), "k8s-mysql-without-resources"));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(new Location("k8s/statefulset.yaml", 26, 11), f.location());
        assertTrue(f.message().contains("no resources.limits.memory"), f.message());
        TestTrees.write(root, "k8s/statefulset.yaml", STATEFULSET);
        assertEquals(List.of(), TestTrees.findings(audit(), "k8s-mysql-without-resources"));
    }

    @Test
    void loadBalancerWithAnNlbIsAHopAndWithoutProviderIsNot() {
        TestTrees.write(root, "k8s/statefulset.yaml", STATEFULSET);
        String lb = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: mysql-public
                  namespace: db
                  annotations:
                    service.beta.kubernetes.io/aws-load-balancer-type: nlb
                spec:
                  type: LoadBalancer
                  ports:
                    - port: 3306
                  selector:
                    app: mysql
                """;
        TestTrees.write(root, "k8s/lb.yaml", lb);
        Finding f = only(TestTrees.findings(audit(), "proxy-idle-timeout-below-wait-timeout"));
        assertEquals(new Location("k8s/lb.yaml", 7, 5), f.location());
        assertTrue(f.message().startsWith("Service mysql-public closes idle connections after 350 s"), f.message());
        assertTrue(f.fix().startsWith("an AWS NLB drops idle TCP flows after 350 s"), f.fix());
        assertTrue(TestTrees.findings(audit(), "haproxy-missing-timeout").isEmpty());
        assertTrue(audit().links().stream().anyMatch(l -> l.route().equals("k8s/lb.yaml#Service/mysql-public")),
                audit().links().toString());
        TestTrees.write(root, "k8s/lb.yaml", lb.replace("  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: nlb\n", ""));
        assertEquals(List.of(), TestTrees.findings(audit(), "proxy-idle-timeout-below-wait-timeout"));
    }

    @Test
    void classicElbIdleAnnotationIsSeconds() {
        TestTrees.write(root, "k8s/statefulset.yaml", STATEFULSET);
        TestTrees.write(root, "k8s/lb.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: mysql-public
                  namespace: db
                  annotations:
                    service.beta.kubernetes.io/aws-load-balancer-connection-idle-timeout: "3600"
                spec:
                  type: LoadBalancer
                  ports:
                    - port: 3306
                  selector:
                    app: mysql
                """);
        Finding f = only(TestTrees.findings(audit(), "proxy-idle-timeout-below-wait-timeout"));
        assertTrue(f.message().contains("after 3600 s"), f.message());
    }

    @Test
    void helmTemplateIsReportedOnceAndNeverAParseError() {
        TestTrees.write(root, "chart/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n"
                + "data:\n  my.cnf: |\n    [mysqld]\n    wait_timeout = {{ .Values.wait }}\n");
        AuditResult r = audit();
        assertEquals(Severity.INFO, only(TestTrees.findings(r, "unrendered-template")).severity());
        assertEquals(List.of(), TestTrees.findings(r, "parse-error"));
    }

    @Test
    void brokenYamlIsAParseErrorWithItsLineAndOtherYamlIsSkipped() {
        TestTrees.write(root, "k8s/broken.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: [unclosed\n");
        TestTrees.write(root, "ci/workflow.yaml", "name: build\non: push\njobs: {}\n");
        TestTrees.write(root, "k8s/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n");
        AuditResult r = audit();
        Finding f = only(TestTrees.findings(r, "parse-error"));
        assertEquals("k8s/broken.yaml", f.location().path());
        assertEquals(1, r.filesScanned().get(io.github.mysqlconfigaudit.model.FileKind.KUBERNETES_YAML));
    }

    @Test
    void secretValuesAreNeverRead() {
        TestTrees.write(root, "k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n"
                + "stringData:\n  my.cnf: |\n    [client]\n    password = hunter2-planted\n");
        AuditResult r = audit();
        assertTrue(r.findings().stream().noneMatch(f -> f.message().contains("hunter2")));
    }

    @Test
    void unknownClusterAddressIsReportedAsUnresolved() {
        TestTrees.write(root, "k8s/service.yaml", SERVICE);
        TestTrees.write(root, "k8s/haproxy.yaml", HAPROXY_CONFIGMAP.replace("mysql-0.mysql.db.svc", "other-0.other.db.svc"));
        Finding f = only(TestTrees.findings(audit(), "unresolved-reference"));
        assertEquals(new Location("k8s/haproxy.yaml", 15, 9), f.location());
    }

    @Test
    void imageTagsGiveVersions() {
        assertEquals("8.0", ClusterModel.versionOf("mysql:8.0.36", "8.0.36").orElseThrow().id());
        assertEquals("mariadb-10.11", ClusterModel.versionOf("bitnami/mariadb:10.11.6", "10.11.6").orElseThrow().id());
        assertEquals("8.4", ClusterModel.versionOf("mysql:8.4-oracle", "8.4-oracle").orElseThrow().id());
        assertTrue(ClusterModel.versionOf("mysql:latest", "latest").isEmpty());
        assertTrue(ClusterModel.versionOf("mysql", null).isEmpty());
    }

    @Test
    void theImagePrefilterPassesEveryImageThePatternTakesAndStopsOthers() {
        List<String> servers = List.of("mysql", "mysql:8.0.36", "MySQL:8.4", "docker.io/library/mariadb:10.11@sha256:ab",
                "percona/percona-server:8.0", "registry.local:5000/team/MYSQL-SERVER:8.0", "Percona", "mariadb");
        for (String image : servers) {
            assertTrue(ClusterModel.MYSQL_IMAGE.matcher(image).matches(), image);
            assertTrue(ClusterModel.mayBeServerImage(image), image);
        }
        List<String> others = List.of("nginx:1.25", "ghcr.io/acme/api:2.3", "", "haproxy:2.8", "mysq:8.0", "maria:10");
        for (String image : others) {
            assertFalse(ClusterModel.MYSQL_IMAGE.matcher(image).matches(), image);
            assertFalse(ClusterModel.mayBeServerImage(image), image);
        }
        // the prefilter only says "maybe": the pattern still decides
        assertTrue(ClusterModel.mayBeServerImage("acme/mysql-exporter:0.15"));
        assertFalse(ClusterModel.MYSQL_IMAGE.matcher("acme/mysql-exporter:0.15").matches());
    }

    @Test
    void shortServiceNamesResolveToo() {
        TestTrees.write(root, "k8s/statefulset.yaml", STATEFULSET);
        TestTrees.write(root, "k8s/service.yaml", SERVICE);
        for (String host : List.of("mysql", "mysql.db", "mysql.db.svc")) {
            TestTrees.write(root, "k8s/haproxy.yaml", HAPROXY_CONFIGMAP.replace("mysql-0.mysql.db.svc.cluster.local", host));
            AuditResult r = audit();
            assertEquals(1, r.links().size(), host);
            assertTrue(r.links().get(0).reason().startsWith("cluster DNS: " + host + " → Service db/mysql"),
                    r.links().get(0).reason());
        }
    }

    @Test
    void anAddressIsResolvedOnceAndItsLinksShareOneReason() {
        ManifestFacts.Service mysql = new ManifestFacts.Service("mysql", "db", "k8s/service.yaml",
                new Location("k8s/service.yaml", 1, 1), "ClusterIP", List.of(3306), java.util.Map.of("app", "mysql"),
                java.util.Map.of());
        ServiceDirectory directory = new ServiceDirectory(List.of(mysql), java.util.Map.of());
        ServiceDirectory.Resolution first = directory.resolve("mysql.db").orElseThrow();
        assertEquals(mysql, first.service());
        assertEquals("cluster DNS: mysql.db → Service db/mysql", first.reason());
        org.junit.jupiter.api.Assertions.assertSame(first, directory.resolve("mysql.db").orElseThrow());
        // the address as written is part of the reason: another spelling is its own
        assertEquals("cluster DNS: MySQL.db.svc → Service db/mysql", directory.resolve("MySQL.db.svc").orElseThrow().reason());
        assertTrue(directory.resolve("redis.db").isEmpty());
        assertTrue(directory.resolve("redis.db").isEmpty());
    }

    @Test
    void azureIdleAnnotationIsMinutes() {
        TestTrees.write(root, "k8s/statefulset.yaml", STATEFULSET);
        TestTrees.write(root, "k8s/lb.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: mysql-public
                  namespace: db
                  annotations:
                    service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout: "30"
                spec:
                  type: LoadBalancer
                  ports:
                    - port: 3306
                """);
        Finding f = only(TestTrees.findings(audit(), "proxy-idle-timeout-below-wait-timeout"));
        assertTrue(f.message().contains("after 1800 s") && f.message().contains("Azure load balancer"), f.message());
        assertTrue(f.fix().startsWith("raise `service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout` at "
                + "k8s/lb.yaml:7"), f.fix());
    }

    @Test
    void suppressionCommentWorksInsideAManifest() {
        TestTrees.write(root, "k8s/configmap.yaml", CONFIGMAP.replace("    interactive_timeout = 28800\n",
                "    # mysql-config-audit:ignore wait-timeout-range batch importer keeps sessions short\n"
                        + "    wait_timeout = 5\n"));
        AuditResult r = audit();
        assertEquals(List.of(), TestTrees.findings(r, "wait-timeout-range"));
        assertEquals(1, r.suppressed().size());
        assertEquals(List.of(), TestTrees.findings(r, "unused-suppression"));
    }

    /** Found with the hostile corpus: ConfigMaps of one name in several files (base and overlays) were lost. */
    @Test
    void sameNamedConfigMapsInBaseAndOverlayAreAllReadAndTheNearestIsMounted() {
        TestTrees.write(root, "base/configmap.yaml", CONFIGMAP.replace("interactive_timeout = 28800", "wait_timeout = 5"));
        TestTrees.write(root, "overlays/prod/configmap.yaml", CONFIGMAP.replace("interactive_timeout = 28800",
                "wait_timeout = 7"));
        TestTrees.write(root, "overlays/prod/statefulset.yaml", STATEFULSET.replace("\"--wait-timeout=28800\"", "\"--x=1\""));
        AuditResult r = audit();
        List<Finding> waits = TestTrees.findings(r, "wait-timeout-range");
        assertEquals(List.of("base/configmap.yaml", "overlays/prod/configmap.yaml"),
                waits.stream().map(f -> f.location().path()).toList());
        assertTrue(waits.get(1).message().contains("read by the server started with overlays/prod/statefulset.yaml"),
                waits.get(1).message());
    }

    @Test
    void sharedDirectoriesCountsWholeDirectoriesFromTheRoot() {
        assertEquals(2, ClusterModel.sharedDirectories("apps/db/overlays/prod/sts.yaml", "apps/db/base/cm.yaml"));
        assertEquals(3, ClusterModel.sharedDirectories("a/b/c/x.yaml", "a/b/c/y.yaml"));
        assertEquals(1, ClusterModel.sharedDirectories("a/b/x.yaml", "a/bc/x.yaml"),
                "a prefix of a name is no directory");
        assertEquals(1, ClusterModel.sharedDirectories("a/bc/x.yaml", "a/b/x.yaml"));
        assertEquals(1, ClusterModel.sharedDirectories("a/b.yaml", "a/b/c.yaml"), "a file is not a directory");
        assertEquals(0, ClusterModel.sharedDirectories("x.yaml", "x.yaml"));
        assertEquals(0, ClusterModel.sharedDirectories("a/x.yaml", "b/x.yaml"));
        assertEquals(0, ClusterModel.sharedDirectories("x.yaml", "a/x.yaml"));
    }
}
