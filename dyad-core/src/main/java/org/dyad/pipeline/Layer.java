package org.dyad.pipeline;

import java.util.Objects;

/**
 * A typed key for one kind of annotation held by a {@link Doc}: what a {@link Stage} requires and provides.
 * Layers compare by name, so two stages agree on a layer by naming it the same.
 *
 * @param <V> the type of the value stored under this layer
 */
public final class Layer<V> {
    private final String name;
    private final Class<?> type;

    private Layer(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** A layer holding values of {@code type} (raw type: generic payloads such as lists use {@code List.class}). */
    public static <V> Layer<V> of(String name, Class<?> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    Class<?> type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layer<?> other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
