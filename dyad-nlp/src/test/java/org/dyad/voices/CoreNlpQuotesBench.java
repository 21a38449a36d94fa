package org.dyad.voices;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dyad.Layers;
import org.dyad.model.Source;
import org.dyad.nlp.CoreNlp;
import org.dyad.nlp.Dyad;
import org.dyad.output.Extractor;
import org.dyad.pipeline.Doc;
import org.dyad.text.CleanText;

/**
 * Measures CoreNLP's quote annotator with its speaker attribution (which pulls coreference) against dyad's own quote
 * stage on the seeds development gold: the same scoring ({@link QuoteScore}) and the time each takes on the cleaned
 * text. Not a test; run by hand:
 * {@code java -cp ... org.dyad.voices.CoreNlpQuotesBench GOLD SEEDS_DIR}.
 */
public final class CoreNlpQuotesBench {
    private CoreNlpQuotesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[0]);
        Path seeds = Path.of(args[1]);
        QuoteScore score = new QuoteScore(new ObjectMapper().readTree(gold.toFile()));
        Dyad dyad = Dyad.create(org.dyad.read.ReadStage.DEFAULT_MAX_BYTES, List.of(), List.of());
        Properties p = CoreNlp.defaultProperties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("ner.buildEntityMentions", "true");
        StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
        QuoteStage own = new QuoteStage();
        Map<String, List<QuoteRecord>> theirs = new LinkedHashMap<>();
        Map<String, List<QuoteRecord>> ours = new LinkedHashMap<>();
        long theirNanos = 0;
        long ourNanos = 0;
        int tokens = 0;
        for (String file : score.files().values()) {
            Doc d = dyad.processDoc(new Source(file, Files.readAllBytes(seeds.resolve(file)), Map.of()));
            CleanText clean = d.get(Layers.CLEAN);
            long t0 = System.nanoTime();
            own.process(d);
            ourNanos += System.nanoTime() - t0;
            ours.put(file, d.get(QuoteStage.QUOTES));
            long t1 = System.nanoTime();
            CoreDocument cd = new CoreDocument(clean.text());
            corenlp.annotate(cd);
            theirNanos += System.nanoTime() - t1;
            tokens += cd.tokens().size();
            Extractor.Offsets offsets = new Extractor.Offsets(clean);
            List<QuoteRecord> qs = new ArrayList<>();
            for (CoreQuote q : cd.quotes()) {
                int b = q.quoteCharOffsets().first() + 1;
                int e = Math.max(b, q.quoteCharOffsets().second() - 1);
                String speaker = q.canonicalSpeaker().orElse(q.speaker().orElse(null));
                qs.add(new QuoteRecord(file, "q" + (qs.size() + 1), QuoteRecord.DIRECT, clean.text().substring(b, e),
                        q.text(), speaker == null ? null
                        : new QuoteRecord.Speaker("corenlp", speaker, null, null, null, "corenlp"), null, null, null,
                        "corenlp:quote", List.of(offsets.clean(b, e))));
            }
            theirs.put(file, qs);
        }
        System.out.println("== CoreNLP quote + quote.attribution (coref statistical), "
                + String.format("%.1f s for %d tokens, %.0f tokens/s", theirNanos / 1e9, tokens,
                tokens / (theirNanos / 1e9)) + " (the whole annotator pipeline, parse included)");
        System.out.print(score.score(theirs));
        System.out.println("== dyad QuoteStage, " + String.format("%.3f s on the parsed articles", ourNanos / 1e9)
                + " (after dyad's own parse, which the standard pipeline runs anyway)");
        System.out.print(score.score(ours));
    }
}
