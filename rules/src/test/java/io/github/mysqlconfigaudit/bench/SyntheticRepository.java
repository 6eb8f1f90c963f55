package io.github.mysqlconfigaudit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A deterministic (seeded) GitOps-shaped repository for benchmarks: about 85 % Kubernetes YAML (some
 * ConfigMaps carrying my.cnf or haproxy.cfg, some multi-document files, some YAML that is not Kubernetes),
 * 10 % MySQL option files and 5 % HAProxy configs, in apps/NAME/{base,overlays/dev,overlays/prod}. Each app has one
 * database, named after the app in every file that declares or addresses it (StatefulSet, headless Service, the
 * ConfigMap the StatefulSet mounts, HAProxy servers by pod DNS name, JDBC URLs), so references resolve as they do in
 * a real repository. A few settings are odd, and some of those carry an inline suppression, as in a repository that
 * has used the gate for a while (some silence a finding; some have gone stale, the value being in range after all).
 */
public final class SyntheticRepository {

    private SyntheticRepository() {
    }

    /** Writes {@code files} files under {@code root}; the same seed and count give the same bytes. */
    public static void generate(Path root, int files, long seed) throws IOException {
        for (int i = 0; i < files; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            String dir = "apps/app-" + (i / 40) + "/" + switch (i % 3) {
                case 0 -> "base";
                case 1 -> "overlays/dev";
                default -> "overlays/prod";
            };
            int app = i / 40; // one database per app: its StatefulSet, Service and ConfigMap share the app's name
            int pick = r.nextInt(100);
            String name;
            String text;
            if (pick < 10) {
                name = "mysql-" + i + ".cnf";
                text = optionFile(r);
            } else if (pick < 15) {
                name = "haproxy-" + i + ".cfg";
                text = haproxy(r, i, app);
            } else if (pick < 25) {
                name = "mysql-conf-" + i + ".yaml";
                text = configMap("mysql-conf-" + app, "my.cnf", optionFile(r));
            } else if (pick < 30) {
                name = "haproxy-conf-" + i + ".yaml";
                text = configMap("haproxy-" + i, "haproxy.cfg", haproxy(r, i, app));
            } else if (pick < 45) {
                name = "deployment-" + i + ".yaml";
                text = deployment(r, i, app);
            } else if (pick < 55) {
                name = "mysql-statefulset-" + i + ".yaml";
                text = statefulSet(r, app);
            } else if (pick < 70) {
                name = "service-" + i + ".yaml";
                text = service(app);
            } else if (pick < 85) {
                name = "bundle-" + i + ".yaml";
                text = service(app) + "---\n" + deployment(r, i, app) + "---\n" + configMap("env-" + i, "LOG_LEVEL", "info\n");
            } else {
                name = "workflow-" + i + ".yaml";
                text = unrelated(r);
            }
            Path file = root.resolve(dir).resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    /** The rule an odd value of each option is expected to break (what a suppression next to it names). */
    private static final java.util.Map<String, String> RULE_OF_AN_ODD_SETTING = java.util.Map.of(
            "wait_timeout", "wait-timeout-range", "interactive_timeout", "wait-timeout-range",
            "connect_timeout", "connect-timeout-range", "net_read_timeout", "net-timeout-range",
            "net_write_timeout", "net-timeout-range", "max_allowed_packet", "max-allowed-packet-too-small");

    private static String optionFile(Random r) {
        StringBuilder out = new StringBuilder("# generated\n[mysqld]\n");
        String[] options = {"wait_timeout", "interactive_timeout", "connect_timeout", "net_read_timeout",
            "net_write_timeout", "max_allowed_packet", "net_buffer_length", "max_connections", "skip-name-resolve",
            "innodb_buffer_pool_size", "log-error", "character-set-server"};
        java.util.List<String> shuffled = new java.util.ArrayList<>(java.util.List.of(options));
        java.util.Collections.shuffle(shuffled, r);
        int n = 5 + r.nextInt(options.length - 4);
        for (int k = 0; k < n; k++) {
            String o = shuffled.get(k);
            boolean odd = r.nextInt(100) < 3; // most settings in real repositories are sane; a few are not
            switch (o) {
                case "max_allowed_packet" -> out.append(o).append(" = ").append(odd ? "16M" : (64 << r.nextInt(3)) + "M")
                        .append('\n');
                case "skip-name-resolve" -> out.append(o).append('\n');
                case "log-error" -> out.append(o).append(" = /var/log/mysql/error-").append(k).append(".log\n");
                case "character-set-server" -> out.append(o).append(" = utf8mb4\n");
                case "net_buffer_length" -> out.append(o).append(" = 16K\n");
                case "connect_timeout" -> out.append(o).append(" = ").append(odd ? 2 : 10).append('\n');
                case "net_read_timeout" -> out.append(o).append(" = ").append(odd ? 5 : 30).append('\n');
                case "net_write_timeout" -> out.append(o).append(" = ").append(odd ? 5 : 60).append('\n');
                case "innodb_buffer_pool_size" -> out.append(o).append(" = ").append(1 + r.nextInt(64)).append("G\n");
                default -> out.append(o).append(" = ").append(odd ? 5 + r.nextInt(90000) : 28800).append('\n');
            }
            String rule = RULE_OF_AN_ODD_SETTING.get(o);
            if (odd && rule != null && k % 2 == 0) {
                out.setLength(out.length() - 1);
                out.append("   # mysql-config-audit:ignore ").append(rule).append(" agreed with the team in OPS-")
                        .append(k)
                        .append('\n');
            }
        }
        out.append("[client]\nport = 3306\n");
        return out.toString();
    }

    /** A proxy in front of the app's database, addressing its pods by their StatefulSet DNS names. */
    private static String haproxy(Random r, int i, int app) {
        StringBuilder out = new StringBuilder("global\n    maxconn 4096\n\ndefaults\n    mode tcp\n    timeout connect 5s\n"
                + "    timeout client " + (r.nextInt(100) < 5 ? (1 + r.nextInt(60)) + "m" : "8h") + "\n    timeout server 8h\n");
        int sections = 1 + r.nextInt(3);
        for (int s = 0; s < sections; s++) {
            out.append("\nlisten mysql-").append(i).append('-').append(s).append("\n    bind :").append(3306 + s)
                    .append("\n    option mysql-check user haproxy\n");
            for (int k = 0; k < 1 + r.nextInt(4); k++) {
                out.append("    server db").append(k).append(" mysql-").append(app).append('-').append(k % 3)
                        .append(".mysql-").append(app).append(".db.svc.cluster.local:3306 check\n");
            }
        }
        return out.toString();
    }

    private static String configMap(String name, String key, String content) {
        StringBuilder out = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name
                + "\n  namespace: db\ndata:\n  " + key + ": |\n");
        content.lines().forEach(l -> out.append("    ").append(l).append('\n'));
        return out.toString();
    }

    private static String deployment(Random r, int i, int app) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-" + i + "\n  namespace: db\n  labels:\n"
                + "    app: app-" + i + "\nspec:\n  replicas: " + (1 + r.nextInt(5)) + "\n  selector:\n    matchLabels:\n"
                + "      app: app-" + i + "\n  template:\n    metadata:\n      labels:\n        app: app-" + i + "\n    spec:\n"
                + "      containers:\n        - name: app\n          image: registry.example/app:" + r.nextInt(100) + "\n"
                + "          ports:\n            - containerPort: 8080\n          env:\n"
                + "            - name: SPRING_DATASOURCE_URL\n              value: jdbc:mysql://mysql-" + app + ".db:3306/app\n"
                + "            - name: SPRING_DATASOURCE_HIKARI_MAXLIFETIME\n              value: \"" + (r.nextInt(100) < 5 ? 3_600_000 : 1_700_000)
                + "\"\n          resources:\n            requests:\n              cpu: 100m\n              memory: 256Mi\n";
    }

    private static String statefulSet(Random r, int app) {
        return "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: mysql-" + app + "\n  namespace: db\nspec:\n"
                + "  serviceName: mysql-" + app + "\n  replicas: 3\n  selector:\n    matchLabels:\n      app: mysql-" + app + "\n"
                + "  template:\n    metadata:\n      labels:\n        app: mysql-" + app + "\n    spec:\n      containers:\n"
                + "        - name: mysql\n          image: mysql:8.0." + (20 + r.nextInt(20)) + "\n"
                + "          args: [\"--max-allowed-packet=" + (64 << r.nextInt(3)) + "M\", \"--wait-timeout=" + (r.nextInt(100) < 5 ? 60 + r.nextInt(30000) : 28800)
                + "\"]\n          volumeMounts:\n            - name: conf\n              mountPath: /etc/mysql/conf.d\n"
                + "          resources:\n            requests:\n              memory: 2Gi\n            limits:\n"
                + "              memory: 2Gi\n      volumes:\n        - name: conf\n"
                + "          configMap:\n            name: mysql-conf-" + app + "\n";
    }

    private static String service(int app) {
        return "apiVersion: v1\nkind: Service\nmetadata:\n  name: mysql-" + app + "\n  namespace: db\nspec:\n  clusterIP: None\n"
                + "  ports:\n    - port: 3306\n  selector:\n    app: mysql-" + app + "\n";
    }

    private static String unrelated(Random r) {
        return "name: build\non:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                + "      - uses: actions/checkout@v4\n      - run: mvn -B verify -Dseed=" + r.nextInt() + "\n";
    }
}
