package org.dyad.copies;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.dyad.output.Fact;
import org.dyad.output.FactIndex;
import org.dyad.text.Evidence;

/**
 * The {@code copy} record of the output contract: this article copies (or is copied by) another one, how, and which
 * article is the story's original. See docs/extract-format.md.
 *
 * @param id        article-local id ({@code c1}, {@code c2}...), best match first
 * @param type      exact, near, spun, translated or same-story ({@link CopyType#label()})
 * @param other     the other article's key (its canonical URL, else its file's URI)
 * @param otherDoc  the name the other article's input was given, or null
 * @param score     the similarity that decided, in [0, 1] (1 for exact)
 * @param story     the story both articles belong to
 * @param original  the key of the story's original when this record was made: the earliest published article, else
 *                  (no dates, or a tie) the longest. A later, earlier-dated copy can change it: {@code dyad story}
 *                  shows the current one
 * @param rule      the {@link Classifier} rule that decided ({@code copy.spun})
 * @param evidence  the longest run of this article's text that the other shares (word for word up to synonyms),
 *                  or this article's whole text for an exact copy; empty when the other's text was not at hand or
 *                  the span cannot be placed in the original
 */
@JsonPropertyOrder({"doc", "kind", "id", "type", "other", "otherDoc", "score", "story", "original", "rule",
        "evidence"})
public record CopyRecord(String doc, String id, String type, String other, String otherDoc, double score,
                         String story, String original, String rule, List<Evidence> evidence) implements Fact {

    public static final String KIND = "copy";

    public CopyRecord {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * Indexed as: {@code a} the other article's key, {@code b} the story id, no dates, {@code category} the copy
     * type, {@code status} {@code original} when the other article is the story's original, else {@code copy}.
     * So "copies of article K" is a pair query on K, and "every copy of type T" a category filter.
     */
    @JsonIgnore
    @Override
    public FactIndex index() {
        return new FactIndex(other, story, null, null, type, other.equals(original) ? "original" : "copy");
    }
}
