package org.dyad.text;

/**
 * Where a fact was found: {@code [start, end)} in Unicode code points of the original decoded input, and the
 * original text of that span. This is the unit of provenance in every output record and stored fact.
 */
public record Evidence(int start, int end, String text) {

    /** Evidence for the original char span {@code [start, end)} of {@code original}. */
    public static Evidence ofOriginal(String original, CodePoints cp, int start, int end) {
        return new Evidence(cp.of(start), cp.of(end), original.substring(start, end));
    }
}
