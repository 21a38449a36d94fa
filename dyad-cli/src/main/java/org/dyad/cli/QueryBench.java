package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;
import org.dyad.ladders.LadderHistory;
import org.dyad.ladders.Ladders;
import org.dyad.ladders.ReferenceHistory;
import org.dyad.store.Store;
import org.dyad.store.Stores;
import org.dyad.store.jdbc.Sql;
import org.dyad.store.postgresql.PostgresStore;

/**
 * The query benchmark ({@code bench/queries.sh}): a store of EVENTS synthetic events ({@link SyntheticEvents}, 1 to 7
 * per article, mean 4) and partnership statements (in a fifth of the articles, as many as dyad finds in its own;
 * {@link LadderBench}'s generator), in SQLite or PostgreSQL; then, through the code the commands run, timed in steady
 * state ({@link LadderBench#time}):
 * <ul>
 *   <li>ladder as of a date: {@code dyad ladder X --as-of D} ({@link LadderHistory#ladder} and its counts);</li>
 *   <li>pair history: {@code dyad pair A B} ({@link LadderHistory#history});</li>
 *   <li>pair timeline: {@code dyad timeline A B} (the pair's months from the store's summary, {@link Store#timeline});
 *       pairs drawn as the events were, so busy pairs are asked about most.</li>
 * </ul>
 * and then what ingest costs with the timeline summary kept ({@link IngestCost}; the articles are deleted again).
 *
 * <pre>QueryBench LOCATION EVENTS QUERIES [SEED]</pre> LOCATION: a SQLite file or a jdbc:postgresql: URL (of an empty
 * schema, or of a store this benchmark generated, which is reused); QUERIES 0: generate and stop.
 */
public final class QueryBench {
    /** Events per article (mean 4). */
    private static final int[] EVENTS_PER_ARTICLE = {1, 2, 3, 3, 4, 4, 5, 5, 6, 7};
    private static final double STATEMENT_SHARE = 0.2;

    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--drop")) {
            schema(args[1], "DROP SCHEMA IF EXISTS %s CASCADE");
            return;
        }
        if (args.length == 2 && args[0].equals("--version")) {
            try (var c = java.sql.DriverManager.getConnection(args[1]); var st = c.createStatement();
                 var rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                System.out.println(rs.getString(1));
            }
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: QueryBench LOCATION EVENTS QUERIES [SEED] | QueryBench --drop|--version URL");
            System.exit(2);
        }
        String location = args[0];
        schema(location, "CREATE SCHEMA IF NOT EXISTS %s");
        int events = Integer.parseInt(args[1]);
        int queries = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        Ladders ladders = Ladders.standard();
        ReferenceHistory ref = ReferenceHistory.standard();
        long articles;
        try (Store store = Stores.open(location)) {
            articles = store.stats().count("articles");
        }
        if (articles == 0) {
            int n = (int) Math.round(events / 4.0);
            long t0 = System.nanoTime();
            LadderBench.Generated g = LadderBench.generate(location,
                    new LadderBench.Shape(n, STATEMENT_SHARE, EVENTS_PER_ARTICLE), new Random(seed), ladders, ref);
            System.out.printf(Locale.ROOT, "generated %d articles, %d events, %d statements in %.1f s%n", n,
                    g.events(), g.statements(), (System.nanoTime() - t0) / 1e9);
            summarise(location);
        } else {
            System.out.println("reusing " + location.replaceAll("password=[^&]*", "password=***"));
        }
        if (queries == 0) {
            return; // generate only: the queries run in a fresh JVM, without the generator's garbage
        }
        try (Store store = Stores.open(location)) {
            var stats = store.stats();
            System.out.printf(Locale.ROOT, "store: %d articles, %d facts%s%n", stats.count("articles"),
                    stats.count("facts"), location.startsWith("jdbc:") ? "" : ", " + Files.size(Path.of(location))
                    / (1 << 20) + " MB");
            LadderHistory model = new LadderHistory(ladders, ref, store);
            LongSupplier server = serverCpu(store);
            SyntheticEvents synthetic = new SyntheticEvents();
            Random r = new Random(seed + 1);
            LadderBench.time("ladder as of", queries, r, rnd -> {
                String owner = rnd.nextDouble() < 0.7 ? "VNM"
                        : LadderBench.OTHER_OWNERS[rnd.nextInt(LadderBench.OTHER_OWNERS.length)];
                model.ladder(owner, LadderBench.randomDate(rnd).toString()).counts();
            }, server);
            List<String[]> pairs = LadderBench.hotPairs(ref);
            LadderBench.time("pair history", queries, r, rnd -> {
                String[] p = pairs.get(Math.min(pairs.size() - 1, (int) Math.floor(LadderBench.zipf(rnd,
                        pairs.size()))));
                model.history(p[0], p[1]);
            }, server);
            LadderBench.time("pair timeline", queries, r, rnd -> timeline(store, synthetic.pair(rnd)), server);
            String[] top = synthetic.busiest();
            LadderBench.time("worst case: timeline " + top[0] + "-" + top[1], Math.max(20, queries / 10), r,
                    rnd -> timeline(store, top), server);
            LadderBench.time("worst case: ladder VNM as of 2026-11-22", Math.max(20, queries / 10), r,
                    rnd -> model.ladder("VNM", "2026-11-22").counts(), server);
            LadderBench.time("worst case: history USA-VNM", Math.max(20, queries / 10), r,
                    rnd -> model.history("USA", "VNM"), server);
            IngestCost.run(store, synthetic, r, Math.max(20, queries / 6), server);
        }
    }

    /**
     * Builds the timeline summary of the generated rows (written with plain JDBC, past the store's ingest): asks for
     * the back-fill V5 does on a store that had events, and opens the store, which does it.
     */
    private static void summarise(String location) {
        try (Store store = Stores.open(location)) {
            ((org.dyad.store.jdbc.Connections) store).locked("ask for the timeline back-fill", c -> {
                Sql.inTransaction(c, true, () -> {
                    Sql.update(c, "INSERT INTO timeline_backfill (pending) VALUES (1)");
                    return null;
                });
                return null;
            });
        }
        long t0 = System.nanoTime();
        try (Store store = Stores.open(location)) {
            System.out.printf(Locale.ROOT, "timeline summary built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * The CPU time the PostgreSQL server process serving this (single-threaded) benchmark has used, in ns, from
     * /proc/PID/schedstat when the server runs on this machine; 0 for SQLite (it runs in the calling thread) or when
     * it cannot be read. The store lends its one idle connection to every call made from one thread, so that backend
     * serves every query.
     */
    private static LongSupplier serverCpu(Store store) {
        if (!(store instanceof PostgresStore pg)) {
            return () -> 0L;
        }
        int pid = pg.locked("read the backend pid", c -> Sql.one(c, "SELECT pg_backend_pid()", rs -> rs.getInt(1))
                .orElseThrow());
        Path stat = Path.of("/proc/" + pid + "/schedstat");
        if (!Files.isReadable(stat)) {
            System.out.println("server CPU time not counted: the server is not on this machine");
            return () -> 0L;
        }
        return () -> {
            try {
                return Long.parseLong(Files.readString(stat).split(" ")[0]);
            } catch (java.io.IOException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + stat + ": " + e, e);
            }
        };
    }

    /** Runs {@code sql} on the schema a jdbc:postgresql: URL names with currentSchema=; nothing for other locations. */
    private static void schema(String location, String sql) throws java.sql.SQLException {
        var m = java.util.regex.Pattern.compile("[?&]currentSchema=([a-z_][a-z0-9_]*)").matcher(location);
        if (location.startsWith("jdbc:postgresql:") && m.find()) {
            try (var c = java.sql.DriverManager.getConnection(location); var st = c.createStatement()) {
                st.execute(String.format(sql, m.group(1)));
            }
        }
    }

    /** What {@code dyad timeline A B} does: the pair's months from the store. Returns the event count. */
    private static int timeline(Store store, String[] pair) {
        return store.timeline(pair[0], pair[1], false, false, null, null).values().stream()
                .mapToInt(org.dyad.query.Timeline.Month::total).sum();
    }
}
