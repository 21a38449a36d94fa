package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.model.Entity;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpr;
import org.dyad.output.Extractor;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;
import org.dyad.text.CleanText;
import org.dyad.text.Evidence;

/**
 * The event coder: who did what to whom, with CAMEO and PLOVER codes, status, date, evidence and the pattern that
 * matched. Requires sentences with dependency parses, entities (place mentions are never actors), time
 * expressions, the cleaned text and the metadata; provides {@link #EVENTS}, a {@code List<EventRecord>}.
 *
 * <p>The knowledge is in data files under {@code dyad/events/}: {@code patterns.tsv} (triggers), {@code cameo.tsv}
 * (codes, Goldstein weights), {@code plover.tsv} (CAMEO→PLOVER) and {@code plover-categories.tsv}. A sentence with
 * actors but no matching pattern yields nothing and is counted ({@link #counts()}). Thread-safe.
 */
public final class EventStage implements Stage {
    public static final String NAME = "events";
    /** The article's events, in order of first mention, one record per event (repeated mentions merged). */
    public static final Layer<List<EventRecord>> EVENTS = Layer.of("events", List.class);
    /** The data files whose content shapes this stage's output. */
    public static final List<String> DATA_FILES = List.of("dyad/events/patterns.tsv", "dyad/events/cameo.tsv",
            "dyad/events/plover.tsv", "dyad/events/plover-categories.tsv", GroupNouns.RESOURCE);

    private final Codebook codes;
    private final EventCoder coder;
    private final EventCounts counts = new EventCounts();

    public EventStage() {
        this(Codebook.standard());
    }

    EventStage(Codebook codes) {
        this.codes = codes;
        this.coder = new EventCoder(Patterns.standard(codes), GroupNouns.standard());
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
        return Set.of(EVENTS);
    }

    /** Sentences seen, with actors, coded, and with actors but no pattern, since this stage was made. */
    public EventCounts counts() {
        return counts;
    }

    @Override
    public void process(Doc doc) {
        List<Entity> entities = doc.get(Layers.ENTITIES);
        List<TimeExpr> times = doc.get(Layers.TIMES);
        CleanText clean = doc.get(Layers.CLEAN);
        Extractor.Offsets off = new Extractor.Offsets(clean);
        List<EventRecord> raw = new ArrayList<>();
        List<EventCoder.Found> found = new ArrayList<>();
        EventCoder.Context context = new EventCoder.Context();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            found.clear();
            counts.add(coder.code(s, entities, times, context, found));
            for (EventCoder.Found f : found) {
                raw.add(record(doc.id(), s, f, clean, off));
            }
        }
        doc.put(EVENTS, Merge.merge(raw));
    }

    private EventRecord record(String docId, Sentence s, EventCoder.Found f, CleanText clean, Extractor.Offsets off) {
        Codebook.Cameo c = codes.cameo(f.pattern().cameo());
        EventRecord.Plover plover = plover(c.code(), f.status().value());
        Evidence sentence = off.clean(s.begin(), Math.min(s.end(), clean.length()));
        org.dyad.model.Token t = s.tokens().get(f.trigger());
        Evidence trigger = off.clean(t.begin(), t.end());
        EventRecord.When when = f.date() == null ? null
                : new EventRecord.When(f.date().text(), f.date().value(), "time:" + f.date().rule());
        return new EventRecord(docId, null, actor(f.source(), f.sourceText(), false, f.sourceSector()),
                f.target() == null ? null : actor(f.target(), f.targetText(), f.targetIsPlace(), f.targetSector()),
                f.mutual(),
                c.code(), c.label(), c.goldstein(), plover, plover == null ? null : codes.intensity(plover.category()),
                f.status().value(), f.status().rule(), when, sentence, trigger, f.pattern().id(), List.of(sentence));
    }

    /**
     * The PLOVER reading. PLOVER codes a promise or plan to act as AGREE and a conditional or announced hostile act
     * as THREATEN, and a refusal as REJECT, where CAMEO-style records keep the act itself with a status; dyad keeps
     * the act's CAMEO code and status, and gives the PLOVER category PLOVER would.
     */
    EventRecord.Plover plover(String cameo, String status) {
        Codebook.PloverRow row = codes.plover(cameo);
        if (row == null) {
            return null;
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        boolean intended = status.equals(StatusReader.PLANNED) || status.equals(StatusReader.HYPOTHETICAL);
        if (intended && root >= 4 && root <= 9 && root != 9) {
            return new EventRecord.Plover("AGREE", null, row.context());
        }
        if (intended && root >= 14) {
            return new EventRecord.Plover("THREATEN", null, row.context());
        }
        if (status.equals(StatusReader.NEGATED) && root >= 3 && root <= 8) {
            return new EventRecord.Plover("REJECT", null, row.context());
        }
        return new EventRecord.Plover(row.category(), row.mode(), row.context());
    }

    /** The record's actor; a group noun's sector ("Egyptian police" → COP) fills a country's empty sector. */
    private static EventRecord.Actor actor(Entity e, String text, boolean place, String groupSector) {
        String sector = e.sector() == null && groupSector != null ? groupSector : e.sector();
        return new EventRecord.Actor(e.code(), e.type().name(), sector, e.name(), e.id(), text, place);
    }
}
