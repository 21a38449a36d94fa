package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.events.EventRecord;
import org.dyad.events.EventStage;
import org.dyad.ingest.SourceItem;
import org.dyad.nlp.Dyad;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;

/**
 * Benchmark of the event coder alone: parses the given articles once with the standard pipeline (or reads them from
 * a file saved by an earlier run), then runs {@link EventStage} over the parsed documents again and again on one
 * thread and reports sentences per second. Used by {@code bench/events.sh}.
 *
 * <pre>java -cp ... org.dyad.cli.EventsBench [--parsed FILE] [--seconds N] PATH...</pre>
 */
public final class EventsBench {
    private EventsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path parsed = null;
        double seconds = 10;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parsed" -> parsed = Path.of(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                default -> paths.add(Path.of(args[i]));
            }
        }
        PrintWriter err = new PrintWriter(System.err, true);
        List<ParsedCorpus.Parsed> docs;
        if (parsed != null && Files.isRegularFile(parsed)) {
            docs = ParsedCorpus.load(parsed);
        } else {
            List<ParsedCorpus.Text> texts = new ArrayList<>();
            for (var it = Inputs.open(paths.stream().map(Path::toString).toList(), Long.MAX_VALUE, null); it.hasNext(); ) {
                SourceItem in = it.next();
                try {
                    if (!in.ok()) {
                        throw new BadInputException(in.problem());
                    }
                    texts.add(new ParsedCorpus.Text(in.article().id(), in.article().load(), Map.of()));
                } catch (BadInputException e) {
                    err.println("bench: " + in.origin() + ": " + e.getMessage());
                }
            }
            docs = ParsedCorpus.parse(Dyad.standard(), texts, err);
            if (parsed != null) {
                ParsedCorpus.save(docs, parsed);
            }
        }
        List<Doc> ready = new ArrayList<>();
        long sentences = 0;
        long tokens = 0;
        for (ParsedCorpus.Parsed p : docs) {
            ready.add(p.doc());
            sentences += p.sentences().size();
            tokens += p.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        }
        EventStage stage = new EventStage();
        int events = 0;
        for (Doc d : ready) {
            stage.process(d);
            events += d.get(EventStage.EVENTS).size();
        }
        run(stage, ready, (long) (seconds * 0.3e9));
        long t0 = System.nanoTime();
        long passes = run(stage, ready, (long) (seconds * 1e9));
        double secs = (System.nanoTime() - t0) / 1e9;
        double perSec = passes * sentences / secs;
        System.out.printf(Locale.ROOT, "corpus:        %d documents, %d sentences, %d tokens (%.1f tokens/sentence), "
                + "%d events per pass%n", docs.size(), sentences, tokens, (double) tokens / Math.max(1, sentences), events);
        System.out.printf(Locale.ROOT, "timed:         %d passes in %.2f s on one thread (after %.1f s warm-up)%n",
                passes, secs, seconds * 0.3);
        System.out.printf(Locale.ROOT, "sentences/s:   %.0f%n", perSec);
        System.out.printf(Locale.ROOT, "tokens/s:      %.0f%n", passes * tokens / secs);
        System.out.printf(Locale.ROOT, "documents/s:   %.0f%n", passes * docs.size() / secs);
        System.out.printf(Locale.ROOT, "per sentence:  %.1f µs%n", 1e6 / perSec);
        List<EventRecord> sample = ready.isEmpty() ? List.of() : ready.get(0).get(EventStage.EVENTS);
        System.out.printf("check:         first document gives %d events%n", sample.size());
    }

    private static long run(EventStage stage, List<Doc> docs, long nanos) {
        long end = System.nanoTime() + nanos;
        long passes = 0;
        do {
            for (Doc d : docs) {
                stage.process(d);
            }
            passes++;
        } while (System.nanoTime() < end);
        return passes;
    }
}
