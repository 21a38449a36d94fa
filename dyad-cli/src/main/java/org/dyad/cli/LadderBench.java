package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dyad.ladders.HistoryRecord;
import org.dyad.ladders.LadderHistory;
import org.dyad.ladders.Ladders;
import org.dyad.ladders.PartnershipRecord;
import org.dyad.ladders.ReferenceHistory;
import org.dyad.ladders.Rung;
import org.dyad.output.FactIndex;
import org.dyad.store.Store;
import org.dyad.store.Stores;
import org.dyad.text.Evidence;

/**
 * The ladder query benchmark ({@code bench/ladders.sh}): fills a store with synthetic partnership statements, then
 * times ladder-as-of and pair-history queries through the {@link Store} API, in steady state: each kind is timed
 * over QUERIES queries after as many untimed ones (the first, cold query is reported apart).
 *
 * <p>The store is created by {@link Stores#open} (so its schema is the real one); the synthetic articles and
 * statements are then written directly with JDBC in transactions of 5,000 articles, the same rows and JSON the
 * store's own writer produces, because ingesting 100,000 articles one transaction each would time the writer, not
 * the queries; then {@code ANALYZE}, as a store that has been used has its planner statistics. Statements follow the reference history (a pair's rung at the article's date, with 5% on another
 * rung so that conflicts occur), 90% on Vietnam's ladder, partners Zipf-distributed (the U.S. most), and as many per
 * article as dyad finds in its own example and seed articles (1 to 17, mean 6.3): as dense as dyad's own corpus.
 *
 * <pre>LadderBench DB ARTICLES QUERIES SEED</pre> (QUERIES 0: generate the store and stop)
 */
public final class LadderBench {
    /** Statements per article that dyad extracts from its 18 examples and 5 seeds. */
    private static final int[] PER_ARTICLE = {7, 9, 1, 10, 6, 2, 3, 1, 16, 10, 9, 3, 11, 9, 4, 8, 5, 5, 5, 1, 3, 0, 17};
    private static final String[] TYPES = {"in_force", "tier", "upgraded", "established", "sought", "expected",
            "proposed", "declined", "delayed", "count"};
    private static final double[] TYPE_WEIGHTS = {40, 15, 8, 4, 10, 10, 3, 4, 2, 4};
    static final String[] OTHER_OWNERS = {"CHN", "IND", "IDN", "JPN", "AUS", "EUR", "USA"};
    private static final List<String> VNM_FIRST = List.of("USA", "CHN", "JPN", "AUS", "RUS", "IND", "KOR", "FRA",
            "GBR", "DEU", "SGP", "MYS", "IDN", "THA", "PHL", "NZL", "EUR");

    private LadderBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LadderBench DB ARTICLES [QUERIES] [SEED]");
            System.exit(2);
        }
        Path db = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        Ladders ladders = Ladders.standard();
        ReferenceHistory ref = ReferenceHistory.standard();
        if (!Files.exists(db)) {
            Stores.open(db.toString()).close();
            long t0 = System.nanoTime();
            long facts = generate(db.toString(), Shape.ladders(articles), new Random(seed), ladders, ref).statements();
            System.out.printf(Locale.ROOT, "generated %d articles, %d statements in %.1f s (%d MB)%n", articles, facts,
                    (System.nanoTime() - t0) / 1e9, Files.size(db) / (1 << 20));
        } else {
            System.out.println("reusing " + db);
        }
        if (queries == 0) {
            return; // generate only: the queries run in a fresh JVM, without the generator's garbage
        }
        try (Store store = Stores.open(db.toString())) {
            System.out.printf(Locale.ROOT, "store: %d articles, %d facts%n", store.stats().count("articles"),
                    store.stats().count("facts"));
            LadderHistory model = new LadderHistory(ladders, ref, store);
            Random r = new Random(seed + 1);
            time("ladder as of", queries, r, rnd -> {
                String owner = rnd.nextDouble() < 0.7 ? "VNM" : OTHER_OWNERS[rnd.nextInt(OTHER_OWNERS.length)];
                model.ladder(owner, randomDate(rnd).toString());
            });
            List<String[]> pairs = hotPairs(ref);
            time("pair history", queries, r, rnd -> {
                String[] p = pairs.get(Math.min(pairs.size() - 1, (int) Math.floor(zipf(rnd, pairs.size()))));
                model.history(p[0], p[1]);
            });
            time("worst case: ladder VNM as of 2026-11-22", Math.max(20, queries / 10), r,
                    rnd -> model.ladder("VNM", "2026-11-22"));
            time("worst case: history USA-VNM", Math.max(20, queries / 10), r, rnd -> model.history("USA", "VNM"));
        }
    }

    interface Query {
        void run(Random r) throws Exception;
    }

    /**
     * Times n queries after a warm-up of as many (steady state: the JIT has compiled the JSON reading), in wall time
     * and in this thread's CPU time (SQLite runs in the calling thread), which a busy machine does not inflate.
     */
    static void time(String what, int n, Random r, Query q) throws Exception {
        time(what, n, r, q, () -> 0L);
    }

    /**
     * {@link #time(String, int, Random, Query)}, the CPU time counted being this thread's plus {@code otherCpu}'s
     * (nanoseconds another process, such as a database server, has run).
     */
    static void time(String what, int n, Random r, Query q, java.util.function.LongSupplier otherCpu)
            throws Exception {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cold = System.nanoTime();
        q.run(r);
        double first = (System.nanoTime() - cold) / 1e6;
        for (int i = 1; i < n; i++) {
            q.run(r);
        }
        double[] ms = new double[n];
        double[] cpuMs = new double[n];
        for (int i = 0; i < n; i++) {
            long c = cpu.getCurrentThreadCpuTime() + otherCpu.getAsLong();
            long t = System.nanoTime();
            q.run(r);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpuMs[i] = (cpu.getCurrentThreadCpuTime() + otherCpu.getAsLong() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        int p99 = Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1);
        System.out.printf(Locale.ROOT, "%-40s n=%-4d wall p50 %6.2f p99 %7.2f max %7.2f ms | cpu p50 %6.2f p99 %6.2f ms"
                + " | first (cold) %.0f ms%n", what, n, ms[n / 2], ms[p99], ms[n - 1], cpuMs[n / 2], cpuMs[p99], first);
    }

    static LocalDate randomDate(Random r) {
        return LocalDate.of(2010, 1, 1).plusDays(r.nextInt(6170));
    }

    /** A Zipf-like index in [0, n): rank k with weight 1/(k+1). */
    static double zipf(Random r, int n) {
        double h = 0;
        for (int k = 1; k <= n; k++) {
            h += 1.0 / k;
        }
        double u = r.nextDouble() * h;
        for (int k = 1; k <= n; k++) {
            u -= 1.0 / k;
            if (u <= 0) {
                return k - 1;
            }
        }
        return n - 1;
    }

    static List<String[]> hotPairs(ReferenceHistory ref) {
        List<String[]> pairs = new ArrayList<>();
        for (String p : VNM_FIRST) {
            pairs.add(new String[] {p, "VNM"});
        }
        for (HistoryRecord h : ref.records()) {
            if (!h.owner().equals("VNM") && pairs.stream().noneMatch(x -> x[0].equals(h.partner()) && x[1].equals(h.owner()))) {
                pairs.add(new String[] {h.partner(), h.owner()});
            }
        }
        return pairs;
    }

    /**
     * What a generated store holds: {@code articles} articles, a share of them with partnership statements (as many as
     * dyad finds in its own articles, {@link #PER_ARTICLE}), and events per article drawn from {@code eventsPerArticle}
     * (see {@link SyntheticEvents}).
     */
    record Shape(int articles, double statementShare, int[] eventsPerArticle) {
        /** The ladder benchmark's store: every article has statements, none has events. */
        static Shape ladders(int articles) {
            return new Shape(articles, 1.0, new int[] {0});
        }
    }

    /** What {@link #generate} wrote. */
    record Generated(long statements, long events) {
    }

    /**
     * Writes a synthetic store of {@code shape} into the (new, migrated, empty) store at {@code location}, a SQLite
     * file or a {@code jdbc:postgresql:} URL, with plain JDBC in transactions of 5,000 articles; articles get ids 1..n
     * (PostgreSQL's id sequence is moved past them), then the planner statistics are gathered.
     */
    static Generated generate(String location, Shape shape, Random r, Ladders ladders, ReferenceHistory ref)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        boolean pg = location.startsWith("jdbc:postgresql:");
        long statements = 0;
        long events = 0;
        SyntheticEvents synthetic = new SyntheticEvents();
        try (Connection c = pg ? DriverManager.getConnection(location + (location.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true") : DriverManager.getConnection("jdbc:sqlite:" + location)) {
            if (!pg) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=OFF");
                }
            }
            c.setAutoCommit(false);
            PreparedStatement art = c.prepareStatement("INSERT INTO articles (id, key, doc, sha256, title, published, "
                    + "clean_text, original_text, pipeline_version, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
            PreparedStatement fact = c.prepareStatement("INSERT INTO facts (article_id, seq, kind, local_id, a, b, "
                    + "date_from, date_to, category, status, rule, pipeline_version, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
            String now = Instant.now().toString();
            for (int i = 0; i < shape.articles(); i++) {
                long id = i + 1;
                LocalDate pub = randomDate(r);
                String key = "https://bench.example/" + i;
                String text = "Synthetic article " + i + ".";
                art.setLong(1, id);
                art.setString(2, key);
                art.setString(3, "bench-" + i + ".txt");
                art.setString(4, Integer.toHexString(i));
                art.setString(5, "Synthetic article " + i);
                art.setString(6, pub.toString());
                art.setString(7, text);
                art.setString(8, text);
                art.setString(9, "bench");
                art.setString(10, now);
                art.addBatch();
                int seq = 0;
                int k = shape.statementShare() >= 1 || r.nextDouble() < shape.statementShare()
                        ? PER_ARTICLE[r.nextInt(PER_ARTICLE.length)] : 0;
                for (int j = 0; j < k; j++) {
                    PartnershipRecord p = statement(r, key, j + 1, pub, ladders, ref);
                    addFact(fact, id, seq++, p, p.index(), json.writeValueAsString(p));
                    statements++;
                }
                int[] per = shape.eventsPerArticle();
                int n = per.length == 1 ? per[0] : per[r.nextInt(per.length)];
                for (int j = 0; j < n; j++) {
                    var e = synthetic.event(r, key, j + 1, pub);
                    addFact(fact, id, seq++, e, e.index(), json.writeValueAsString(e));
                    events++;
                }
                if ((i + 1) % 5000 == 0 || i + 1 == shape.articles()) {
                    art.executeBatch();
                    fact.executeBatch();
                    c.commit();
                }
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                if (pg) {
                    s.execute("SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))");
                    s.execute("VACUUM ANALYZE");
                } else {
                    // the planner statistics a store gathers when it is closed (PRAGMA optimize) after real ingests
                    s.execute("ANALYZE");
                }
            }
        }
        return new Generated(statements, events);
    }

    private static void addFact(PreparedStatement fact, long articleId, int seq, org.dyad.output.Fact f, FactIndex ix,
                                String json) throws java.sql.SQLException {
        fact.setLong(1, articleId);
        fact.setInt(2, seq);
        fact.setString(3, f.kind());
        fact.setString(4, f.id());
        fact.setString(5, ix.a());
        fact.setString(6, ix.b());
        fact.setString(7, ix.from());
        fact.setString(8, ix.to());
        fact.setString(9, ix.category());
        fact.setString(10, ix.status());
        fact.setString(11, f.rule());
        fact.setString(12, "bench");
        fact.setString(13, json);
        fact.addBatch();
    }

    private static PartnershipRecord statement(Random r, String doc, int n, LocalDate pub, Ladders ladders,
                                               ReferenceHistory ref) {
        String owner = r.nextDouble() < 0.9 ? "VNM" : OTHER_OWNERS[r.nextInt(OTHER_OWNERS.length)];
        List<String> partners = new ArrayList<>();
        if (owner.equals("VNM")) {
            partners.addAll(VNM_FIRST);
        }
        for (HistoryRecord h : ref.of(owner)) {
            if (!partners.contains(h.partner())) {
                partners.add(h.partner());
            }
        }
        String partner = partners.get((int) zipf(r, partners.size()));
        String type = TYPES[weighted(r, TYPE_WEIGHTS)];
        var standing = LadderHistory.reference().standing(owner, partner, pub.toString());
        List<Rung> rungs = ladders.ladder(owner).orElseThrow().rungs();
        Rung rung = standing.map(LadderHistory.Standing::rung).orElse(rungs.get(rungs.size() - 1));
        if (r.nextDouble() < 0.05) {
            rung = rungs.get(r.nextInt(rungs.size()));
        }
        String since = standing.map(LadderHistory.Standing::since).orElse(null);
        String value = switch (type) {
            case "in_force", "tier" -> since != null && r.nextBoolean() ? since + "/" + pub : pub.toString();
            case "upgraded", "established" -> since != null ? since : "<" + pub;
            default -> pub.toString();
        };
        String text = "Synthetic statement " + n + ": " + partner + " and " + owner + ", " + rung.name() + ".";
        return new PartnershipRecord(doc, "p" + n, owner, type.equals("count") ? null : partner, owner, rung.id(),
                rung.name(), rung.rank(), rung.name(), type, new PartnershipRecord.StatementDate(null, value),
                pub.toString(), type.equals("count") ? Integer.valueOf(5 + r.nextInt(20)) : null, null, null, "bench:synthetic",
                List.of(new Evidence(0, text.length(), text)));
    }

    static int weighted(Random r, double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double u = r.nextDouble() * sum;
        for (int i = 0; i < w.length; i++) {
            u -= w[i];
            if (u <= 0) {
                return i;
            }
        }
        return w.length - 1;
    }
}
