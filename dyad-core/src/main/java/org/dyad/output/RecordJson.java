package org.dyad.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON settings of the output contract, shared by {@code dyad extract} and the other commands' JSON output and
 * by the HTTP API, so that a record reads the same everywhere: compact, UTF-8, no HTML escaping. Thread-safe.
 */
public final class RecordJson {
    /** The mapper; configure nothing on it (it is shared). */
    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private RecordJson() {
    }

    /** {@code value} as one line of JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
