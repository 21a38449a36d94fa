package org.dyad.store;

import java.util.Map;

/** Counts of stored rows: {@code articles}, {@code entities}, {@code mentions}, ... by table. */
public record StoreStats(Map<String, Long> counts) {
    public long count(String table) {
        return counts.getOrDefault(table, 0L);
    }
}
