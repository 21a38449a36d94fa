package org.dyad.spark;

import java.io.Serializable;

/**
 * What a task hands back for one input item: a row of one of {@link org.dyad.tables.Tables#ALL} (by index), or a
 * one-line note about an input that gave no rows (a problem, or a skipped article).
 */
record Output(int table, Object[] values, String note) implements Serializable {
    static final int NOTE = -1;

    static Output row(int table, Object[] values) {
        return new Output(table, values, null);
    }

    static Output note(String note) {
        return new Output(NOTE, null, note);
    }
}
