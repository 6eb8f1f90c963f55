package io.github.mysqlconfigaudit.mysql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import io.github.mysqlconfigaudit.Oracles;

/**
 * The installed mariadbd, given one option: {@code mariadbd --no-defaults --<option>=<value> --verbose --help}, what
 * it exits with and prints. The calling test is skipped where mariadbd is not installed (failed there under {@code .ci/run}).
 */
record LiveMariadbd(int exitCode, String help) {

    static LiveMariadbd withOption(String option, String value) throws InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mariadbd", "--no-defaults", "--" + option + "=" + value, "--verbose", "--help")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException absent) {
            Oracles.assume(false, "mariadbd is not installed");
            throw new IllegalStateException("unreachable", absent);
        }
        String help;
        try {
            help = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("reading mariadbd's output", e);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("mariadbd --" + option + "=" + value + " --verbose --help did not answer in 60 s");
        }
        return new LiveMariadbd(p.exitValue(), help);
    }

    /** The value mariadbd's table of variables shows for an option, as written on its command line. */
    String tableValue(String option) {
        return help.lines().filter(l -> l.startsWith(option + " ")).map(l -> l.substring(option.length()).trim())
                .findFirst().orElseThrow(() -> new AssertionError(option + " is not in mariadbd's table"));
    }
}
