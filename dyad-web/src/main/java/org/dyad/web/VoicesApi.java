package org.dyad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.query.Forecasts;
import org.dyad.voices.ForecastResolver;

/** {@code /api/quotes}, {@code /api/forecasts} (each resolved) and {@code /api/scorecard}. */
final class VoicesApi {
    static final List<String> VERDICTS = List.of(ForecastResolver.RIGHT, ForecastResolver.PARTLY,
            ForecastResolver.WRONG, ForecastResolver.OPEN);

    private VoicesApi() {
    }

    static void routes(RoutesConfig r, Reads reads, ResponseCache cache) {
        r.get("/api/quotes", cache.wrap(ctx -> Out.json(ctx, Paged.of(reads.quotes(Params.queryCode(ctx, "country"),
                        Params.queryCode(ctx, "partner"), Params.text(ctx, "speaker"), Params.text(ctx, "about"),
                        Params.date(ctx, "from"), Params.date(ctx, "to")).stream().map(PairsApi::withArticle).toList(),
                Params.offset(ctx), Params.limit(ctx)))));
        r.get("/api/forecasts", cache.wrap(ctx -> Out.json(ctx, Paged.of(forecasts(ctx, reads).stream()
                .map(VoicesApi::resolution).toList(), Params.offset(ctx), Params.limit(ctx)))));
        r.get("/api/scorecard", cache.wrap(ctx -> Out.json(ctx, Map.of("as_of", asOf(ctx).toString(),
                "sources", Forecasts.scorecard(reads.forecasts(null, null, null, asOf(ctx)))))));
    }

    static LocalDate asOf(Context ctx) {
        return Params.day(ctx, "as_of", LocalDate.now());
    }

    static List<ForecastResolver.Resolution> forecasts(Context ctx, Reads reads) {
        String country = Params.queryCode(ctx, "country");
        String partner = Params.queryCode(ctx, "partner");
        if (partner != null && country == null) {
            throw ApiError.badRequest("partner needs country: give both, e.g. country=USA&partner=VNM");
        }
        String verdict = Params.choice(ctx, "verdict", null, VERDICTS);
        List<ForecastResolver.Resolution> rs = reads.forecasts(country, partner, Params.text(ctx, "source"), asOf(ctx));
        return verdict == null ? rs : rs.stream().filter(r -> r.verdict().equals(verdict)).toList();
    }

    static Map<String, Object> resolution(ForecastResolver.Resolution r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", r.verdict());
        m.put("deadline", r.deadline());
        m.put("note", r.note());
        m.put("outcome", r.outcome());
        m.put("record", r.forecast());
        return m;
    }
}
