package org.dyad.cli;

import java.time.LocalDate;
import java.util.List;
import org.dyad.query.Forecasts;
import org.dyad.store.Store;
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
        return Forecasts.resolved(st, pair, source, today);
    }
}
