package org.dyad.voices;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;
import org.dyad.output.Fact;
import org.dyad.output.FactIndex;
import org.dyad.text.Evidence;

/**
 * The {@code quote} record of the output contract: one thing a person or organisation is reported to have said.
 *
 * @param id        article-local id ({@code q1}, {@code q2}, ...)
 * @param type      one of {@link #TYPES}: {@code direct} (a whole statement in quotation marks), {@code mixed} (a
 *                  quoted fragment inside reported speech) or {@code indirect} (reported speech without marks)
 * @param quote     for direct and mixed quotes the words strictly between the marks; for indirect speech the
 *                  reporting sentence
 * @param context   the sentence (or sentences) the quote stands in
 * @param speaker   who said it, as resolved in the article
 * @param cue       the reporting word ("said", "told", "according to"), or null when the speaker is carried over from
 *                  the previous quote
 * @param about     the country the quote speaks of (the first country named in it other than the speaker's), or null
 * @param published the article's publication date, or null
 * @param rule      the rule that produced the record ({@code quotes:direct-cue}, {@code quotes:indirect-subject}, ...)
 * @param evidence  the quoted words, in code points of the original input
 */
@JsonPropertyOrder({"doc", "kind", "id", "type", "quote", "context", "speaker", "cue", "about", "published", "rule",
        "evidence"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteRecord(String doc, String id, String type, String quote, String context, Speaker speaker,
                          String cue, String about, String published, String rule, List<Evidence> evidence)
        implements Fact {
    public static final String DIRECT = "direct";
    public static final String MIXED = "mixed";
    public static final String INDIRECT = "indirect";
    public static final Set<String> TYPES = Set.of(DIRECT, MIXED, INDIRECT);

    /**
     * A speaker.
     *
     * @param entity the article entity's id ({@code e4}), or null for a group the article does not name
     *               ("analysts", "U.S. officials")
     * @param name   the entity's canonical name, or the words naming the group
     * @param title  the title or affiliation the article gives, as given, or null
     * @param code   the entity's code (a person's country, an organisation's id), or null
     * @param sector GOV, MIL, RES, ... when known
     * @param how    how the speaker was found: {@code name}, {@code short-form}, {@code pronoun}, {@code group},
     *               {@code carried} (the previous quote's speaker)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Speaker(String entity, String name, String title, String code, String sector, String how) {
    }

    public QuoteRecord {
        evidence = List.copyOf(evidence);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown quote type \"" + type + "\" (known: " + TYPES + ")");
        }
    }

    @Override
    public String kind() {
        return "quote";
    }

    /** The speaker's code and the country spoken of, on the publication date, by type. */
    @Override
    public FactIndex index() {
        return new FactIndex(speaker == null ? null : speaker.code(), about, published, published, type, null);
    }

    /** A copy numbered {@code newId}. */
    QuoteRecord withId(String newId) {
        return new QuoteRecord(doc, newId, type, quote, context, speaker, cue, about, published, rule, evidence);
    }

}
