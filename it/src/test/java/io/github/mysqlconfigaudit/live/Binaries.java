package io.github.mysqlconfigaudit.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The real programs the live proof runs: Debian's mariadb-server and haproxy packages. */
record Binaries(Path mariadbd, Path installDb, Path client, Path haproxy) {

    static Optional<Binaries> find(List<String> missing) {
        Path mariadbd = which("mariadbd", missing, "/usr/sbin/mariadbd", "/usr/local/sbin/mariadbd");
        Path installDb = which("mariadb-install-db", missing, "/usr/bin/mariadb-install-db",
                "/usr/local/bin/mariadb-install-db");
        Path client = which("mariadb", missing, "/usr/bin/mariadb", "/usr/local/bin/mariadb");
        Path haproxy = which("haproxy", missing, "/usr/sbin/haproxy", "/usr/local/sbin/haproxy");
        return missing.isEmpty() ? Optional.of(new Binaries(mariadbd, installDb, client, haproxy)) : Optional.empty();
    }

    static Optional<Binaries> find() {
        return find(new ArrayList<>());
    }

    private static Path which(String name, List<String> missing, String... candidates) {
        Optional<Path> found = Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            missing.add(name);
        }
        return found.orElse(null);
    }
}
