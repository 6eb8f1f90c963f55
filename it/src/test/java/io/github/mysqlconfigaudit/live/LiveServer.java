package io.github.mysqlconfigaudit.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real mariadbd started with a scenario's option file (plus only what a throwaway server needs: a fresh
 * datadir, loopback, a free port, its own socket and error log), and a real haproxy with the scenario's
 * haproxy.cfg in front of it.
 */
final class LiveServer implements AutoCloseable {

    private final Binaries bin;
    private final Path work;
    private final int mysqlPort;
    private Process mariadbd;
    private Process haproxy;

    LiveServer(Binaries bin, Path work, int mysqlPort) {
        this.bin = bin;
        this.work = work;
        this.mysqlPort = mysqlPort;
    }

    void start(Path myCnf, Path haproxyCfg, int proxyPort) throws IOException, InterruptedException {
        Path data = work.resolve("data");
        Path installLog = work.resolve("install.log");
        int rc = Processes.run(List.of(bin.installDb().toString(), "--no-defaults", "--datadir=" + data,
                "--auth-root-authentication-method=normal", "--skip-test-db", "--user=root"), installLog, 120);
        if (rc != 0) {
            throw new IllegalStateException("mariadb-install-db failed:\n" + Files.readString(installLog));
        }
        Path serverLog = work.resolve("mariadbd.out");
        mariadbd = new ProcessBuilder(bin.mariadbd().toString(), "--defaults-file=" + myCnf, "--datadir=" + data,
                "--port=" + mysqlPort, "--bind-address=127.0.0.1", "--socket=" + work.resolve("mysqld.sock"),
                "--pid-file=" + work.resolve("mysqld.pid"), "--log-error=" + errorLog(), "--log-warnings=4",
                "--skip-log-bin", "--innodb-buffer-pool-size=16M", "--user=root")
                .redirectErrorStream(true).redirectOutput(serverLog.toFile()).start();
        Processes.awaitPort(mysqlPort, mariadbd, serverLog, 60);
        Path haproxyLog = work.resolve("haproxy.out");
        haproxy = new ProcessBuilder(bin.haproxy().toString(), "-db", "-f", haproxyCfg.toString())
                .redirectErrorStream(true).redirectOutput(haproxyLog.toFile()).start();
        Processes.awaitPort(proxyPort, haproxy, haproxyLog, 30);
    }

    Path errorLog() {
        return work.resolve("error.log");
    }

    /** A status counter read directly from the server, not through the proxy. */
    long status(String name) throws IOException, InterruptedException {
        Path out = work.resolve("status.out");
        int rc = Processes.run(List.of(bin.client().toString(), "-h127.0.0.1", "-P" + mysqlPort, "-uroot", "-N", "-B",
                "-e", "show global status like '" + name + "'"), out, 30);
        String text = Files.readString(out).trim();
        if (rc != 0) {
            throw new IllegalStateException("status query failed: " + text);
        }
        return Long.parseLong(text.substring(text.lastIndexOf('\t') + 1).trim());
    }

    /**
     * One client session through the proxy: a statement, an idle pause, another statement,
     * with reconnecting switched off so a cut connection shows as an error.
     */
    static String session(Binaries bin, int port, Path work, List<String> statements, int idleSeconds)
            throws IOException, InterruptedException {
        Path out = work.resolve("session.out");
        Process client = new ProcessBuilder(bin.client().toString(), "--skip-reconnect", "-h127.0.0.1", "-P" + port,
                "-uroot", "-N", "-B", "--max-allowed-packet=64M")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try (OutputStream in = client.getOutputStream()) {
            for (int i = 0; i < statements.size(); i++) {
                if (i > 0) {
                    Thread.sleep(idleSeconds * 1000L);
                }
                in.write((statements.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
        } catch (IOException clientGone) {
            // the client exits on the first error; what it printed says why
        }
        if (!client.waitFor(60, TimeUnit.SECONDS)) {
            client.destroyForcibly();
        }
        return Files.readString(out);
    }

    @Override
    public void close() throws InterruptedException {
        Processes.stop(haproxy);
        Processes.stop(mariadbd);
    }
}
