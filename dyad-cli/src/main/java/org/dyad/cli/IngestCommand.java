package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.nlp.Dyad;
import org.dyad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest}: run the pipeline and store the results. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on articles and store what was found. Each article is stored atomically: "
                + "all its facts or none. Ingesting the same content again adds nothing; changed content replaces "
                + "the article's facts."})
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (text or HTML) or directories.")
    List<Path> paths;

    @Mixin
    MetaOptions meta;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        var hints = meta.hints(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Inputs.Problem> problems = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.expand(paths, problems);
        problems.forEach(p -> err.println("dyad: " + p.id() + ": " + p.message()));
        Map<Store.Outcome, Integer> outcomes = new EnumMap<>(Store.Outcome.class);
        Batch.Summary s;
        try (Store st = store.open()) {
            s = inputs.isEmpty() ? new Batch.Summary(0, 0, 0, 0)
                    : new Batch(Dyad.create(meta.maxBytes), hints, meta.threads(), meta.maxBytes, err)
                    .run(inputs, "ingest", (in, x) -> outcomes.merge(st.ingest(key(in), x), 1, Integer::sum));
        }
        int failed = s.failed() + problems.size();
        out.printf("articles: %d new, %d unchanged, %d replaced, %d failed (%d tokens in %.1f s) -> %s%n",
                outcomes.getOrDefault(Store.Outcome.NEW, 0), outcomes.getOrDefault(Store.Outcome.UNCHANGED, 0),
                outcomes.getOrDefault(Store.Outcome.REPLACED, 0), failed, s.tokens(), s.millis() / 1000.0,
                store.location());
        return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** An article's identity in the store: the absolute path of its file. */
    static String key(Inputs.Input in) {
        return in.path().toAbsolutePath().normalize().toUri().toString();
    }
}
