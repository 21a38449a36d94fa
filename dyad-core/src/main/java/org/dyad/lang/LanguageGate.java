package org.dyad.lang;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.Stage;
import org.dyad.read.MetadataStage;

/**
 * Runs a pipeline in two halves around a language check: the cheap stages up to and including {@code meta} (read,
 * clean, metadata), then, only for a supported language, the rest (NLP and the extractors). An article in another
 * language stops after the first half with a note saying so. Thread-safe, like the pipeline it wraps.
 */
public final class LanguageGate {
    /** The languages the NLP stages handle. */
    public static final Set<String> SUPPORTED = Set.of("en");

    /**
     * What happened to one document.
     *
     * @param doc      the document, with every layer when processed, up to {@code meta} when skipped
     * @param language the detected language ({@link LanguageDetector#UNDETERMINED} when it could not be told)
     * @param skipped  {@code null} when processed; else the note, e.g. {@code skipped: language fr (not supported yet)}
     */
    public record Outcome(Doc doc, String language, String skipped) {
    }

    private final Pipeline head;
    private final Pipeline tail;
    private final LanguageDetector detector;

    /** Splits {@code full} after its {@code meta} stage. */
    public LanguageGate(Pipeline full, LanguageDetector detector) {
        List<Stage> stages = full.stages();
        int cut = full.stageNames().indexOf(MetadataStage.NAME) + 1;
        if (cut == 0) {
            throw new IllegalArgumentException("the pipeline has no \"" + MetadataStage.NAME + "\" stage to check the language after");
        }
        Set<Layer<?>> available = new HashSet<>(Set.of(Layers.SOURCE));
        for (Stage s : stages.subList(0, cut)) {
            available.addAll(s.provides());
        }
        this.head = Pipeline.of(Set.of(Layers.SOURCE), stages.subList(0, cut));
        this.tail = Pipeline.of(available, stages.subList(cut, stages.size()));
        this.detector = detector;
    }

    /** Runs the document through; a document whose layer {@code source} is set. */
    public Outcome process(Doc doc) throws BadInputException {
        head.process(doc);
        String lang = detector.detect(doc.get(Layers.CLEAN).text());
        if (!lang.equals(LanguageDetector.UNDETERMINED) && !SUPPORTED.contains(lang)) {
            return new Outcome(doc, lang, note(lang));
        }
        tail.process(doc);
        return new Outcome(doc, lang, null);
    }

    public static String note(String language) {
        return "skipped: language " + language + " (not supported yet)";
    }
}
