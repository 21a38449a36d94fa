package org.dyad.output;

import java.util.Map;
import java.util.Optional;

/**
 * The record class of each fact kind, so that a stored fact's JSON can be read back into its record. Classes are
 * named rather than referenced so that the core does not depend on the packages that define them.
 */
public final class FactKinds {
    private static final Map<String, String> CLASSES = new java.util.concurrent.ConcurrentHashMap<>(Map.of(
            "event", "org.dyad.events.EventRecord",
            "partnership", "org.dyad.ladders.PartnershipRecord",
            "relation", "org.dyad.ladders.RelationRecord",
            "quote", "org.dyad.voices.QuoteRecord",
            "forecast", "org.dyad.voices.ForecastRecord",
            "copy", "org.dyad.copies.CopyRecord"));

    private FactKinds() {
    }

    /** Registers (or replaces) the record class of a kind, for kinds defined outside dyad. */
    public static void register(String kind, Class<? extends Fact> type) {
        CLASSES.put(kind, type.getName());
    }

    /** The record class for {@code kind}, if the kind is known and its class is on the classpath. */
    public static Optional<Class<? extends Fact>> classOf(String kind) {
        String name = CLASSES.get(kind);
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Class.forName(name, true, FactKinds.class.getClassLoader()).asSubclass(Fact.class));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
