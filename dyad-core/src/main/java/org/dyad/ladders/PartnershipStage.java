package org.dyad.ladders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.output.Extractor;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;
import org.dyad.text.CleanText;

/**
 * The {@code partnerships} stage: statements about a pair's place on a partnership ladder, as
 * {@link PartnershipRecord}s in the {@link #STATEMENTS} layer, already in output form (evidence in code points of the
 * original input). Statements are established or upgraded (with the date), in force, sought, proposed, declined,
 * delayed or expected, plus tier descriptions ("its top tier consists of ...") and counts ("17 strategic
 * partners").
 *
 * <p>Requires sentences (with dependency parses), entities, times, the cleaned text and the metadata (the
 * publication date anchors "this year" and anniversaries). Stateless and thread-safe.
 */
public final class PartnershipStage implements Stage {
    public static final String NAME = "partnerships";
    /** The statements of one document, in text order, numbered {@code p1}, {@code p2}, ... */
    public static final Layer<List<PartnershipRecord>> STATEMENTS = Layer.of("partnerships", List.class);

    private final Ladders ladders;
    private final ReferenceHistory history;
    private final Cues cues;

    /** The stage with dyad's ladders, reference history and cue words. */
    public PartnershipStage() {
        this(Ladders.standard(), ReferenceHistory.standard());
    }

    PartnershipStage(Ladders ladders, ReferenceHistory history) {
        this.ladders = ladders;
        this.history = history;
        this.cues = Cues.load("dyad/ladders/cues.tsv");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.ENTITIES, Layers.TIMES, Layers.CLEAN, Layers.META);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(STATEMENTS);
    }

    @Override
    public void process(Doc doc) {
        CleanText clean = doc.get(Layers.CLEAN);
        ArticleMeta meta = doc.get(Layers.META);
        LocalDate published = meta.published().orElse(null);
        StatementFinder finder = new StatementFinder(ladders, history, cues, clean.text(), published,
                doc.get(Layers.ENTITIES), doc.get(Layers.TIMES));
        Extractor.Offsets offsets = new Extractor.Offsets(clean);
        List<PartnershipRecord> out = new ArrayList<>();
        for (StatementFinder.Draft d : finder.find(doc.get(Layers.SENTENCES))) {
            Rung r = d.rung();
            PartnershipRecord.StatementDate date = d.dateValue() == null && d.dateText() == null ? null
                    : new PartnershipRecord.StatementDate(d.dateText(), d.dateValue());
            PartnershipRecord rec = new PartnershipRecord(doc.id(), "p" + (out.size() + 1), d.owner(), d.partner(),
                    r.ladder(), r.id(), r.name(), r.rank(), d.asStated(), d.type(), date,
                    published == null ? null : published.toString(), d.count(), d.members(),
                    d.note(), d.rule(), List.of(offsets.cleanTrimmed(d.begin(), d.end())));
            if (out.stream().noneMatch(o -> same(o, rec))) {
                out.add(rec);
            }
        }
        doc.put(STATEMENTS, List.copyOf(out));
    }

    /** The same statement twice from one sentence (a tier word and a rung name for one rung). */
    private static boolean same(PartnershipRecord a, PartnershipRecord b) {
        return a.evidence().equals(b.evidence()) && a.owner().equals(b.owner())
                && java.util.Objects.equals(a.partner(), b.partner()) && a.rung().equals(b.rung())
                && a.type().equals(b.type());
    }
}
