package io.github.mysqlconfigaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A route's idle timeout: the tunnel's when set, else the shorter of client and server; 0 is none. */
class ProxyRouteTest {

    private static final Location AT = new Location("haproxy.cfg", 3, 5);

    private static Optional<ProxyTimeout> timeout(String kind, Long millis) {
        return millis == null ? Optional.empty()
                : Optional.of(new ProxyTimeout(kind, millis, millis + "ms", AT, "defaults"));
    }

    private static ProxyRoute route(Long client, Long server, Long tunnel) {
        ProxySection listen = new ProxySection("listen", "mysql", AT);
        return new ProxyRoute("haproxy.cfg", listen, listen, "tcp", Optional.empty(), timeout("client", client),
                timeout("server", server), timeout("tunnel", tunnel), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty());
    }

    @Test
    void theIdleTimeoutIsTheFirstOfTheIdleTimeoutsInEveryCombination() {
        List<Long> values = Arrays.asList(null, 0L, 300_000L, 28_800_000L);
        int checked = 0;
        for (Long client : values) {
            for (Long server : values) {
                for (Long tunnel : values) {
                    ProxyRoute r = route(client, server, tunnel);
                    List<ProxyTimeout> all = r.idleTimeouts();
                    assertEquals(all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).millis()), r.idleMillis(),
                            client + " / " + server + " / " + tunnel);
                    checked++;
                }
            }
        }
        assertEquals(64, checked);
        assertEquals(Optional.of(300_000L), route(28_800_000L, 300_000L, null).idleMillis());
        assertEquals(Optional.of(28_800_000L), route(300_000L, 300_000L, 28_800_000L).idleMillis());
        assertEquals(Optional.of(300_000L), route(0L, 300_000L, 0L).idleMillis());
        assertEquals(Optional.empty(), route(0L, null, 0L).idleMillis());
        assertEquals(List.of(), route(null, 0L, null).idleTimeouts());
    }
}
