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
import org.dyad.ladders.RelationStage;
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
                + "statements that name no rung (\"close ties\", \"main supplier\") are keys with rung '-', "
                + "answered by dyad's relation records; they are also scored on their own line."})
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
        RelationStage relations = new RelationStage();
        PartnershipScore score = new PartnershipScore();
        PartnershipScore.Result result = new PartnershipScore.Result();
        for (ParsedCorpus.Parsed p : docs) {
            Doc d = p.doc();
            stage.process(d);
            relations.process(d);
            List<PartnershipRecord> records = d.get(PartnershipStage.STATEMENTS);
            JsonNode article = byFile.get(p.id());
            Set<PartnershipScore.Key> g = score.gold(article);
            PartnershipScore.compare(article.path("doc_id").asText(p.id()), g,
                    PartnershipScore.predicted(records, d.get(RelationStage.RELATIONS)), result);
        }
        if (verbose) {
            result.lines.forEach(out::println);
            out.println();
        }
        out.printf("partnership statements, %d articles: %d gold keys, %d predicted%n", docs.size(),
                result.tp + result.fn, result.tp + result.fp);
        out.printf("precision %.3f  recall %.3f  F1 %.3f%n", result.precision(), result.recall(), result.f1());
        int rungTp = result.tp - result.noRungTp;
        out.printf("  keys naming a rung:     %d gold, %d predicted, F1 %.3f%n", rungTp + result.fn - result.noRungFn,
                rungTp + result.fp - result.noRungFp, PartnershipScore.Result.f1(rungTp,
                        result.fp - result.noRungFp, result.fn - result.noRungFn));
        out.printf("  keys naming no rung:    %d gold, %d predicted, F1 %.3f%n", result.noRungTp + result.noRungFn,
                result.noRungTp + result.noRungFp, PartnershipScore.Result.f1(result.noRungTp, result.noRungFp,
                        result.noRungFn));
        return ExitCodes.OK;
    }
}
