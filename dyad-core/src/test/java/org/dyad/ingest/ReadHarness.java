package org.dyad.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.clean.CleanStage;
import org.dyad.model.Source;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.MetadataStage;
import org.dyad.read.ReadStage;

/**
 * Runs one input file the way {@code dyad ingest} does up to the language models: the reader its name picks
 * ({@link Sources#open}, offline), then for each article its content, the read, clean and meta stages. Every item
 * must end as processed or as a one-line error; anything else (an exception escaping, a multi-line message, an error
 * that names nothing) fails with the input's name.
 */
final class ReadHarness {
    /** What became of one item: {@code ok} with the cleaned text, or the one-line error. */
    record Outcome(String origin, String error, String text, Map<String, String> meta) {
    }

    private ReadHarness() {
    }

    static Pipeline pipeline(long maxBytes) {
        return Pipeline.of(Set.of(Layers.SOURCE), List.of(new ReadStage(maxBytes), new CleanStage(), new MetadataStage()));
    }

    static List<Outcome> run(Path file, long maxBytes) {
        Pipeline p = pipeline(maxBytes);
        List<Outcome> out = new ArrayList<>();
        try (ArticleSource src = Sources.open(file.toString(), maxBytes, null)) {
            while (src.hasNext()) {
                SourceItem item = src.next();
                if (!item.ok()) {
                    out.add(oneLine(file, new Outcome(item.origin(), item.problem(), null, null)));
                    continue;
                }
                RawArticle a = item.article();
                String error = null;
                String text = null;
                try {
                    byte[] bytes = a.load();
                    Doc doc = new Doc(a.id());
                    Source s = a.source(bytes, Map.of());
                    doc.put(Layers.SOURCE, s);
                    p.process(doc);
                    text = doc.get(Layers.CLEAN).text();
                } catch (BadInputException e) {
                    error = e.getMessage();
                } catch (IOException e) {
                    error = "cannot read: " + e.getMessage();
                }
                out.add(oneLine(file, new Outcome(item.origin(), error, text, a.meta())));
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(file.getFileName() + ": " + e, e);
        }
        return out;
    }

    private static Outcome oneLine(Path file, Outcome o) {
        if (o.origin() == null || o.origin().isBlank()) {
            throw new AssertionError(file.getFileName() + ": an item names no input");
        }
        if (o.error() != null && (o.error().isBlank() || o.error().contains("\n") || o.error().contains("\r"))) {
            throw new AssertionError(file.getFileName() + ": " + o.origin() + ": not a one-line error: [" + o.error() + "]");
        }
        return o;
    }
}
