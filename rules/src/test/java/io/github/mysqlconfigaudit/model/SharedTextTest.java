package io.github.mysqlconfigaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.kubernetes.ManifestFacts;
import io.github.mysqlconfigaudit.mysql.OptionLine;
import org.junit.jupiter.api.Test;

class SharedTextTest {

    @Test
    void equalShortStringsShareOneCopyLongOnesAreKeptAsGiven() {
        String a = new String("max_allowed_packet");
        String b = new String("max_allowed_packet");
        assertSame(SharedText.of(a), SharedText.of(b));
        String longText = "x".repeat(65);
        assertSame(longText, SharedText.of(longText));
        assertFalse(SharedText.holds(longText));
        assertNull(SharedText.of(null));
        // the one rule for every table of values: short, and not a secret's
        assertTrue(SharedText.shareable("port", "3306"));
        assertFalse(SharedText.shareable("datadir", longText));
        assertFalse(SharedText.shareable("replication-password", "x"));
        assertFalse(SharedText.shareable("port", null));
    }

    @Test
    void secretValuesAreNeverKeptInTheTable() {
        String secret = "s3cr3t-" + System.nanoTime();
        OptionLine line = new OptionLine("client", "password", secret, Location.fileStart("my.cnf"));
        assertEquals(secret, line.value());
        assertTrue(SharedText.holds("password"));
        assertFalse(SharedText.holds(secret));
        new ClientSetting("spring.datasource.password", secret, Location.fileStart("application.properties"));
        assertFalse(SharedText.holds(secret));
        new ManifestFacts.Env("MYSQL_ROOT_PASSWORD", secret, Location.fileStart("db.yaml"));
        assertFalse(SharedText.holds(secret));
        // an option assignment shares its group and name, never its value
        new OptionAssignment("client", "password", secret, new OptionValue.Text(secret), false, Location.fileStart("my.cnf"));
        assertFalse(SharedText.holds(secret));
        new ManifestFacts.Env("MYSQL_DATABASE", "shop", Location.fileStart("db.yaml"));
        assertTrue(SharedText.holds("shop"));
        // container arguments: options are shared, a password-like one or any other argument never
        new ManifestFacts.Arg("--password=" + secret, Location.fileStart("db.yaml"));
        assertFalse(SharedText.holds("--password=" + secret));
        new ManifestFacts.Arg("-p" + secret, Location.fileStart("db.yaml"));
        assertFalse(SharedText.holds("-p" + secret));
        String packet = "--max-allowed-packet=" + System.nanoTime();
        ManifestFacts.Arg first = new ManifestFacts.Arg(packet, Location.fileStart("db.yaml"));
        assertTrue(SharedText.holds(packet));
        assertSame(first.text(), new ManifestFacts.Arg(new String(packet), Location.fileStart("other.yaml")).text());
    }
}
