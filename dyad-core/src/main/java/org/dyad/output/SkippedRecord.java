package org.dyad.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.pipeline.Doc;
import org.dyad.text.Evidence;

/**
 * The {@code skipped} record of the output contract (docs/extract-format.md): an article that was read but not
 * processed, and why; today, a language the NLP stages do not support yet. It stands where the article's records
 * would, and has no evidence.
 *
 * @param language the detected language (ISO 639-1)
 * @param reason   the note, e.g. {@code skipped: language fr (not supported yet)}
 */
@JsonPropertyOrder({"doc", "kind", "sha256", "title", "url", "language", "reason", "pipeline", "evidence"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SkippedRecord(String doc, String sha256, String title, String url, String language, String reason,
                            String pipeline) implements Record {
    @Override
    public String kind() {
        return "skipped";
    }

    @Override
    public List<Evidence> evidence() {
        return List.of();
    }

    /** The record for a document the pipeline stopped after its metadata stage. */
    public static SkippedRecord of(Doc doc, String language, String reason, String pipeline) {
        ArticleMeta meta = doc.find(Layers.META).orElse(null);
        return new SkippedRecord(doc.id(), doc.get(Layers.INPUT).sha256(), meta == null ? null : meta.value("title"),
                meta == null ? null : meta.value("url"), language, reason, pipeline);
    }
}
