package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import org.dyad.ingest.HttpFetcher;
import org.dyad.ingest.SourceItem;
import org.dyad.nlp.Dyad;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The inputs and metadata options of the commands that run the pipeline ({@code ingest}, {@code extract}). */
final class ArticleInputs {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = {
            "Article files (text or HTML), directories (recursively), RSS/Atom feeds (.rss .atom .xml, or an http(s) "
                    + "URL), WARC archives (.warc .warc.gz: their HTML responses) and JSON Lines files (.jsonl .ndjson: "
                    + "one {url, title, published, text or html} object a line)."})
    List<String> inputs;

    @Mixin
    MetaOptions meta;

    /** The articles of every input, in order; problems come as items and are reported by the batch. */
    Iterator<SourceItem> open() {
        return Inputs.open(inputs, meta.maxBytes, HttpFetcher.standard(meta.maxBytes));
    }

    /** A batch over the standard pipeline with these options; validates them first. */
    Batch batch(CommandLine cl, PrintWriter err) {
        var hints = meta.hints(cl);
        return new Batch(() -> Dyad.create(meta.maxBytes), hints, meta.threads(), err)
                .timeout(java.time.Duration.ofSeconds(meta.articleTimeout));
    }
}
