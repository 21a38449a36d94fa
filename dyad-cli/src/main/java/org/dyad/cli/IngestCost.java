package org.dyad.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.dyad.events.EventRecord;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.query.Timeline;
import org.dyad.store.FactQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredFact;
import org.dyad.store.jdbc.Connections;
import org.dyad.store.jdbc.Sql;
import org.dyad.store.jdbc.TimelineSummary;

/**
 * What the timeline summary costs at ingest, for {@link QueryBench}: articles of synthetic events ingested through
 * {@link Store#ingest} into the benchmark's store (the whole write, summary included), then the summary's share alone
 * (recomputing the months of each of those articles' events again, which rewrites the same rows), then the articles
 * deleted through {@link Store#delete}, so the store is as it was for the next run. After the ingests and after the
 * deletes, the pairs left stale are rebuilt once, as at the end of an ingest run ({@link Store#refreshTimelines},
 * timed), and the timelines of the pairs the ingests touched most are checked against {@link Timeline#months}.
 */
final class IngestCost {
    private IngestCost() {
    }

    static void run(Store store, SyntheticEvents synthetic, Random r, int n, LongSupplier server) throws Exception {
        List<String> keys = new ArrayList<>();
        Map<String, Integer> touched = new java.util.HashMap<>();
        LadderBench.time("ingest (summary included)", n, r, rnd -> {
            String key = "https://bench.example/ingest/" + keys.size();
            keys.add(key);
            Extraction x = article(synthetic, rnd, "ingest-" + keys.size() + ".txt");
            x.facts().forEach(f -> touched.merge(f.index().a().compareTo(f.index().b()) < 0
                    ? f.index().a() + " " + f.index().b() : f.index().b() + " " + f.index().a(), 1, Integer::sum));
            store.ingest(key, x);
        }, server);
        List<String> busiest = touched.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue()
                .reversed()).limit(8).map(Map.Entry::getKey).toList();
        refresh(store, "ingests");
        exact(store, busiest, "after the ingests");
        List<Long> ids = keys.stream().map(k -> store.article(k).orElseThrow().id()).toList();
        Connections conns = (Connections) store;
        LadderBench.time("  of which timeline summary", n, r, rnd -> {
            long id = ids.get(rnd.nextInt(ids.size()));
            conns.locked("recompute the summary of article " + id, c -> Sql.inTransaction(c, true, () -> {
                TimelineSummary s = new TimelineSummary(c, TimelineSummary.PairLock.NONE);
                s.update(List.of(), s.eventsOf(id));
                return null;
            }));
        }, server);
        int[] next = {0};
        LadderBench.time("delete article", keys.size() / 2, r, rnd -> store.delete(keys.get(next[0]++)), server);
        refresh(store, "deletes");
        exact(store, busiest, "after the deletes");
    }

    /** Times the end-of-run rebuild of the pairs the writes left stale (chains; {@link Store#refreshTimelines}). */
    private static void refresh(Store store, String after) {
        long t0 = System.nanoTime();
        int pairs = store.refreshTimelines();
        System.out.printf(Locale.ROOT, "  end of run after the %s: %d stale pair(s) rebuilt in %.0f ms%n", after,
                pairs, (System.nanoTime() - t0) / 1e6);
    }

    /**
     * Checks the store's timeline of each pair against {@link Timeline#months} over all the pair's facts, for the four
     * ways of counting, and prints how many agree (figures equal, Goldstein sums within 1e-9).
     */
    private static void exact(Store store, List<String> pairs, String when) {
        int same = 0;
        List<String> differ = new ArrayList<>();
        for (String pair : pairs) {
            String[] p = pair.split(" ");
            List<StoredFact> facts = store.facts(FactQuery.of(EventRecord.KIND).pair(p[0], p[1])
                    .limit(Integer.MAX_VALUE));
            for (int flags = 0; flags < 4; flags++) {
                boolean allStatuses = (flags & 1) != 0;
                boolean allReports = (flags & 2) != 0;
                if (same(Timeline.months(facts, allStatuses, allReports, null, null),
                        store.timeline(p[0], p[1], allStatuses, allReports, null, null))) {
                    same++;
                } else {
                    differ.add(pair + (allStatuses ? " all-statuses" : "") + (allReports ? " all-reports" : ""));
                }
            }
        }
        System.out.printf(Locale.ROOT, "  timeline summary %s equals Timeline.months for %d of %d (busiest touched"
                + " pair, way of counting)%s%n", when, same, pairs.size() * 4, differ.isEmpty() ? ""
                : "; differs: " + differ);
    }

    private static boolean same(Map<String, Timeline.Month> expected, Map<String, Timeline.Month> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            return false;
        }
        for (Map.Entry<String, Timeline.Month> e : expected.entrySet()) {
            Timeline.Month x = e.getValue();
            Timeline.Month y = actual.get(e.getKey());
            if (!x.byCategory().equals(y.byCategory()) || !x.byQuad().equals(y.byQuad()) || x.total() != y.total()
                    || x.reports() != y.reports() || x.byPublication() != y.byPublication()
                    || x.cooperative() != y.cooperative() || x.conflictual() != y.conflictual()
                    || Math.abs(x.goldsteinSum() - y.goldsteinSum()) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** An article of 1 to 7 synthetic events, published on a random day. */
    private static Extraction article(SyntheticEvents synthetic, Random r, String doc) {
        LocalDate pub = LadderBench.randomDate(r);
        List<Fact> facts = new ArrayList<>();
        int events = 1 + r.nextInt(7);
        for (int i = 0; i < events; i++) {
            facts.add(synthetic.event(r, doc, i, pub));
        }
        String text = "Synthetic article " + doc + ".";
        ArticleRecord a = new ArticleRecord(doc, "sha-" + doc + "-" + r.nextLong(), "Synthetic", null, null,
                pub.toString(), null, "en", "text", "UTF-8", "bench", Map.of(), text, List.of(), List.of());
        return new Extraction(a, List.of(), facts, text);
    }
}
