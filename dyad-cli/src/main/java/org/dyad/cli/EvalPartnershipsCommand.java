package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.ladders.PartnershipRecord;
import org.dyad.ladders.PartnershipStage;
import org.dyad.model.Source;
import org.dyad.nlp.Dyad;
import org.dyad.pipeline.BadInputException;
import org.dyad.read.ReadStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval partnerships GOLD}: partnership statements scored against a gold file. */
@Command(name = "partnerships", mixinStandardHelpOptions = true,
        description = {"Run the pipeline with the partnership stage on the articles a gold file covers and print "
                + "precision, recall and F1 on (pair, rung, statement class), counted per article as sets. The "
                + "gold's free-text fields are mapped to keys as documented in PartnershipScore: the rung is the "
                + "first one named in 'tier'; classes are holds (established, upgraded, in force, tier), "
                + "prospective (sought, proposed, expected), negative (declined, delayed) and count. Gold "
                + "statements that name no rung are out of scope; the strict line counts them as misses."})
final class EvalPartnershipsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "The gold JSON (e.g. ../shared/gold/seeds-dev.json).")
    Path gold;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Where the gold's articles are. Default: the "
            + "'seeds' folder beside the gold file's folder.")
    Path seeds;

    @Option(names = "--verbose", description = "List every matched, extra and missed key.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        if (!Files.isRegularFile(gold)) {
            throw new CommandLine.ParameterException(cl, "gold file " + gold + " not found");
        }
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        Path dir = seeds != null ? seeds : gold.toAbsolutePath().getParent().resolveSibling("seeds");
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(cl, "seeds folder " + dir + " not found; give it with --seeds DIR");
        }
        Dyad dyad = Dyad.create(ReadStage.DEFAULT_MAX_BYTES, List.of(new PartnershipStage()),
                List.of(PartnershipStage.STATEMENTS));
        PartnershipScore score = new PartnershipScore();
        PartnershipScore.Result result = new PartnershipScore.Result();
        int articles = 0;
        for (JsonNode article : root.path("articles")) {
            if (!article.has("partnership_statements")) {
                continue;
            }
            Path file = dir.resolve(article.path("file").asText());
            if (!Files.isRegularFile(file)) {
                cl.getErr().println("dyad: " + file + " is missing; skipped");
                continue;
            }
            List<PartnershipRecord> records;
            try {
                records = dyad.process(new Source(file.toString(), Files.readAllBytes(file), Map.of()))
                        .facts(PartnershipRecord.class);
            } catch (BadInputException e) {
                cl.getErr().println("dyad: " + file + ": " + e.getMessage());
                continue;
            }
            int[] outOfScope = {0};
            Set<PartnershipScore.Key> g = score.gold(article, outOfScope);
            PartnershipScore.compare(article.path("doc_id").asText(file.getFileName().toString()), g,
                    PartnershipScore.predicted(records), outOfScope[0], result);
            articles++;
        }
        if (verbose) {
            result.lines.forEach(out::println);
            out.println();
        }
        out.printf("partnership statements, %d articles: %d gold keys in scope, %d predicted%n", articles,
                result.tp + result.fn, result.tp + result.fp);
        out.printf("precision %.3f  recall %.3f  F1 %.3f%n", result.precision(), result.recall(), result.f1());
        out.printf("strict (the %d out-of-scope gold statements as misses): recall %.3f  F1 %.3f%n",
                result.outOfScope, result.strictRecall(), result.strictF1());
        return ExitCodes.OK;
    }
}
