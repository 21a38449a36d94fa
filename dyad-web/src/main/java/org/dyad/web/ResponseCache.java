package org.dyad.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Successful GET responses kept in memory, so that repeated reads cost no store work: at most {@code maxEntries}
 * bodies and {@code maxBytes} bytes in all, least recently used dropped first. Emptied by every ingest that changes
 * the store and at midnight (forecasts resolve as of today). A request that is already being answered waits for
 * that answer instead of doing the same work again. Thread-safe.
 */
final class ResponseCache {
    record Entry(String type, byte[] body) {
    }

    private static final int WAIT_SECONDS = 60;

    private final int maxEntries;
    private final ConcurrentHashMap<String, CountDownLatch> inflight = new ConcurrentHashMap<>();
    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private LocalDate day = LocalDate.now();

    ResponseCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** {@code handler} answered from the cache when it can, its successful answers kept. */
    Handler wrap(Handler handler) {
        if (maxEntries == 0) {
            return handler;
        }
        return ctx -> {
            String key = key(ctx);
            Entry hit = get(key);
            if (hit == null) {
                CountDownLatch mine = new CountDownLatch(1);
                CountDownLatch other = inflight.putIfAbsent(key, mine);
                if (other == null) {
                    try {
                        handler.handle(ctx);
                        Entry e = ctx.attribute(Out.BODY);
                        if (e != null && ctx.statusCode() == 200) {
                            put(key, e);
                        }
                    } finally {
                        inflight.remove(key, mine);
                        mine.countDown();
                    }
                    return;
                }
                // the same request is being answered: wait for its answer rather than doing the work again
                other.await(WAIT_SECONDS, TimeUnit.SECONDS);
                hit = get(key);
                if (hit == null) {
                    handler.handle(ctx);
                    return;
                }
            }
            ctx.contentType(hit.type()).result(hit.body());
        };
    }

    /** The path and the query parameters in a fixed order. */
    private static String key(Context ctx) {
        Map<String, java.util.List<String>> q = new TreeMap<>(ctx.queryParamMap());
        return ctx.path() + "?" + q;
    }

    synchronized Entry get(String key) {
        if (!LocalDate.now().equals(day)) {
            clear();
        }
        return entries.get(key);
    }

    synchronized void put(String key, Entry e) {
        if (e.body().length > maxBytes / 4) {
            return;
        }
        Entry old = entries.put(key, e);
        bytes += e.body().length - (old == null ? 0 : old.body().length);
        var it = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
            bytes -= it.next().getValue().body().length;
            it.remove();
        }
    }

    synchronized void clear() {
        entries.clear();
        bytes = 0;
        day = LocalDate.now();
    }

    synchronized int size() {
        return entries.size();
    }
}
