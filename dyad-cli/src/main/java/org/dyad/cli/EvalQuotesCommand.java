package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.pipeline.Doc;
import org.dyad.voices.QuoteRecord;
import org.dyad.voices.QuoteScore;
import org.dyad.voices.QuoteStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad eval quotes GOLD}: score the quote finder against the seeds development gold. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Score quotes against seeds-dev.json: recall (a gold quote is found when a quote's evidence "
                + "overlaps it), precision, and speaker accuracy over the quotes found, overall and by type."})
final class EvalQuotesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SeedsGoldOptions input;

    @Option(names = "--show", description = "Also print each gold quote with the quote that found it.")
    boolean show;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        QuoteScore score = new QuoteScore(new ObjectMapper().readTree(input.gold.toFile()));
        List<ParsedCorpus.Parsed> docs = input.parse(score.files().values(), spec.commandLine().getErr());
        if (docs == null) {
            return ExitCodes.SOME_FAILED;
        }
        QuoteStage stage = new QuoteStage();
        Map<String, List<QuoteRecord>> predicted = new LinkedHashMap<>();
        for (ParsedCorpus.Parsed p : docs) {
            Doc d = p.doc();
            stage.process(d);
            predicted.put(p.id(), d.get(QuoteStage.QUOTES));
        }
        if (show) {
            for (QuoteScore.Match m : score.match(predicted)) {
                QuoteRecord q = m.found();
                out.printf("%s %-8s %-40s -> %s%n", m.gold().id(), m.gold().type(), m.gold().speaker(),
                        q == null ? "MISSED" : q.id() + " " + q.type() + " " + q.speaker().name() + " ("
                                + q.speaker().how() + ", " + q.rule() + ")" + (m.speakerRight() ? "" : " WRONG"));
            }
        }
        out.print(score.score(predicted));
        out.flush();
        return ExitCodes.OK;
    }
}
