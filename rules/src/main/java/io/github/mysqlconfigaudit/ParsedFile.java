package io.github.mysqlconfigaudit;

import io.github.mysqlconfigaudit.client.ClientConfigReader;
import io.github.mysqlconfigaudit.discover.SourceFile;
import io.github.mysqlconfigaudit.haproxy.RouteBuilder;
import io.github.mysqlconfigaudit.kubernetes.ManifestReader;
import io.github.mysqlconfigaudit.model.SourceProblem;
import io.github.mysqlconfigaudit.model.Suppression;
import io.github.mysqlconfigaudit.mysql.OptionFile;
import java.util.List;

/** What the parse step makes of one discovered file: one type per kind of file. */
sealed interface ParsedFile {

    SourceFile file();

    /** A MySQL option file, with what it includes. */
    record Options(SourceFile file, OptionFile options) implements ParsedFile {
    }

    /** An HAProxy configuration, as routes. */
    record Haproxy(SourceFile file, RouteBuilder.Result routes) implements ParsedFile {
    }

    /** An application's connection-pool settings. */
    record Client(SourceFile file, ClientConfigReader.Result client, List<Suppression> suppressions)
            implements ParsedFile {
    }

    /** A Kubernetes manifest (a YAML file whose documents are not Kubernetes objects is skipped silently). */
    record Manifest(SourceFile file, ManifestReader.Result manifest, List<Suppression> suppressions)
            implements ParsedFile {
    }

    /** A file that could not be read at all. */
    record Unreadable(SourceFile file, SourceProblem problem) implements ParsedFile {
    }

    /** A file whose name suggested a kind its text does not have (a {@code *.cfg} that is not HAProxy's). */
    record NotItsKind(SourceFile file) implements ParsedFile {
    }
}
