package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.voices.ForecastRecord;
import org.dyad.voices.ForecastResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad forecasts}: the stored forecasts, each resolved against what happened later. */
@Command(name = "forecasts", mixinStandardHelpOptions = true,
        description = {"List the stored forecasts, oldest first, each resolved against the ladder history and the "
                + "stored events as of today (or --as-of): right, wrong, partly_right or open, with the evidence on "
                + "both sides."})
final class ForecastsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--pair", arity = "2", paramLabel = "CODE",
            description = "Only forecasts about this pair of countries (e.g. --pair USA VNM).")
    List<String> pair;

    @Option(names = "--source", paramLabel = "NAME", description = "Only forecasts whose source's name contains NAME.")
    String source;

    @Mixin
    ResolvedForecasts forecasts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ForecastResolver.Resolution> rs = forecasts.read(pair, source);
        for (ForecastResolver.Resolution r : rs) {
            ForecastRecord f = r.forecast();
            out.println(line(f));
            out.println("    " + r.verdict() + ": " + r.note());
            out.println("    said: " + f.claim() + "  [" + f.doc() + " " + f.id() + "]");
            if (r.outcome() != null) {
                out.println("    happened: " + r.outcome().what() + " " + r.outcome().date()
                        + (r.outcome().source() == null ? "" : "  [" + r.outcome().source() + "]"));
            }
        }
        out.printf("%d forecast%s%n", rs.size(), rs.size() == 1 ? "" : "s");
        out.flush();
        return ExitCodes.OK;
    }

    /** One forecast on one line: date, source, outcome, hedge, subject, horizon. */
    static String line(ForecastRecord f) {
        ForecastRecord.Subject s = f.subject();
        return String.format("%-10s %s: %s (%s, \"%s\") %s%s%s%s", f.published() == null ? "(undated)" : f.published(),
                f.source().name(), f.outcome(), f.hedge(), f.hedgeText(), s.kind(),
                s.a() == null ? "" : " " + s.a() + (s.b() == null ? "" : "-" + s.b()),
                s.rung() == null ? "" : " to " + s.rung(),
                f.horizon() == null ? "" : " by " + (f.horizon().by() == null ? "\"" + f.horizon().text() + "\""
                        : f.horizon().by() + " (\"" + f.horizon().text() + "\")"));
    }
}
