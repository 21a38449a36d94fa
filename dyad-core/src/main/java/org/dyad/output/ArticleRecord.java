package org.dyad.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.dyad.text.Evidence;

/**
 * The {@code article} record of the output contract (docs/extract-format.md): metadata with provenance, the cleaned
 * text and the boilerplate removed. Offsets are code points into the original decoded input.
 *
 * @param fields    each metadata value with its source ({@code header}, {@code html-meta}, {@code json-ld},
 *                  {@code flag}, {@code text}) and evidence when it stands in the text
 * @param evidence  the title's span when the title is in the text, else empty
 */
@JsonPropertyOrder({"doc", "kind", "sha256", "title", "outlet", "author", "published", "url", "language", "format",
        "charset", "pipeline", "fields", "text", "boilerplate", "evidence"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ArticleRecord(String doc, String sha256, String title, String outlet, String author, String published,
                            String url, String language, String format, String charset, String pipeline,
                            Map<String, Field> fields, String text, List<Boilerplate> boilerplate,
                            List<Evidence> evidence) implements Record {

    @Override
    public String kind() {
        return "article";
    }

    /** One metadata value with where it came from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String value, String source, Evidence evidence) {
    }

    /** A span of the original removed by the cleaner, with the rule that removed it. */
    @JsonPropertyOrder({"start", "end", "rule", "text"})
    public record Boilerplate(int start, int end, String rule, String text) {
    }
}
