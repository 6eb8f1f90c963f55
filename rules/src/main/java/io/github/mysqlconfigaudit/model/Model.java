package io.github.mysqlconfigaudit.model;

import io.github.mysqlconfigaudit.mysql.catalog.MySqlVersion;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the rules see: the effective configuration of every server found, the problems met while
 * reading, and what was scanned. Rules never read files; they read this.
 *
 * @param version       the target server version
 * @param versionReason why that version was assumed
 * @param servers       one per option file that configures a server (includes folded in)
 * @param routes        every HAProxy route (frontend side to backend side)
 * @param proxyTimeouts every {@code timeout} line read in HAProxy configs, wherever it stands
 * @param links         each MySQL route with the server config it reaches
 * @param containers    the MySQL server containers of Kubernetes workloads
 * @param clientPaths   each application pool with the hops between it and MySQL
 * @param groupOptions  client programs' packet limits and password-like options, from every option file
 * @param suppressions  the inline {@code mysql-config-audit:ignore} comments found
 * @param problems      what readers could not read or did not follow
 * @param filesScanned  files read per kind
 */
public record Model(MySqlVersion version, String versionReason, List<MySqlServer> servers, List<ProxyRoute> routes,
                    List<ProxyTimeout> proxyTimeouts, List<RouteLink> links, List<MySqlContainer> containers,
                    List<ClientPath> clientPaths, List<GroupOption> groupOptions,
                    List<Suppression> suppressions,
                    List<SourceProblem> problems, Map<FileKind, Integer> filesScanned) {

    public Model {
        servers = List.copyOf(servers);
        routes = List.copyOf(routes);
        proxyTimeouts = List.copyOf(proxyTimeouts);
        links = List.copyOf(links);
        suppressions = List.copyOf(suppressions);
        containers = List.copyOf(containers);
        clientPaths = List.copyOf(clientPaths);
        groupOptions = List.copyOf(groupOptions);
        problems = List.copyOf(problems);
        filesScanned = Collections.unmodifiableMap(filesScanned.isEmpty()
                ? new EnumMap<>(FileKind.class) : new EnumMap<>(filesScanned));
    }
}
