package org.dyad.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.copies.CopyDetector;
import org.dyad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dyad ingest}: run the pipeline and store the results. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on articles and store what was found. Each article is stored atomically: "
                + "all its facts or none. Ingesting the same content again adds nothing; changed content replaces "
                + "the article's facts. Each article is checked against the stored ones for copies (exact, near, spun, "
                + "translated, same story), which are linked into a story (see dyad story)."})
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ArticleInputs articles;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Batch batch = articles.batch(spec.commandLine(), err);
        List<Inputs.Input> inputs = articles.expand(err);
        Map<Store.Outcome, Integer> outcomes = new EnumMap<>(Store.Outcome.class);
        Batch.Summary s;
        try (Store st = store.open()) {
            s = batch.run(inputs, "ingest", (in, x) -> outcomes.merge(CopyDetector.ingest(st, key(in), x), 1,
                    Integer::sum));
        }
        int failed = s.failed() + articles.problems();
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
