package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.Dyad;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The article paths and metadata options of the commands that run the pipeline ({@code ingest}, {@code extract}). */
final class ArticleInputs {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (text or HTML) or directories.")
    List<Path> paths;

    @Mixin
    MetaOptions meta;

    private int problems;

    /** The article files named, after reporting on {@code err}, one line each, the paths that cannot be read. */
    List<Inputs.Input> expand(PrintWriter err) {
        List<Inputs.Problem> found = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.expand(paths, found);
        found.forEach(p -> err.println("dyad: " + p.id() + ": " + p.message()));
        problems = found.size();
        return inputs;
    }

    /** How many named paths could not be expanded (counted as failed inputs). */
    int problems() {
        return problems;
    }

    /** A batch over the standard pipeline with these options; validates them first. */
    Batch batch(CommandLine cl, PrintWriter err) {
        var hints = meta.hints(cl);
        return new Batch(() -> Dyad.create(meta.maxBytes), hints, meta.threads(), meta.maxBytes, err);
    }
}
