package org.dyad;

import java.util.List;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Entity;
import org.dyad.model.Input;
import org.dyad.model.Sentence;
import org.dyad.model.Source;
import org.dyad.model.TimeExpr;
import org.dyad.pipeline.Layer;
import org.dyad.text.CleanText;

/** The layers the standard stages exchange, in pipeline order. */
public final class Layers {
    private Layers() {
    }

    /** The raw input as given: bytes, name, command-line hints. Present before the first stage. */
    public static final Layer<Source> SOURCE = Layer.of("source", Source.class);
    /** The decoded original text (every offset refers to it) and, for HTML, the parsed page. */
    public static final Layer<Input> INPUT = Layer.of("input", Input.class);
    /** The text with boilerplate removed and a map back to the original. */
    public static final Layer<CleanText> CLEAN = Layer.of("clean", CleanText.class);
    /** Title, outlet, author, publication date, URL, language, each with its provenance. */
    public static final Layer<ArticleMeta> META = Layer.of("meta", ArticleMeta.class);
    /** Sentences with tokens, POS, lemmas, NER and dependency parses, over the cleaned text. */
    public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences", List.class);
    /** Time expressions with dyad's own normalisation against the publication date. */
    public static final Layer<List<TimeExpr>> TIMES = Layer.of("times", List.class);
    /** Countries, organisations, people and places with their merged mentions. */
    public static final Layer<List<Entity>> ENTITIES = Layer.of("entities", List.class);
}
