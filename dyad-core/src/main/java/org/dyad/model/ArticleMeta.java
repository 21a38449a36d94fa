package org.dyad.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Article metadata: {@code title}, {@code outlet}, {@code author}, {@code published} (ISO date), {@code url},
 * {@code language}, each with its provenance. Keys are fixed; see {@link #KEYS}.
 */
public final class ArticleMeta {
    public static final java.util.List<String> KEYS = java.util.List.of("title", "outlet", "author", "published", "url", "language");

    private final Map<String, MetaValue> values;

    public ArticleMeta(Map<String, MetaValue> values) {
        for (String k : values.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("unknown metadata key \"" + k + "\" (known: " + KEYS + ")");
            }
        }
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<MetaValue> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public String value(String key) {
        MetaValue v = values.get(key);
        return v == null ? null : v.value();
    }

    /** Publication date as ISO {@code yyyy-MM-dd}, or empty when neither the input nor the user stated one. */
    public Optional<java.time.LocalDate> published() {
        return get("published").map(v -> java.time.LocalDate.parse(v.value()));
    }

    public Map<String, MetaValue> all() {
        return values;
    }
}
