package org.dyad.spark;

import java.io.Serializable;

/**
 * What a task hands back for one input item: a row of one of {@link org.dyad.tables.Tables#ALL} (by index), or a
 * one-line note about an input that gave no rows: a problem, or an article skipped on purpose (not English).
 */
record Output(int table, Object[] values, String note) implements Serializable {
    static final int PROBLEM = -1;
    static final int SKIPPED = -2;

    static Output row(int table, Object[] values) {
        return new Output(table, values, null);
    }

    static Output problem(String note) {
        return new Output(PROBLEM, null, note);
    }

    static Output skipped(String note) {
        return new Output(SKIPPED, null, note);
    }
}
