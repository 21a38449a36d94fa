package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.nlp.Dyad;
import org.dyad.output.Record;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad extract}: run the pipeline without storing and print the output contract. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on articles without storing anything, and print what was found as JSON "
                + "Lines: one record per line, each with doc, kind and evidence (offsets in code points of the "
                + "original file). The format is documented in docs/extract-format.md."})
final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (text or HTML) or directories.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Output format; jsonl is the only one (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    MetaOptions meta;

    @Override
    public Integer call() {
        if (!format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format + " is not supported; use jsonl");
        }
        var hints = meta.hints(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Inputs.Problem> problems = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.expand(paths, problems);
        problems.forEach(p -> err.println("dyad: " + p.id() + ": " + p.message()));
        Dyad dyad = inputs.isEmpty() ? null : Dyad.create(meta.maxBytes);
        Batch.Summary s = inputs.isEmpty() ? new Batch.Summary(0, 0, 0, 0)
                : new Batch(dyad, hints, meta.threads(), meta.maxBytes, err).run(inputs, "extract", (in, x) -> {
                    for (Record r : x.records()) {
                        out.println(Json.line(r));
                    }
                    out.flush();
                });
        return s.failed() + problems.size() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
