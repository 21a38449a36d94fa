package org.dyad.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.dyad.text.Evidence;

/**
 * The {@code entity} record of the output contract: a country, organisation, person or place with its merged
 * mentions. {@code evidence} lists every mention's span (code points into the original), in order.
 *
 * @param id       article-local id ({@code e1}...), stable for a given input and pipeline version
 * @param code     ISO alpha-3 (countries, and people whose country is known) or organisation id
 * @param actor    false when every mention is a place name used as a location
 */
@JsonPropertyOrder({"doc", "kind", "id", "name", "type", "code", "sector", "title", "role", "actor", "rule",
        "mentions", "evidence"})
public record EntityRecord(String doc, String id, String name, String type, String code, String sector,
                           String title, String role, boolean actor, String rule, List<MentionOut> mentions,
                           List<Evidence> evidence) implements Record {

    @Override
    public String kind() {
        return "entity";
    }

    /** One mention: its span, how it is used (actor or place) and the rule that found it. */
    @JsonPropertyOrder({"start", "end", "text", "role", "rule"})
    public record MentionOut(int start, int end, String text, String role, String rule) {
    }
}
