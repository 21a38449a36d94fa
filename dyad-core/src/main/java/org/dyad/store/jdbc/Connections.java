package org.dyad.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How a store lends its database connection to the shared helpers: {@link #locked} runs work on a connection no other
 * thread uses meanwhile, and turns any failure into a {@link org.dyad.store.StoreException} saying what was being
 * done and on which store. The work opens its own transaction where it needs one ({@link Sql#inTransaction}).
 */
public interface Connections {
    /** Work on a connection. */
    @FunctionalInterface
    interface ConnWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on a connection of the store; failures are reported as {@code doing}. */
    <T> T locked(String doing, ConnWork<T> work);
}
