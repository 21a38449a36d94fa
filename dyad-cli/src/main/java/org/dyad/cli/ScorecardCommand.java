package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.query.Forecasts;
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
        out.printf("%-40s %5s %7s %5s %5s%n", "source", "right", "partly", "wrong", "open");
        for (Forecasts.Score c : Forecasts.scorecard(rs)) {
            out.printf("%-40s %5d %7d %5d %5d%n", c.source(), c.right(), c.partly(), c.wrong(), c.open());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
