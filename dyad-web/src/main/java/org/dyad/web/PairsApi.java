package org.dyad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.events.EventRecord;
import org.dyad.query.LadderJson;
import org.dyad.query.Timeline;
import org.dyad.store.StoredFact;

/**
 * {@code /api/pairs/{a}/{b}}: a pair's history on both ladders; its events ({@code /events}, also
 * {@code /api/events} for one country or all) and its monthly timeline ({@code /timeline}).
 */
final class PairsApi {
    static final List<String> STATUSES = List.of("happened", "ongoing", "planned", "hypothetical", "negated");

    private PairsApi() {
    }

    static void routes(RoutesConfig r, Reads reads, ResponseCache cache) {
        r.get("/api/pairs/{a}/{b}", cache.wrap(ctx -> {
            String a = Params.pathCode(ctx, "a");
            String b = Params.pathCode(ctx, "b");
            String asOf = Params.endOf(Params.date(ctx, "as_of"));
            Out.json(ctx, LadderJson.pair(a, b, asOf, reads.standings(a, b, asOf), reads.history(a, b)));
        }));
        r.get("/api/pairs/{a}/{b}/events", cache.wrap(ctx -> events(ctx, reads, Params.pathCode(ctx, "a"),
                Params.pathCode(ctx, "b"))));
        r.get("/api/events", cache.wrap(ctx -> events(ctx, reads, Params.queryCode(ctx, "country"),
                Params.queryCode(ctx, "partner"))));
        r.get("/api/pairs/{a}/{b}/timeline", cache.wrap(ctx -> {
            String a = Params.pathCode(ctx, "a");
            String b = Params.pathCode(ctx, "b");
            Map<String, Timeline.Month> months = reads.timeline(a, b, Params.date(ctx, "from"),
                    Params.date(ctx, "to"), Params.flag(ctx, "all_statuses"));
            List<Object> rows = new ArrayList<>();
            months.forEach((month, m) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("month", month);
                row.put("events", m.total());
                row.put("by_publication", m.byPublication());
                row.put("by_category", m.byCategory());
                row.put("by_quad", m.byQuad());
                row.put("goldstein", m.goldstein());
                row.put("balance", m.balance());
                rows.add(row);
            });
            Out.json(ctx, Map.of("pair", List.of(a, b), "months", rows));
        }));
    }

    private static void events(Context ctx, Reads reads, String a, String b) {
        String status = Params.choice(ctx, "status", null, STATUSES);
        List<StoredFact> facts = reads.events(a, b, Params.date(ctx, "from"), Params.date(ctx, "to"), status);
        Out.json(ctx, Paged.of(facts.stream().map(PairsApi::withArticle).toList(), Params.offset(ctx),
                Params.limit(ctx)));
    }

    /** A fact's record with the article it came from. */
    static Map<String, Object> withArticle(StoredFact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", f.articleId());
        m.put("published", f.published());
        m.put("record", f.fact());
        return m;
    }

    static EventRecord event(StoredFact f) {
        return (EventRecord) f.fact();
    }
}
