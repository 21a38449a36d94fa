package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.copies.CopyDetector;
import org.dyad.nlp.Dyad;
import org.dyad.output.EntityRecord;
import org.dyad.ingest.RawArticle;
import org.dyad.ingest.SourceItem;
import org.dyad.output.Extraction;
import org.dyad.store.Store;
import org.dyad.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad demo}: ingest the bundled example articles into a fresh store and show what was found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled example articles into a fresh store (replacing an earlier demo store) and "
                + "print what was found in each."})
final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Where to write the demo store (default: demo.db beside the default store).")
    Path db;

    @Option(names = "--examples", paramLabel = "DIR",
            description = "The example articles (default: the examples/ folder of the dyad installation).")
    Path examples;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = examples != null ? examples : defaultExamples();
        if (!Files.isDirectory(dir)) {
            err.println("dyad: examples folder " + dir + " not found; pass --examples DIR");
            return ExitCodes.FATAL;
        }
        Path target = db != null ? db : Path.of(Stores.defaultLocation()).resolveSibling("demo.db");
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(Path.of(target + suffix));
        }
        List<SourceItem> inputs = new ArrayList<>();
        Inputs.open(List.of(dir.toString()), Long.MAX_VALUE, null).forEachRemaining(inputs::add);
        out.printf("dyad demo: %d example articles from %s -> %s%n", inputs.size(), dir, target);
        out.println("loading the language models (10-20 s)...");
        out.flush();
        Batch.Summary s;
        try (Store st = Stores.open(target.toString())) {
            s = new Batch(Dyad::standard, Map.of(), Runtime.getRuntime().availableProcessors(), err)
                    .run(inputs.iterator(), "demo", (a, x) -> {
                        CopyDetector.ingest(st, a.key(), x);
                        summarise(out, a, x);
                    });
            out.printf("%nstored %d articles (%d failed), %d tokens in %.1f s: %s%n", s.processed(), s.failed(),
                    s.tokens(), s.millis() / 1000.0, st.stats().counts());
        }
        out.printf("%nnext: ./dyad --help   ./dyad search --db %s Hanoi   ./dyad show --db %s 1%n", target, target);
        return s.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private static void summarise(PrintWriter out, RawArticle in, Extraction x) {
        var a = x.article();
        out.printf("%n%s%n  %s | %s | %s%n", Path.of(in.id()).getFileName(), a.title(),
                a.published() == null ? "no date" : a.published(), a.outlet() == null ? "no outlet" : a.outlet());
        StringBuilder countries = new StringBuilder();
        StringBuilder people = new StringBuilder();
        for (EntityRecord e : x.entities()) {
            if (e.type().equals("COUNTRY") && e.actor()) {
                countries.append(countries.length() == 0 ? "" : ", ").append(e.code());
            } else if (e.type().equals("PERSON")) {
                people.append(people.length() == 0 ? "" : "; ").append(e.name())
                        .append(e.title() == null ? "" : " (" + e.title() + ")");
            }
        }
        out.println("  countries: " + (countries.length() == 0 ? "-" : countries));
        out.println("  people:    " + (people.length() == 0 ? "-" : people));
    }

    /** {@code $DYAD_HOME/examples}, set by the {@code dyad} launcher, else {@code ./examples}. */
    static Path defaultExamples() {
        String home = System.getProperty("dyad.home", System.getenv("DYAD_HOME"));
        return home != null ? Path.of(home, "examples") : Path.of("examples");
    }
}
