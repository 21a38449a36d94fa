package org.dyad.model;

/**
 * A basic dependency arc within a sentence: token {@code dep} depends on token {@code gov} ({@code -1} for the root)
 * with Universal Dependencies relation {@code rel} (e.g. {@code nsubj}, {@code obj}, {@code obl:tmod}).
 */
public record Dependency(int gov, int dep, String rel) {
}
