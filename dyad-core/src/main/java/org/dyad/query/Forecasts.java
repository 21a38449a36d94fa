package org.dyad.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.ladders.LadderHistory;
import org.dyad.ladders.Ladders;
import org.dyad.ladders.ReferenceHistory;
import org.dyad.store.FactQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredFact;
import org.dyad.voices.ForecastRecord;
import org.dyad.voices.ForecastResolver;

/** Stored forecasts resolved against the ladder history and the stored events; the scorecard per source. */
public final class Forecasts {
    private Forecasts() {
    }

    /** Right, partly right, wrong and open counts of one source's forecasts. */
    public record Score(String source, int right, int partly, int wrong, int open) {
    }

    /**
     * The stored forecasts about {@code pair} (two codes, or null for all) whose source's name contains
     * {@code source} (or null for all), resolved as of {@code today}.
     */
    public static List<ForecastResolver.Resolution> resolved(Store st, List<String> pair, String source,
                                                             LocalDate today) {
        FactQuery q = FactQuery.of("forecast");
        if (pair != null && pair.size() == 2) {
            q = q.pair(pair.get(0).toUpperCase(Locale.ROOT), pair.get(1).toUpperCase(Locale.ROOT));
        }
        List<ForecastRecord> fs = new ArrayList<>();
        for (StoredFact f : st.facts(q)) {
            ForecastRecord r = (ForecastRecord) f.fact();
            if (source == null || r.source().name().toLowerCase(Locale.ROOT)
                    .contains(source.toLowerCase(Locale.ROOT))) {
                fs.add(r);
            }
        }
        ForecastResolver resolver = ForecastResolver.of(
                new LadderHistory(Ladders.standard(), ReferenceHistory.standard(), st), st);
        return resolver.resolveAll(fs, today);
    }

    /** Per source (person or organisation, by name, case-insensitive order): how many forecasts came true. */
    public static List<Score> scorecard(List<ForecastResolver.Resolution> rs) {
        Map<String, int[]> by = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ForecastResolver.Resolution r : rs) {
            int[] c = by.computeIfAbsent(r.forecast().source().name(), k -> new int[4]);
            c[switch (r.verdict()) {
                case ForecastResolver.RIGHT -> 0;
                case ForecastResolver.PARTLY -> 1;
                case ForecastResolver.WRONG -> 2;
                default -> 3;
            }]++;
        }
        List<Score> out = new ArrayList<>();
        by.forEach((name, c) -> out.add(new Score(name, c[0], c[1], c[2], c[3])));
        return out;
    }
}
