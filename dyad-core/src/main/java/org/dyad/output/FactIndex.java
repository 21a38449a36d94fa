package org.dyad.output;

/**
 * What a store indexes of a {@link Fact}, so that "facts between A and B from D1 to D2" is one indexed query for
 * every kind.
 *
 * @param a        the first actor's code (an event's source, the first country of a pair), or null
 * @param b        the second actor's code (an event's target, the partner), or null
 * @param from     ISO date (or year, year-month) the fact starts, or null when undated
 * @param to       ISO date the fact ends (same as {@code from} for a day), or null
 * @param category the kind's main category (CAMEO/PLOVER code, partnership rung, forecast subject), or null
 * @param status   the kind's status (happened, planned, established, sought, ...), or null
 */
public record FactIndex(String a, String b, String from, String to, String category, String status) {
}
