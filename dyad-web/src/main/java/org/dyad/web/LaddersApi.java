package org.dyad.web;

import io.javalin.config.RoutesConfig;
import org.dyad.ladders.LadderHistory;
import org.dyad.query.LadderJson;

/** {@code /api/ladders/{owner}}: a country's partnership ladder as of a date, each partner with its sources. */
final class LaddersApi {
    private LaddersApi() {
    }

    static void routes(RoutesConfig r, Reads reads, ResponseCache cache) {
        r.get("/api/ladders/{owner}", cache.wrap(ctx -> {
            String owner = Params.pathCode(ctx, "owner");
            LadderHistory.LadderView view = reads.ladder(owner, Params.endOf(Params.date(ctx, "as_of")));
            Out.json(ctx, LadderJson.ladder(view, view.counts()));
        }));
    }
}
