package org.dyad.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One article as it passes through the pipeline: a map from {@link Layer} to value, filled stage by stage.
 * Not thread-safe: a document belongs to one worker at a time.
 */
public final class Doc {
    private final String id;
    private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();

    /** @param id the name the user gave for this input (a path or URL); it labels every error and record */
    public Doc(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The value of a layer a stage declared it requires; fails loudly if an earlier stage did not provide it. */
    @SuppressWarnings("unchecked")
    public <V> V get(Layer<V> layer) {
        Object v = layers.get(layer);
        if (v == null) {
            throw new IllegalStateException("document " + id + " has no layer \"" + layer + "\" (present: " + layers.keySet() + ")");
        }
        return (V) v;
    }

    @SuppressWarnings("unchecked")
    public <V> Optional<V> find(Layer<V> layer) {
        return Optional.ofNullable((V) layers.get(layer));
    }

    public <V> Doc put(Layer<V> layer, V value) {
        if (!layer.type().isInstance(value)) {
            throw new IllegalArgumentException("layer \"" + layer + "\" holds " + layer.type().getSimpleName()
                    + ", not " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        layers.put(layer, value);
        return this;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public Set<Layer<?>> layers() {
        return Set.copyOf(layers.keySet());
    }
}
