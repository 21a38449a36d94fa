package org.dyad.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.dyad.Layers;
import org.dyad.copies.CopyDetector;
import org.dyad.copies.MemoryCopyIndex;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.RawArticle;
import org.dyad.ingest.SourceItem;
import org.dyad.ingest.Sources;
import org.dyad.lang.LanguageGate;
import org.dyad.output.Extraction;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;

/**
 * One partition's work: opens each input file as an article source (an article file, a WARC archive, a JSON Lines
 * file, a feed), runs the pipeline on each article and turns its extraction into table rows. Lazy: one input file's
 * rows are held at a time. Articles of the partition are checked for copies among the partition's earlier ones, as
 * {@code dyad extract} does over its inputs ({@code dyad import} checks them against the whole store).
 */
final class PartitionRun implements Iterator<Output> {
    private final Iterator<String> files;
    private final JobOptions options;
    private final ArrayDeque<Output> ready = new ArrayDeque<>();
    private final Map<String, String> texts = new HashMap<>();
    private final CopyDetector copies = new CopyDetector(new MemoryCopyIndex(),
            k -> Optional.ofNullable(texts.get(k)));

    PartitionRun(Iterator<String> files, JobOptions options) {
        this.files = files;
        this.options = options;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && files.hasNext()) {
            String file = files.next();
            try (ArticleSource source = Sources.open(file, options.maxBytes(), null)) {
                while (source.hasNext()) {
                    item(source.next());
                }
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public Output next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void item(SourceItem item) {
        if (!item.ok()) {
            ready.add(Output.problem(item.origin() + ": " + item.problem()));
            return;
        }
        RawArticle a = item.article();
        try {
            Pipelines.Loaded p = Pipelines.get();
            Doc doc = new Doc(a.id());
            doc.put(Layers.SOURCE, a.source(a.load(), options.hints()));
            LanguageGate.Outcome o = p.gate().process(doc);
            if (o.skipped() != null) {
                ready.add(Output.skipped(a.origin() + ": " + o.skipped()));
                return;
            }
            CopyDetector.Check c = copies.check(a.key(), p.dyad().extract(doc));
            copies.add(a.key(), c);
            Extraction x = c.extraction();
            texts.put(a.key(), x.article().text());
            List<Table> all = Tables.ALL;
            for (int i = 0; i < all.size(); i++) {
                for (Object[] row : all.get(i).rows(a.key(), x)) {
                    ready.add(Output.row(i, row));
                }
            }
        } catch (BadInputException e) {
            ready.add(Output.problem(a.origin() + ": " + e.getMessage()));
        } catch (IOException e) {
            ready.add(Output.problem(a.origin() + ": cannot read: " + oneLine(e)));
        } catch (RuntimeException e) {
            ready.add(Output.problem(a.origin() + ": internal error: " + oneLine(e)));
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ');
    }
}
