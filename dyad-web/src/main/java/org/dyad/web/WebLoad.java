package org.dyad.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load client for a running server: {@code clients} threads, each on its own connection, send GETs over a
 * list of paths round-robin for a while or a number of requests, and the latencies, statuses and errors are
 * counted. Used by {@code bench/web-load.sh} and, briefly, by the tests. Only for servers on this machine.
 *
 * <pre>java -cp ... org.dyad.web.WebLoad http://127.0.0.1:8080 50 30 [ARTICLES]</pre>
 */
public final class WebLoad {
    /**
     * What a run measured.
     *
     * @param errors requests that failed (no answer within 60 s, or a status other than 2xx)
     */
    public record Result(int clients, long requests, long errors, double seconds, double p50Ms, double p99Ms,
                         double maxMs, Map<Integer, Long> statuses, String firstError) {
        public double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d clients, %d requests in %.1f s: %.0f requests/s, p50 %.1f ms, "
                    + "p99 %.1f ms, max %.1f ms, %d errors, statuses %s%s", clients, requests, seconds, perSecond(),
                    p50Ms, p99Ms, maxMs, errors, statuses, firstError == null ? "" : " (first error: " + firstError
                            + ")");
        }
    }

    private WebLoad() {
    }

    /** The read API and the pages over a store with {@code articles} articles (ids 1..articles). */
    public static List<String> readPaths(int articles) {
        List<String> p = new ArrayList<>(List.of("/api/articles", "/api/articles?q=Hanoi", "/api/articles?q=visit&limit=5",
                "/api/ladders/VNM?as_of=2023-04", "/api/ladders/VNM?as_of=2023-10", "/api/ladders/VNM",
                "/api/pairs/USA/VNM", "/api/pairs/USA/VNM/events?limit=20", "/api/pairs/USA/VNM/timeline",
                "/api/events?country=VNM&limit=20", "/api/quotes?limit=20", "/api/forecasts", "/api/scorecard",
                "/", "/ladder/VNM?as_of=2023-10", "/pair/USA/VNM", "/quotes", "/forecasts", "/search?q=Hanoi",
                "/static/dyad.css"));
        for (int i = 1; i <= articles; i++) {
            p.add("/api/articles/" + i);
            p.add("/article/" + i);
        }
        return p;
    }

    /** Runs until {@code duration} has passed or {@code maxRequests} were sent, whichever comes first. */
    public static Result run(String base, List<String> paths, int clients, Duration duration, long maxRequests)
            throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<Integer, Long> statuses = new TreeMap<>();
        String[] firstError = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // One client: one selector thread for all, and a connection per concurrent request (so one per thread).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            results.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                for (int i = offset; System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests; i++) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                            .timeout(Duration.ofSeconds(60)).build();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        status = r.statusCode();
                    } catch (java.io.IOException e) {
                        status = 0;
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = e.toString();
                            }
                        }
                    }
                    long t = System.nanoTime() - t0;
                    if (status < 200 || status > 299) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            String what = String.format(Locale.ROOT, " %s after %.0f ms", req.uri().getPath()
                                    + (req.uri().getQuery() == null ? "" : "?" + req.uri().getQuery()), t / 1e6);
                            if (firstError[0] == null) {
                                firstError[0] = "HTTP " + status + what;
                            } else if (status == 0 && !firstError[0].contains(" ms")) {
                                firstError[0] += what;
                            }
                        }
                    }
                    synchronized (statuses) {
                        statuses.merge(status, 1L, Long::sum);
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = t;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        pool.shutdown();
        long[] all = new long[0];
        for (Future<long[]> f : results) {
            try {
                long[] l = f.get();
                long[] merged = Arrays.copyOf(all, all.length + l.length);
                System.arraycopy(l, 0, merged, all.length, l.length);
                all = merged;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(all);
        return new Result(clients, all.length, errors.get(), seconds, pct(all, 0.50), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, statuses, firstError[0]);
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: WebLoad BASE_URL CLIENTS SECONDS [ARTICLES]");
            System.exit(2);
        }
        String base = args[0];
        if (!base.matches("http://(127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1\\]):\\d+")) {
            System.err.println("WebLoad only loads servers on this machine (http://127.0.0.1:PORT), not " + base);
            System.exit(2);
        }
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int articles = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Result r = run(base, readPaths(articles), clients, Duration.ofSeconds(seconds), Long.MAX_VALUE);
        System.out.println(r);
        System.exit(r.errors() == 0 ? 0 : 1);
    }
}
