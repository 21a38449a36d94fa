package org.dyad.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Entity;
import org.dyad.model.Input;
import org.dyad.model.Mention;
import org.dyad.model.MetaValue;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.text.CleanText;
import org.dyad.text.CodePoints;
import org.dyad.text.Evidence;
import org.dyad.text.Span;

/**
 * Turns a processed document into the records of the output contract, converting every offset from the cleaned
 * text back to code points of the original input. Stateless and thread-safe.
 */
public final class Extractor {
    private final String pipelineVersion;
    private final List<Layer<?>> factLayers;

    public Extractor(String pipelineVersion) {
        this(pipelineVersion, List.of());
    }

    /**
     * @param factLayers layers holding {@code List}s of {@link Fact}s (events, partnership statements...), already
     *                   in output form; their records follow the entities, layer by layer
     */
    public Extractor(String pipelineVersion, List<Layer<?>> factLayers) {
        this.pipelineVersion = pipelineVersion;
        this.factLayers = List.copyOf(factLayers);
    }

    public Extraction extract(Doc doc) {
        Input in = doc.get(Layers.INPUT);
        CleanText clean = doc.get(Layers.CLEAN);
        ArticleMeta meta = doc.get(Layers.META);
        Offsets off = new Offsets(clean);
        Map<String, ArticleRecord.Field> fields = new LinkedHashMap<>();
        for (Map.Entry<String, MetaValue> e : meta.all().entrySet()) {
            MetaValue v = e.getValue();
            fields.put(e.getKey(), new ArticleRecord.Field(v.value(), v.source(),
                    v.span() == null ? null : off.original(v.span().start(), v.span().end())));
        }
        List<ArticleRecord.Boilerplate> boiler = new ArrayList<>();
        for (CleanText.Removed r : clean.removed()) {
            Evidence ev = off.original(r.start(), r.end());
            boiler.add(new ArticleRecord.Boilerplate(ev.start(), ev.end(), r.rule(), ev.text()));
        }
        ArticleRecord.Field title = fields.get("title");
        List<Evidence> articleEvidence = title != null && title.evidence() != null ? List.of(title.evidence()) : List.of();
        ArticleRecord article = new ArticleRecord(doc.id(), in.sha256(), meta.value("title"), meta.value("outlet"),
                meta.value("author"), meta.value("published"), meta.value("url"), meta.value("language"),
                in.format().name().toLowerCase(java.util.Locale.ROOT), in.charset(), pipelineVersion, fields,
                clean.text(), boiler, articleEvidence);
        List<EntityRecord> entities = new ArrayList<>();
        for (Entity e : doc.find(Layers.ENTITIES).orElse(List.of())) {
            entities.add(entity(doc.id(), e, off));
        }
        List<Fact> facts = new ArrayList<>();
        for (Layer<?> layer : factLayers) {
            Object v = doc.find(layer).map(Object.class::cast).orElse(List.of());
            for (Object f : (List<?>) v) {
                facts.add((Fact) f);
            }
        }
        return new Extraction(article, entities, facts, in.text());
    }

    private static EntityRecord entity(String docId, Entity e, Offsets off) {
        List<EntityRecord.MentionOut> mentions = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Mention m : e.mentions()) {
            Evidence ev = off.clean(m.begin(), m.end());
            mentions.add(new EntityRecord.MentionOut(ev.start(), ev.end(), ev.text(),
                    m.role().name().toLowerCase(java.util.Locale.ROOT), m.rule()));
            evidence.add(ev);
        }
        return new EntityRecord(docId, e.id(), e.name(), e.type().name(), e.code(), e.sector(), e.title(), e.role(),
                e.isActor(), e.rule(), mentions, evidence);
    }

    /** Converts cleaned-text or original char spans into evidence in code points of the original. */
    public static final class Offsets {
        private final CleanText clean;
        private final CodePoints cp;

        public Offsets(CleanText clean) {
            this.clean = clean;
            this.cp = new CodePoints(clean.original());
        }

        /** Evidence for a span of the cleaned text. */
        public Evidence clean(int start, int end) {
            Span s = clean.toOriginal(start, end);
            return original(s.start(), s.end());
        }

        /** Evidence for a span of the cleaned text without its trailing white space (a sentence, say). */
        public Evidence cleanTrimmed(int start, int end) {
            String text = clean.text();
            int e = end;
            while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            return clean(start, e);
        }

        /** Evidence for a span of the original (char indices). */
        public Evidence original(int start, int end) {
            return Evidence.ofOriginal(clean.original(), cp, start, end);
        }
    }
}
