package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dyad.voices.ForecastResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dyad scorecard}: per person and organisation, how many of their forecasts came true. */
@Command(name = "scorecard", mixinStandardHelpOptions = true,
        description = {"For each person and organisation with stored forecasts: how many were right, partly right, "
                + "wrong and still open (see `dyad forecasts` for each one and its evidence)."})
final class ScorecardCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ResolvedForecasts forecasts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ForecastResolver.Resolution> rs = forecasts.read(null, null);
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
        out.printf("%-40s %5s %7s %5s %5s%n", "source", "right", "partly", "wrong", "open");
        by.forEach((name, c) -> out.printf("%-40s %5d %7d %5d %5d%n", name, c[0], c[1], c[2], c[3]));
        out.flush();
        return ExitCodes.OK;
    }
}
