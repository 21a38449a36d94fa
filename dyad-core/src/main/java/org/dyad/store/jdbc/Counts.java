package org.dyad.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.StoreStats;

/** The rows of each table {@link org.dyad.store.Store#stats()} reports. */
public final class Counts {
    /** The tables counted, in the order reported. */
    public static final List<String> TABLES = List.of("articles", "article_fields", "article_evidence", "boilerplate",
            "entities", "mentions", "entity_evidence", "facts");

    private Counts() {
    }

    /** Counts the rows of every table in {@link #TABLES}; should run in a read transaction (one snapshot). */
    public static StoreStats of(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, Sql.one(c, "SELECT count(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow());
        }
        return new StoreStats(Collections.unmodifiableMap(counts));
    }
}
