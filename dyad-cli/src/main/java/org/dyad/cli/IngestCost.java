package org.dyad.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.store.Store;
import org.dyad.store.jdbc.Connections;
import org.dyad.store.jdbc.Sql;
import org.dyad.store.jdbc.TimelineSummary;

/**
 * What the timeline summary costs at ingest, for {@link QueryBench}: articles of synthetic events ingested through
 * {@link Store#ingest} into the benchmark's store (the whole write, summary included), then the summary's share alone
 * (recomputing the months of each of those articles' events again, which rewrites the same rows), then the articles
 * deleted through {@link Store#delete}, so the store is as it was for the next run.
 */
final class IngestCost {
    private IngestCost() {
    }

    static void run(Store store, SyntheticEvents synthetic, Random r, int n, LongSupplier server) throws Exception {
        List<String> keys = new ArrayList<>();
        LadderBench.time("ingest (summary included)", n, r, rnd -> {
            String key = "https://bench.example/ingest/" + keys.size();
            keys.add(key);
            store.ingest(key, article(synthetic, rnd, "ingest-" + keys.size() + ".txt"));
        }, server);
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
