package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.pipeline.Doc;
import org.dyad.voices.ForecastRecord;
import org.dyad.voices.ForecastScore;
import org.dyad.voices.ForecastStage;
import org.dyad.voices.QuoteStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad eval forecasts GOLD}: score the forecast finder against the seeds development gold. */
@Command(name = "forecasts", mixinStandardHelpOptions = true,
        description = {"Score forecasts against seeds-dev.json: a forecast matches a gold one when its sentence "
                + "overlaps the gold evidence and its source is the gold source; precision, recall and F1."})
final class EvalForecastsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SeedsGoldOptions input;

    @Option(names = "--show", description = "Also print each gold forecast with the forecast that matched it, and "
            + "every forecast dyad gave.")
    boolean show;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ForecastScore score = new ForecastScore(new ObjectMapper().readTree(input.gold.toFile()));
        List<ParsedCorpus.Parsed> docs = input.parse(score.files().values(), spec.commandLine().getErr());
        if (docs == null) {
            return ExitCodes.SOME_FAILED;
        }
        QuoteStage quotes = new QuoteStage();
        ForecastStage forecasts = new ForecastStage();
        Map<String, List<ForecastRecord>> predicted = new LinkedHashMap<>();
        for (ParsedCorpus.Parsed p : docs) {
            Doc d = p.doc();
            quotes.process(d);
            forecasts.process(d);
            predicted.put(p.id(), d.get(ForecastStage.FORECASTS));
        }
        if (show) {
            for (ForecastScore.Match m : score.match(predicted)) {
                out.printf("%s %-40s -> %s%n", m.gold().id(), m.gold().by(),
                        m.found() == null ? "MISSED" : m.found().id());
            }
            predicted.forEach((id, fs) -> fs.forEach(f -> out.println(id + " " + ForecastsCommand.line(f))));
        }
        out.print(score.score(predicted));
        out.flush();
        return ExitCodes.OK;
    }
}
