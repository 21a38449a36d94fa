package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.output.Record;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad extract}: run the pipeline without storing and print the output contract. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on articles without storing anything, and print what was found as JSON "
                + "Lines: one record per line, each with doc, kind and evidence (offsets in code points of the "
                + "original file). The format is documented in docs/extract-format.md."})
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
        List<Inputs.Input> inputs = articles.expand(err);
        Batch.Summary s = batch.run(inputs, "extract", (in, x) -> {
            for (Record r : x.records()) {
                out.println(Json.line(r));
            }
            out.flush();
        });
        return s.failed() + articles.problems() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
