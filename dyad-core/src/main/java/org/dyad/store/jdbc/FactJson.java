package org.dyad.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.output.Fact;
import org.dyad.output.FactKinds;
import org.dyad.store.StoreException;

/** A fact's stored form: the JSON of its record, read back through the class {@link FactKinds} names. */
public final class FactJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private FactJson() {
    }

    public static String write(Fact f) {
        try {
            return MAPPER.writeValueAsString(f);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + f.kind() + " " + f.id() + " as JSON: " + e.getMessage(), e);
        }
    }

    public static Fact read(String kind, String json) {
        Class<? extends Fact> type = FactKinds.classOf(kind).orElseThrow(() -> new StoreException(
                "the store holds facts of kind \"" + kind + "\", which this build of dyad cannot read; upgrade dyad"));
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + kind + " is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
