package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dyad.output.ArticleRecord;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.output.FactIndex;
import org.dyad.output.Record;
import org.dyad.output.RecordJson;
import org.dyad.store.Store;
import org.dyad.store.StoredArticle;
import org.dyad.text.Evidence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad show}: one stored article and everything extracted from it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a stored article: its metadata and where each value came from, its cleaned text, the "
                + "boilerplate removed, and everything extracted from it, each with its evidence."})
final class ShowCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE", description = "The article's number (from search), key or the path it was ingested from.")
    String article;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--no-text", description = "Leave out the cleaned text.")
    boolean noText;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("jsonl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or jsonl");
        }
        try (Store st = store.open()) {
            var found = st.article(article);
            if (found.isEmpty()) {
                err.println("dyad: no stored article \"" + article + "\" in " + store.location()
                        + " (try: dyad search WORD)");
                return ExitCodes.SOME_FAILED;
            }
            if (format.equals("jsonl")) {
                for (Record r : found.get().extraction().records()) {
                    out.println(RecordJson.write(r));
                }
            } else {
                print(out, found.get());
                printStory(out, st, found.get().key());
            }
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, StoredArticle s) {
        Extraction x = s.extraction();
        ArticleRecord a = x.article();
        out.printf("#%d  %s%n", s.id(), a.title() == null ? "(no title)" : a.title());
        out.printf("doc:       %s%nkey:       %s%ningested:  %s%npipeline:  %s%n", a.doc(), s.key(), s.ingestedAt(), a.pipeline());
        a.fields().forEach((k, f) -> out.printf("%-10s %s  [%s%s]%n", k + ":", f.value(), f.source(),
                f.evidence() == null ? "" : " @" + f.evidence().start() + "-" + f.evidence().end()));
        if (!noText) {
            out.println();
            out.println(a.text());
        }
        out.printf("%nboilerplate removed (%d):%n", a.boilerplate().size());
        for (ArticleRecord.Boilerplate b : a.boilerplate()) {
            out.printf("  %6d-%-6d %-28s %s%n", b.start(), b.end(), b.rule(), abbreviate(b.text()));
        }
        out.printf("%nentities (%d):%n", x.entities().size());
        for (EntityRecord e : x.entities()) {
            out.printf("  %-4s %-12s %-28s %-6s %-4s %s%s%n", e.id(), e.type(), e.name(), e.code() == null ? "-" : e.code(),
                    e.sector() == null ? "-" : e.sector(), e.actor() ? "" : "(place only) ",
                    e.title() == null ? "" : "\"" + e.title() + "\"");
            StringBuilder sb = new StringBuilder();
            for (Evidence ev : e.evidence()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(ev.text()).append(" @").append(ev.start());
            }
            out.println("       " + abbreviate(sb.toString()));
        }
        printFacts(out, x);
    }

    /** Later kinds (events, partnership statements, ...), grouped by kind, each with its index, rule and evidence. */
    private static void printFacts(PrintWriter out, Extraction x) {
        java.util.Map<String, java.util.List<Fact>> byKind = new java.util.LinkedHashMap<>();
        for (Fact f : x.facts()) {
            byKind.computeIfAbsent(f.kind(), k -> new java.util.ArrayList<>()).add(f);
        }
        for (var e : byKind.entrySet()) {
            out.printf("%n%ss (%d):%n", e.getKey(), e.getValue().size());
            for (Fact f : e.getValue()) {
                FactIndex ix = f.index();
                out.printf("  %-4s %s -> %s  %s  %s  %s  [%s]%n", f.id(), dash(ix.a()), dash(ix.b()), dash(ix.category()),
                        dash(ix.status()), ix.from() == null ? "undated" : ix.from()
                                + (ix.to() != null && !ix.to().equals(ix.from()) ? "/" + ix.to() : ""), f.rule());
                for (Evidence ev : f.evidence()) {
                    out.println("       @" + ev.start() + " " + abbreviate(ev.text()));
                }
            }
        }
    }

    /** The story the article belongs to, when it has copies. */
    private static void printStory(PrintWriter out, Store st, String key) {
        st.copies().get(key).flatMap(e -> st.story(e.story())).filter(s -> s.members().size() > 1).ifPresent(s ->
                out.printf("%nstory %s: %d articles, original %s (dyad story %s)%n", s.id(), s.members().size(),
                        s.original().equals(key) ? "this article" : s.original(), s.id()));
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 100 ? one : one.substring(0, 97) + "...";
    }
}
