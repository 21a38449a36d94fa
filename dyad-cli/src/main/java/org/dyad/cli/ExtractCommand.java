package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.copies.CopyDetector;
import org.dyad.copies.MemoryCopyIndex;
import org.dyad.output.Extraction;
import org.dyad.output.Record;
import org.dyad.output.SkippedRecord;
import org.dyad.ingest.RawArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad extract}: run the pipeline without storing and print the output contract. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on articles without storing anything, and print what was found as JSON "
                + "Lines: one record per line, each with doc, kind and evidence (offsets in code points of the "
                + "original file). The format is documented in docs/extract-format.md. With several inputs, an article that copies an "
                + "earlier one of the run gets copy records after its other records."})
final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Output format; jsonl is the only one (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ArticleInputs articles;

    @Override
    public Integer call() {
        if (!format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format + " is not supported; use jsonl");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Batch batch = articles.batch(spec.commandLine(), err);
        // Each article is checked for copies among the earlier ones of this run (the first one has none).
        Map<String, String> texts = new HashMap<>();
        CopyDetector copies = new CopyDetector(new MemoryCopyIndex(), k -> Optional.ofNullable(texts.get(k)));
        Batch.Summary s = batch.run(articles.open(), "extract", new Batch.Sink() {
            @Override
            public void accept(RawArticle a, Extraction found) {
                CopyDetector.Check c = copies.check(a.id(), found);
                copies.add(a.id(), c);
                texts.put(a.id(), found.article().text());
                for (Record r : c.extraction().records()) {
                    out.println(Json.line(r));
                }
                out.flush();
            }

            @Override
            public void skipped(RawArticle a, SkippedRecord r) {
                out.println(Json.line(r));
                out.flush();
            }
        });
        return s.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
