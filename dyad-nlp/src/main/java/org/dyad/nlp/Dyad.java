package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.PipelineVersion;
import org.dyad.actors.ActorStage;
import org.dyad.clean.CleanStage;
import org.dyad.events.EventStage;
import org.dyad.ladders.PartnershipStage;
import org.dyad.ladders.RelationStage;
import org.dyad.model.Source;
import org.dyad.output.Extraction;
import org.dyad.output.Extractor;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.Stage;
import org.dyad.read.MetadataStage;
import org.dyad.read.ReadStage;
import org.dyad.time.TimeStage;
import org.dyad.voices.ForecastStage;
import org.dyad.voices.QuoteStage;

/**
 * The front door: the standard pipeline (read → clean → meta → corenlp → times → actors → events → partnerships →
 * quotes → forecasts) and the conversion of its
 * result into output records. One instance serves many threads; the CoreNLP models load on the first call to
 * {@link #standard()} or {@link #create(long)}.
 *
 * <pre>{@code
 * Dyad dyad = Dyad.standard();
 * Extraction x = dyad.process(new Source("article.txt", bytes, Map.of()));
 * }</pre>
 */
public final class Dyad {
    private static volatile Dyad standard;

    private final Pipeline pipeline;
    private final Extractor extractor;
    private final String version;

    private Dyad(Pipeline pipeline, String version, List<Layer<?>> factLayers) {
        this.pipeline = pipeline;
        this.version = version;
        this.extractor = new Extractor(version, factLayers);
    }

    /** The standard pipeline with the default input size limit. */
    public static Dyad standard() {
        Dyad d = standard;
        if (d == null) {
            synchronized (Dyad.class) {
                d = standard;
                if (d == null) {
                    d = create(ReadStage.DEFAULT_MAX_BYTES);
                    standard = d;
                }
            }
        }
        return d;
    }

    /**
     * The standard pipeline refusing inputs larger than {@code maxBytes}: the base stages, then the fact extractors
     * (events, partnership statements, relations, quotes, forecasts), whose records follow the entities in every extraction.
     */
    public static Dyad create(long maxBytes) {
        return create(maxBytes, List.of(new EventStage(), new PartnershipStage(), new RelationStage(), new QuoteStage(),
                        new ForecastStage()),
                List.of(EventStage.EVENTS, PartnershipStage.STATEMENTS, RelationStage.RELATIONS, QuoteStage.QUOTES,
                        ForecastStage.FORECASTS));
    }

    /**
     * The base stages (read, clean, meta, corenlp, times, actors), then {@code extra} stages, whose output layers
     * {@code factLayers} (each a {@code List} of {@link org.dyad.output.Fact}s) become records after the entities.
     * For evaluations and tools that need a subset of the fact extractors.
     */
    public static Dyad create(long maxBytes, List<? extends Stage> extra, List<Layer<?>> factLayers) {
        List<Stage> stages = new ArrayList<>(List.of(new ReadStage(maxBytes), new CleanStage(), new MetadataStage(),
                new CoreNlpStage(), new TimeStage(), new ActorStage()));
        stages.addAll(extra);
        Pipeline p = Pipeline.of(Set.of(Layers.SOURCE), stages);
        return new Dyad(p, PipelineVersion.of("corenlp", CoreNlp.VERSION), factLayers);
    }

    /** Runs the pipeline on one input. */
    public Extraction process(Source source) throws BadInputException {
        return extractor.extract(processDoc(source));
    }

    /** The output records of a document this pipeline processed. */
    public Extraction extract(Doc doc) {
        return extractor.extract(doc);
    }

    /** Runs the pipeline and returns the annotated document, for callers that need the layers themselves. */
    public Doc processDoc(Source source) throws BadInputException {
        Doc doc = new Doc(source.id());
        doc.put(Layers.SOURCE, source);
        return pipeline.process(doc);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** The stamp written on every record this pipeline produces. */
    public String version() {
        return version;
    }
}
