package org.dyad.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.ladders.LadderHistory;
import org.dyad.ladders.Ladders;
import org.dyad.ladders.ReferenceHistory;
import org.dyad.store.FactQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredFact;
import org.dyad.voices.ForecastRecord;
import org.dyad.voices.ForecastResolver;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The store and the resolution date shared by {@code forecasts} and {@code scorecard}. */
final class ResolvedForecasts {
    @Option(names = "--as-of", paramLabel = "DATE", description = "Resolve as of DATE (default: today).")
    LocalDate asOf;

    @Mixin
    StoreOption store;

    /** The stored forecasts about {@code pair} (or all) whose source's name contains {@code source} (or all), resolved. */
    List<ForecastResolver.Resolution> read(List<String> pair, String source) {
        try (Store st = store.open()) {
            return resolved(st, pair, source, asOf == null ? LocalDate.now() : asOf);
        }
    }

    static List<ForecastResolver.Resolution> resolved(Store st, List<String> pair, String source, LocalDate today) {
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
}
