package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.FactQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredFact;
import org.dyad.voices.QuoteRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad quotes}: who said what, from the stored articles. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"List the stored quotes, oldest first: date, speaker (with the title the article gives), "
                + "type (direct, mixed, indirect) and the words."})
final class QuotesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes whose speaker's name contains NAME.")
    String speaker;

    @Option(names = "--about", paramLabel = "TEXT", description = "Only quotes whose sentence contains TEXT.")
    String about;

    @Option(names = "--pair", arity = "2", paramLabel = "CODE",
            description = "Only quotes by a speaker of one country about the other (e.g. --pair USA VNM).")
    List<String> pair;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FactQuery q = FactQuery.of("quote");
        if (pair != null && pair.size() == 2) {
            q = q.pair(pair.get(0).toUpperCase(Locale.ROOT), pair.get(1).toUpperCase(Locale.ROOT));
        }
        int n = 0;
        try (Store st = store.open()) {
            for (StoredFact f : st.facts(q)) {
                QuoteRecord r = (QuoteRecord) f.fact();
                if (speaker != null && !contains(r.speaker().name(), speaker)
                        || about != null && !contains(r.context(), about)) {
                    continue;
                }
                out.println(line(r));
                n++;
            }
        }
        out.printf("%d quote%s%n", n, n == 1 ? "" : "s");
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    /** One quote: date, speaker (title), type, words. */
    static String line(QuoteRecord r) {
        QuoteRecord.Speaker s = r.speaker();
        return String.format("%-10s %s%s [%s] %s  [%s %s]", r.published() == null ? "(undated)" : r.published(),
                s.name(), s.title() == null ? "" : " (" + s.title() + ")", r.type(),
                r.type().equals(QuoteRecord.INDIRECT) ? r.quote() : "\u201c" + r.quote() + "\u201d", r.doc(), r.id());
    }
}
