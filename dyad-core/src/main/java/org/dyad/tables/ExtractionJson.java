package org.dyad.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import org.dyad.output.ArticleRecord;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.output.FactKinds;

/**
 * An {@link Extraction} as one JSON object — {@code {"article": {...}, "entities": [...], "facts": [...],
 * "original": "..."}}, each record as in docs/extract-format.md — and back. The {@code articles} table carries it, so
 * that {@code dyad import} can store exactly what the pipeline produced. Thread-safe.
 */
public final class ExtractionJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ExtractionJson() {
    }

    public static String write(Extraction x) {
        return json(x);
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IllegalArgumentException if the text is not such an object, or names a fact kind this build cannot read
     */
    public static Extraction read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject() || !root.has("article")) {
                throw new IllegalArgumentException("not an extraction: expected an object with an \"article\"");
            }
            ArticleRecord article = MAPPER.treeToValue(root.get("article"), ArticleRecord.class);
            List<EntityRecord> entities = new ArrayList<>();
            for (JsonNode e : root.path("entities")) {
                entities.add(MAPPER.treeToValue(e, EntityRecord.class));
            }
            List<Fact> facts = new ArrayList<>();
            for (JsonNode f : root.path("facts")) {
                String kind = f.path("kind").asText();
                Class<? extends Fact> type = FactKinds.classOf(kind).orElseThrow(() -> new IllegalArgumentException(
                        "fact of kind \"" + kind + "\", which this build of dyad cannot read; upgrade dyad"));
                facts.add(MAPPER.treeToValue(f, type));
            }
            JsonNode original = root.get("original");
            return new Extraction(article, entities, facts, original == null || original.isNull() ? null
                    : original.asText());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a readable extraction: " + e.getOriginalMessage(), e);
        }
    }

    /** Any record or list as compact JSON. */
    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write as JSON: " + e.getMessage(), e);
        }
    }
}
