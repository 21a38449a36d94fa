package org.dyad.voices;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;
import org.dyad.output.Fact;
import org.dyad.output.FactIndex;
import org.dyad.text.Evidence;

/**
 * The {@code forecast} record of the output contract: a named source's statement about what will or will not happen.
 *
 * @param id        article-local id ({@code f1}, {@code f2}, ...)
 * @param source    who forecasts (the quote's speaker), or the outlet for the article's own forecasts
 * @param quote     the id of the quote the forecast stands in, or null for the article's own
 * @param subject   what the forecast is about
 * @param outcome   {@link #HAPPENS} or {@link #DOES_NOT_HAPPEN}
 * @param hedge     how sure the source is: one of {@link #HEDGES}
 * @param hedgeText the words that say so ("unlikely", "may", "not ... realistic")
 * @param horizon   by when, or null when the forecast names no time
 * @param published the article's publication date (when the forecast was made), or null
 * @param claim     the sentence that states the forecast
 * @param rule      {@code forecasts:quote} or {@code forecasts:author}
 * @param evidence  the sentence, in code points of the original input
 */
@JsonPropertyOrder({"doc", "kind", "id", "source", "quote", "subject", "outcome", "hedge", "hedge_text", "horizon",
        "published", "claim", "rule", "evidence"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForecastRecord(String doc, String id, QuoteRecord.Speaker source, String quote, Subject subject,
                             String outcome, String hedge,
                             @com.fasterxml.jackson.annotation.JsonProperty("hedge_text") String hedgeText,
                             Horizon horizon, String published, String claim, String rule, List<Evidence> evidence)
        implements Fact {
    public static final String HAPPENS = "happens";
    public static final String DOES_NOT_HAPPEN = "does_not_happen";
    /** certain (will), likely (likely, would, expect), possible (may, could, might), hoped (hope, want). */
    public static final Set<String> HEDGES = Set.of("certain", "likely", "possible", "hoped");

    /**
     * What a forecast is about.
     *
     * @param kind   {@code upgrade} (the pair's place on a partnership ladder), {@code visit} (a visit or meeting) or
     *               {@code other}
     * @param a      the first country of the pair, or null
     * @param b      the second country, or null
     * @param ladder for an upgrade, the ladder's owner when known
     * @param rung   for an upgrade, the rung named ({@code VNM:CSP}), or null for any step up
     * @param text   the words naming the subject ("upgrade", "strategic partnership", "visit")
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subject(String kind, String a, String b, String ladder, String rung, String text) {
    }

    /**
     * By when.
     *
     * @param text  the words ("this year", "in the coming weeks and months", "anytime soon")
     * @param value dyad's normalised value ({@code 2023}, {@code 2023-04/2023-12}), or null
     * @param by    the last day the forecast covers ({@code 2023-12-31}), or null when it cannot be dated
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Horizon(String text, String value, String by) {
    }

    public ForecastRecord {
        evidence = List.copyOf(evidence);
        if (!outcome.equals(HAPPENS) && !outcome.equals(DOES_NOT_HAPPEN)) {
            throw new IllegalArgumentException("unknown forecast outcome \"" + outcome + "\"");
        }
        if (!HEDGES.contains(hedge)) {
            throw new IllegalArgumentException("unknown hedge \"" + hedge + "\" (known: " + HEDGES + ")");
        }
    }

    @Override
    public String kind() {
        return "forecast";
    }

    /** The pair, from the day it was made to its horizon, by subject kind and outcome. */
    @Override
    public FactIndex index() {
        String to = horizon != null && horizon.by() != null ? horizon.by() : published;
        return new FactIndex(subject.a(), subject.b(), published, to, subject.kind(), outcome);
    }
}
