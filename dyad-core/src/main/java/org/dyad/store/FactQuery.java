package org.dyad.store;

/**
 * Which facts to read: one kind, optionally about a pair of actor codes (either order, either may be null for "any"),
 * within a date range (ISO strings compared as text, so {@code 2023} and {@code 2023-04} work as bounds).
 *
 * @param from  keep facts whose date is on or after this, or null
 * @param to    keep facts whose date is on or before this (a prefix: {@code 2023} includes {@code 2023-12-31}), or null
 * @param limit at most this many, oldest first
 */
public record FactQuery(String kind, String a, String b, String from, String to, int limit) {
    public FactQuery {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("a fact query needs a kind (event, partnership, quote, ...)");
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
    }

    /** All facts of a kind. */
    public static FactQuery of(String kind) {
        return new FactQuery(kind, null, null, null, null, 100_000);
    }

    public FactQuery pair(String x, String y) {
        return new FactQuery(kind, x, y, from, to, limit);
    }

    public FactQuery between(String fromDate, String toDate) {
        return new FactQuery(kind, a, b, fromDate, toDate, limit);
    }

    public FactQuery limit(int n) {
        return new FactQuery(kind, a, b, from, to, n);
    }
}
