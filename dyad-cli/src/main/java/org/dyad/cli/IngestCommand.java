package org.dyad.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
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
        Map<Store.Outcome, Integer> outcomes = new EnumMap<>(Store.Outcome.class);
        Batch.Summary s;
        try (Store st = store.open()) {
            s = batch.skipStored(key -> done(st, key)).run(articles.open(), "ingest",
                    (a, x) -> outcomes.merge(CopyDetector.ingest(st, a.key(), x), 1, Integer::sum));
            st.refreshTimelines(); // busy pairs' timelines, once per run (Store#refreshTimelines)
        }
        // Articles skipped as already stored are unchanged too: the first count keeps its meaning.
        out.printf("articles: %d new, %d unchanged, %d replaced, %d failed (%d tokens in %.1f s) -> %s%n",
                outcomes.getOrDefault(Store.Outcome.NEW, 0),
                outcomes.getOrDefault(Store.Outcome.UNCHANGED, 0) + s.stored(),
                outcomes.getOrDefault(Store.Outcome.REPLACED, 0), s.failed(), s.tokens(), s.millis() / 1000.0,
                store.location());
        out.printf("skipped before NLP: %d already stored, %d not in a supported language%s%n", s.stored(),
                s.skippedForLanguage(), s.languages().isEmpty() ? "" : " " + languages(s.languages()));
        return s.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /**
     * The stored hash of an article that was ingested completely: stored and indexed for copies. The two are
     * separate transactions, so a run killed between them left an article that must go through again (its facts
     * are then unchanged, and its copy signature is added).
     */
    static Optional<String> done(Store st, String key) {
        Optional<String> sha = st.storedSha256(key);
        return sha.isPresent() && st.copies().get(key).isPresent() ? sha : Optional.empty();
    }

    /** {@code (fr 2, de 1: not supported yet)}. */
    static String languages(Map<String, Integer> byLanguage) {
        StringBuilder sb = new StringBuilder("(");
        byLanguage.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ", ").append(k).append(' ').append(v));
        return sb.append(": not supported yet)").toString();
    }
}
