package org.dyad.ladders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.dyad.output.Fact;
import org.dyad.output.FactIndex;
import org.dyad.text.Evidence;

/**
 * The {@code relation} record of the output contract: what one sentence calls a pair's ties when it names no ladder
 * rung ("close ties", "its main supplier", "a major trading partner", "shoring up ties").
 *
 * @param id       article-local id ({@code r1}, {@code r2}, ...)
 * @param a        the side the ties are described from: the possessor or the clause's subject ("Hanoi maintains close
 *                 ties to Russia": Vietnam)
 * @param b        the other side
 * @param relClass the descriptor's class, a row of {@code dyad/ladders/relations.tsv} ({@code close},
 *                 {@code strained}, {@code complex}, {@code trade}, {@code supplier}, {@code ally}, {@code warming},
 *                 ...)
 * @param tone     {@code warm}, {@code cool} or {@code neutral}
 * @param negated  true when the sentence denies it ("do not have close ties")
 * @param asStated the words of the descriptor ("close ties", "main supplier")
 * @param asOf     the article's publication date, or null
 * @param note     how a side was inferred ("its" read as the nearest earlier country), else null
 * @param rule     {@code relations:<class>} and the data row ({@code dyad/ladders/relations.tsv:40})
 * @param evidence the sentence, in code points of the original input
 */
@JsonPropertyOrder({"doc", "kind", "id", "a", "b", "class", "tone", "negated", "as_stated", "as_of", "note", "rule",
        "evidence"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelationRecord(String doc, String id, String a, String b, @JsonProperty("class") String relClass,
                             String tone, Boolean negated, @JsonProperty("as_stated") String asStated,
                             @JsonProperty("as_of") String asOf, String note, String rule, List<Evidence> evidence)
        implements Fact {
    public static final List<String> TONES = List.of("warm", "cool", "neutral");

    public RelationRecord {
        evidence = List.copyOf(evidence);
        negated = Boolean.TRUE.equals(negated) ? Boolean.TRUE : null;
        if (!TONES.contains(tone)) {
            throw new IllegalArgumentException("unknown relation tone \"" + tone + "\" (known: " + TONES + ")");
        }
    }

    @Override
    public String kind() {
        return "relation";
    }

    /** Indexed by pair, the day it was said, the class, and the tone ({@code negated} when denied). */
    @Override
    public FactIndex index() {
        return new FactIndex(a, b, asOf, asOf, relClass, Boolean.TRUE.equals(negated) ? "negated" : tone);
    }
}
