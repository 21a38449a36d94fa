package org.dyad.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of the cleaned text with its tokens and dependency parse. Offsets are char indices into the cleaned
 * text. Immutable.
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> deps) {
    public Sentence {
        tokens = List.copyOf(tokens);
        deps = List.copyOf(deps);
    }

    /** The arcs whose governor is token {@code gov}. */
    public List<Dependency> children(int gov) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : deps) {
            if (d.gov() == gov) {
                out.add(d);
            }
        }
        return out;
    }

    /** The arc that attaches token {@code dep} to its governor, or {@code null} if it has none. */
    public Dependency head(int dep) {
        for (Dependency d : deps) {
            if (d.dep() == dep) {
                return d;
            }
        }
        return null;
    }
}
