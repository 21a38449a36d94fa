package org.dyad.ladders;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Sentence;
import org.dyad.output.Extractor;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;
import org.dyad.text.CleanText;
import org.dyad.text.Evidence;

/**
 * The {@code relations} stage: what sentences call a pair's ties when they name no ladder rung ("close ties", "its
 * main supplier", "shoring up ties"), as {@link RelationRecord}s in the {@link #RELATIONS} layer. A sentence that
 * gives a partnership statement for a pair gives no relation record for it: the rung says more.
 *
 * <p>Requires sentences with dependency parses, entities, the cleaned text, the metadata and the partnership
 * statements. Stateless and thread-safe.
 */
public final class RelationStage implements Stage {
    public static final String NAME = "relations";
    /** The relation records of one document, in text order, numbered {@code r1}, {@code r2}, ... */
    public static final Layer<List<RelationRecord>> RELATIONS = Layer.of("relations", List.class);

    private final RelationFinder finder = RelationFinder.standard();
    private final Set<String> blocs = new LinkedHashSet<>();

    public RelationStage() {
        Ladders.standard().ladders().forEach(l -> blocs.add(l.owner()));
        blocs.add("ASN");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.ENTITIES, Layers.TIMES, Layers.CLEAN, Layers.META,
                PartnershipStage.STATEMENTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(RELATIONS);
    }

    @Override
    public void process(Doc doc) {
        CleanText clean = doc.get(Layers.CLEAN);
        ArticleMeta meta = doc.get(Layers.META);
        String asOf = meta.published().map(Object::toString).orElse(null);
        Extractor.Offsets offsets = new Extractor.Offsets(clean);
        List<PartnershipRecord> statements = doc.get(PartnershipStage.STATEMENTS);
        List<RelationRecord> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            SentenceView v = new SentenceView(s, clean.text(), doc.get(Layers.ENTITIES), List.of(), blocs);
            Evidence sentence = offsets.cleanTrimmed(s.begin(), s.end());
            for (RelationFinder.Draft d : finder.find(v)) {
                if (rungNamed(statements, sentence, d) || !seen.add(s.begin() + " " + pair(d.a(), d.b()) + " "
                        + d.row().cls())) {
                    continue;
                }
                String asStated = clean.text().substring(v.tokens.get(d.first()).begin(), v.tokens.get(d.last()).end());
                out.add(new RelationRecord(doc.id(), "r" + (out.size() + 1), d.a(), d.b(), d.row().cls(),
                        d.row().tone(), d.negated(), asStated, asOf, d.note(), d.row().rule(), List.of(sentence)));
            }
        }
        doc.put(RELATIONS, List.copyOf(out));
    }

    private static boolean rungNamed(List<PartnershipRecord> statements, Evidence sentence, RelationFinder.Draft d) {
        for (PartnershipRecord p : statements) {
            Evidence e = p.evidence().get(0);
            boolean inSentence = e.start() >= sentence.start() && e.end() <= sentence.end();
            if (inSentence && p.partner() != null && pair(p.owner(), p.partner()).equals(pair(d.a(), d.b()))) {
                return true;
            }
        }
        return false;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }
}
