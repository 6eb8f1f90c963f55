package io.github.mysqlconfigaudit.model;

import io.github.mysqlconfigaudit.mysql.MySqlVersion;
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
 * @param problems      what readers could not read or did not follow
 * @param filesScanned  files read per kind
 */
public record Model(MySqlVersion version, String versionReason, List<MySqlServer> servers,
                    List<SourceProblem> problems, Map<FileKind, Integer> filesScanned) {

    public Model {
        servers = List.copyOf(servers);
        problems = List.copyOf(problems);
        filesScanned = Collections.unmodifiableMap(filesScanned.isEmpty()
                ? new EnumMap<>(FileKind.class) : new EnumMap<>(filesScanned));
    }
}
