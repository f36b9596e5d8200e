package io.blastwatch.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** At most one request a host per interval: a poller of many feeds must not hammer one publisher's site. */
public final class HostThrottle {

    private final Duration interval;
    private final Clock clock;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    public HostThrottle(Duration interval, Clock clock) {
        this.interval = interval;
        this.clock = clock;
    }

    /** Waits until a request to the host is allowed, and books the slot. */
    public void acquire(URI uri) throws InterruptedException {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase();
        long wait;
        synchronized (this) {
            long now = clock.millis();
            long allowed = Math.max(now, nextAllowed.getOrDefault(host, now));
            nextAllowed.put(host, allowed + interval.toMillis());
            wait = allowed - now;
        }
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
