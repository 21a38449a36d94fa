package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.ladders.PartnershipRecord;
import org.dyad.ladders.PartnershipStage;
import org.dyad.pipeline.Doc;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Mixin
    SeedsGoldOptions input;

    @Option(names = "--verbose", description = "List every matched, extra and missed key.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        if (!Files.isRegularFile(input.gold)) {
            throw new CommandLine.ParameterException(cl, "gold file " + input.gold + " not found");
        }
        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        for (JsonNode article : new ObjectMapper().readTree(input.gold.toFile()).path("articles")) {
            if (article.has("partnership_statements")) {
                byFile.put(article.path("file").asText(), article);
            }
        }
        List<ParsedCorpus.Parsed> docs = input.parse(byFile.keySet(), cl.getErr());
        if (docs == null) {
            return ExitCodes.SOME_FAILED;
        }
        PartnershipStage stage = new PartnershipStage();
        PartnershipScore score = new PartnershipScore();
        PartnershipScore.Result result = new PartnershipScore.Result();
        for (ParsedCorpus.Parsed p : docs) {
            Doc d = p.doc();
            stage.process(d);
            List<PartnershipRecord> records = d.get(PartnershipStage.STATEMENTS);
            JsonNode article = byFile.get(p.id());
            int[] outOfScope = {0};
            Set<PartnershipScore.Key> g = score.gold(article, outOfScope);
            PartnershipScore.compare(article.path("doc_id").asText(p.id()), g, PartnershipScore.predicted(records),
                    outOfScope[0], result);
        }
        if (verbose) {
            result.lines.forEach(out::println);
            out.println();
        }
        out.printf("partnership statements, %d articles: %d gold keys in scope, %d predicted%n", docs.size(),
                result.tp + result.fn, result.tp + result.fp);
        out.printf("precision %.3f  recall %.3f  F1 %.3f%n", result.precision(), result.recall(), result.f1());
        out.printf("strict (the %d out-of-scope gold statements as misses): recall %.3f  F1 %.3f%n",
                result.outOfScope, result.strictRecall(), result.strictF1());
        return ExitCodes.OK;
    }
}
