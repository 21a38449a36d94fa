package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.output.RecordJson;
import org.dyad.store.SearchHit;
import org.dyad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad search}: full-text search over stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over stored articles (title and cleaned text), best first, with snippets. "
                + "Words are all required; \"quoted phrases\", OR, NOT and prefix* work."})
final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "WORD", description = "The query.")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        if (limit <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be positive");
        }
        if (!format.equals("text") && !format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or jsonl");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store st = store.open()) {
            List<SearchHit> hits = st.search(String.join(" ", words), limit);
            for (SearchHit h : hits) {
                if (format.equals("jsonl")) {
                    out.println(RecordJson.write(h));
                } else {
                    out.printf("#%d  %s  %s%n    %s%n", h.articleId(), h.published() == null ? "----------" : h.published(),
                            h.title() == null ? h.key() : h.title(), h.snippet().replace('\n', ' '));
                }
            }
            if (hits.isEmpty() && format.equals("text")) {
                out.println("no articles match");
            }
        }
        return ExitCodes.OK;
    }
}
