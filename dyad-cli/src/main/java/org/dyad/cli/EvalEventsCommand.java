package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorDictionary;
import org.dyad.events.EventRecord;
import org.dyad.events.EventStage;
import org.dyad.events.eval.PloverScore;
import org.dyad.events.eval.SeedsScore;
import org.dyad.pipeline.Doc;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval events GOLD}: score the event coder against a development gold file. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Score the event coder against a gold file: seeds-dev.json (events of whole articles: "
                + "precision, recall and F1 on source code, target code, CAMEO root and status, overall and by "
                + "root) or plover-gsr-dev.json (one sentence per record: PLOVER category accuracy with correct "
                + "source and target codes, by category). The format is read from the file. Prints the confusion "
                + "of the weakest categories and how many sentences named actors but matched no pattern."})
final class EvalEventsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GOLD", description = "seeds-dev.json or plover-gsr-dev.json.")
    Path gold;

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "Folder of the seed articles (default: the seeds folder beside the gold file's folder).")
    Path seeds;

    @Option(names = "--parsed", paramLabel = "FILE",
            description = "Reuse the parsed sentences saved in FILE, or save them there on the first run (saves the "
                    + "parsing time when the patterns change).")
    Path parsed;

    @Option(names = "--show", description = "Also print every event dyad gave, by document.")
    boolean show;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        ActorDictionary dict = ActorDictionary.standard();
        boolean isSeeds = root.isObject() && root.has("articles");
        if (!isSeeds && !(root.isArray() && root.size() > 0 && root.get(0).has("event"))) {
            err.println("dyad: " + gold + " is neither seeds-dev gold (an object with \"articles\") nor PLOVER gold "
                    + "(an array of records with \"event\")");
            return ExitCodes.SOME_FAILED;
        }
        List<ParsedCorpus.Text> texts = new ArrayList<>();
        SeedsScore seedsScore = null;
        PloverScore ploverScore = null;
        if (isSeeds) {
            seedsScore = new SeedsScore(root, dict);
            Path dir = seeds != null ? seeds : gold.toAbsolutePath().getParent().resolveSibling("seeds");
            for (SeedsScore.Article a : seedsScore.articles()) {
                Path f = dir.resolve(a.file());
                if (!Files.isRegularFile(f)) {
                    err.println("dyad: seed article " + f + " not found (use --seeds DIR)");
                    return ExitCodes.SOME_FAILED;
                }
                texts.add(new ParsedCorpus.Text(a.file(), Files.readAllBytes(f), Map.of()));
            }
        } else {
            ploverScore = new PloverScore(root, dict);
            for (PloverScore.Gold g : ploverScore.records()) {
                JsonNode rec = null;
                for (JsonNode r : root) {
                    if (r.get("id").asText().equals(g.id())) {
                        rec = r;
                        break;
                    }
                }
                Map<String, String> hints = rec != null && rec.hasNonNull("date") ? Map.of("published", rec.get("date").asText())
                        : Map.of();
                texts.add(new ParsedCorpus.Text(g.id(), g.text().getBytes(StandardCharsets.UTF_8), hints));
            }
        }
        List<ParsedCorpus.Parsed> docs = parse(texts, err);
        EventStage stage = new EventStage();
        Map<String, List<EventRecord>> predicted = new LinkedHashMap<>();
        for (ParsedCorpus.Parsed p : docs) {
            Doc d = p.doc();
            stage.process(d);
            predicted.put(p.id(), d.get(EventStage.EVENTS));
        }
        if (show) {
            predicted.forEach((id, evs) -> {
                out.println("## " + id);
                evs.forEach(e -> out.println("  " + EventsCommand.line(e)));
            });
        }
        if (show) {
            out.print(isSeeds ? seedsScore.details(predicted) : ploverScore.details(predicted));
        }
        out.print(isSeeds ? seedsScore.score(predicted) : ploverScore.score(predicted));
        out.println("coder: " + stage.counts());
        return ExitCodes.OK;
    }

    private List<ParsedCorpus.Parsed> parse(List<ParsedCorpus.Text> texts, PrintWriter err) throws IOException {
        return ParsedCorpus.parseCached(parsed, texts, err);
    }
}
