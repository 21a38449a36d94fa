package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.nlp.Dyad;
import org.dyad.pipeline.Doc;
import org.dyad.voices.QuoteRecord;
import org.dyad.voices.QuoteScore;
import org.dyad.voices.QuoteStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval quotes GOLD}: score the quote finder against the seeds development gold. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Score quotes against seeds-dev.json: recall (a gold quote is found when a quote's evidence "
                + "overlaps it), precision, and speaker accuracy over the quotes found, overall and by type."})
final class EvalQuotesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GOLD", description = "seeds-dev.json.")
    Path gold;

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "Folder of the seed articles (default: the seeds folder beside the gold file's folder).")
    Path seeds;

    @Option(names = "--parsed", paramLabel = "FILE",
            description = "Reuse the parsed articles saved in FILE, or save them there on the first run.")
    Path parsed;

    @Option(names = "--show", description = "Also print each gold quote with the quote that found it.")
    boolean show;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        QuoteScore score = new QuoteScore(root);
        Map<String, List<QuoteRecord>> predicted = quotes(score.files().values(), spec.commandLine().getErr());
        if (predicted == null) {
            return ExitCodes.SOME_FAILED;
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

    /** The quotes of each seed file, by file name, or null when a file is missing. */
    Map<String, List<QuoteRecord>> quotes(java.util.Collection<String> files, PrintWriter err) throws IOException {
        List<ParsedCorpus.Parsed> docs = parse(files, err);
        if (docs == null) {
            return null;
        }
        QuoteStage stage = new QuoteStage();
        Map<String, List<QuoteRecord>> predicted = new LinkedHashMap<>();
        for (ParsedCorpus.Parsed p : docs) {
            Doc d = p.doc();
            stage.process(d);
            predicted.put(p.id(), d.get(QuoteStage.QUOTES));
        }
        return predicted;
    }

    List<ParsedCorpus.Parsed> parse(java.util.Collection<String> files, PrintWriter err) throws IOException {
        Path dir = seeds != null ? seeds : gold.toAbsolutePath().getParent().resolveSibling("seeds");
        List<ParsedCorpus.Text> texts = new ArrayList<>();
        for (String name : files) {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) {
                err.println("dyad: seed article " + f + " not found (use --seeds DIR)");
                return null;
            }
            texts.add(new ParsedCorpus.Text(name, Files.readAllBytes(f), Map.of()));
        }
        if (parsed != null && Files.isRegularFile(parsed)) {
            List<ParsedCorpus.Parsed> cached = ParsedCorpus.load(parsed);
            if (cached.stream().map(ParsedCorpus.Parsed::id).toList()
                    .equals(texts.stream().map(ParsedCorpus.Text::id).toList())) {
                return cached;
            }
        }
        List<ParsedCorpus.Parsed> docs = ParsedCorpus.parse(Dyad.standard(), texts, err);
        if (parsed != null) {
            ParsedCorpus.save(docs, parsed);
        }
        return docs;
    }
}
