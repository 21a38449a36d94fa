package org.dyad.store.postgresql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.dyad.copies.CopyIndex;
import org.dyad.output.Extraction;
import org.dyad.query.Timeline;
import org.dyad.store.FactQuery;
import org.dyad.store.SearchHit;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.StoreStats;
import org.dyad.store.StoredArticle;
import org.dyad.store.StoredFact;
import org.dyad.store.jdbc.ArticleReader;
import org.dyad.store.jdbc.ArticleWriter;
import org.dyad.store.jdbc.Connections;
import org.dyad.store.jdbc.Counts;
import org.dyad.store.jdbc.FactReader;
import org.dyad.store.jdbc.JdbcCopyIndex;
import org.dyad.store.jdbc.Migrations;
import org.dyad.store.jdbc.Sql;
import org.dyad.store.jdbc.TimelineRows;
import org.dyad.store.jdbc.TimelineSummary;

/**
 * A {@link Store} in a PostgreSQL database, named by a JDBC URL ({@code jdbc:postgresql://host:port/db?user=...}),
 * brought to the latest schema when opened ({@link Migrations#POSTGRESQL}; the tables go in the connection's
 * current schema, which {@code currentSchema=...} in the URL chooses).
 *
 * <p>Thread-safe: each call borrows a connection of its own from a small set the store keeps (one per thread that
 * uses the store at once, opened on demand, none idle beyond that), so reads and ingests from several threads run in
 * parallel. An ingest is one transaction that first takes a transaction-scoped advisory lock on the article's key, so
 * two ingests of one key, from two threads or two processes, run one after the other: the second finds the first's
 * row (UNCHANGED, or REPLACED); a unique-key conflict or a serialization failure that slips past is retried. Reads
 * of one article see one snapshot (repeatable read). Every failure is a {@link StoreException} naming the database
 * (its URL without password).
 */
public final class PostgresStore implements Store, Connections {
    /** The advisory lock class of dyad's locks: "dy". */
    private static final int LOCKS = 0x6479;
    /** The advisory lock class of the timeline summary's pair locks: "dt". */
    private static final int PAIRS = 0x6474;
    private static final int ATTEMPTS = 3;

    private final String url;
    private final String where;
    private final int schemaVersion;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final JdbcCopyIndex copies = new JdbcCopyIndex(this);
    private volatile boolean closed;

    private PostgresStore(String url, String where, Connection first, int schemaVersion) {
        this.url = url;
        this.where = where;
        this.schemaVersion = schemaVersion;
        idle.push(first);
    }

    /**
     * Connects to the database at {@code url} and applies pending migrations (one process at a time, under an
     * advisory lock).
     *
     * @throws StoreException if the server cannot be reached or refuses the connection, or the schema is newer than
     *                        this build or was changed
     */
    public static PostgresStore open(String url) {
        String where = redact(url);
        Connection c = null;
        try {
            c = connect(url);
            Sql.list(c, "SELECT pg_advisory_lock(?, 0)", rs -> 1, LOCKS);
            int version;
            try {
                version = Migrations.POSTGRESQL.migrate(c, where);
                c.commit();
                Connection m = c;
                Sql.inTransaction(c, true, () -> new TimelineSummary(m, pairLock(m)).backfillIfPending());
            } finally {
                c.rollback();
                Sql.list(c, "SELECT pg_advisory_unlock(?, 0)", rs -> 1, LOCKS);
                c.commit();
            }
            return new PostgresStore(url, where, c, version);
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw failure(where, "cannot open", e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        c.setAutoCommit(false);
        return c;
    }

    @Override
    public Outcome ingest(String key, Extraction extraction) {
        String now = Instant.now().toString();
        return write("cannot ingest " + key, key, w -> w.write(key, extraction, now));
    }

    @Override
    public boolean delete(String key) {
        return write("cannot delete " + key, key, w -> w.delete(key));
    }

    /** Work of an article writer. */
    private interface Writing<T> {
        T run(ArticleWriter w) throws SQLException;
    }

    /**
     * Runs {@code work} in a write transaction that first takes a transaction-scoped advisory lock on the article's
     * key (and the writer takes one on each pair whose timeline summary it updates); conflicts are retried.
     */
    private <T> T write(String doing, String key, Writing<T> work) {
        return locked(doing, c -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return Sql.inTransaction(c, true, () -> {
                        Sql.list(c, "SELECT pg_advisory_xact_lock(?, ?)", rs -> 1, LOCKS, key.hashCode());
                        return work.run(new ArticleWriter(c, pairLock(c)));
                    });
                } catch (SQLException e) {
                    if (attempt >= ATTEMPTS || !isConflict(e)) {
                        throw e;
                    }
                }
            }
        });
    }

    /** The transaction-scoped advisory lock on a pair's timeline summary (class {@link #PAIRS}). */
    private static TimelineSummary.PairLock pairLock(Connection c) {
        return (x, y) -> Sql.list(c, "SELECT pg_advisory_xact_lock(?, ?)", rs -> 1, PAIRS, (x + "|" + y).hashCode());
    }

    /** Unique violation, serialization failure, deadlock: another transaction got there first; trying again works. */
    private static boolean isConflict(SQLException e) {
        String state = e.getSQLState();
        return "23505".equals(state) || "40001".equals(state) || "40P01".equals(state);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return locked("cannot search for " + query, c -> oneStatement(c, () -> PgSearch.search(c, query, limit)));
    }

    @Override
    public Optional<String> storedSha256(String key) {
        return locked("cannot look up " + key, c -> new ArticleReader(c).sha256(key));
    }

    @Override
    public List<SearchHit> list(int offset, int limit) {
        ArticleReader.checkPage(offset, limit);
        return locked("cannot list articles", c -> new ArticleReader(c).page(offset, limit));
    }

    @Override
    public List<String> keys() {
        return locked("cannot list articles", c -> read(c, () -> new ArticleReader(c).keys()));
    }

    @Override
    public Optional<StoredArticle> article(String idOrKey) {
        if (idOrKey == null || idOrKey.isBlank()) {
            return Optional.empty();
        }
        return locked("cannot read article " + idOrKey, c -> read(c, () -> new ArticleReader(c).find(idOrKey)));
    }

    @Override
    public List<StoredFact> facts(FactQuery q) {
        return locked("cannot read " + q.kind() + " facts", c -> oneStatement(c, () -> new FactReader(c).read(q)));
    }

    @Override
    public Map<String, Timeline.Month> timeline(String a, String b, boolean allStatuses, boolean allReports,
                                                String from, String to) {
        if (a == null || b == null) {
            return Store.super.timeline(a, b, allStatuses, allReports, from, to);
        }
        return locked("cannot read the timeline of " + a + " and " + b, c -> {
            if (oneStatement(c, () -> new TimelineSummary(c, pairLock(c)).isStale(a, b))) {
                Sql.inTransaction(c, true, () -> new TimelineSummary(c, pairLock(c)).fresh(a, b));
            }
            return oneStatement(c, () -> new TimelineRows(c).read(a, b, allStatuses, allReports, from, to));
        });
    }

    @Override
    public int refreshTimelines() {
        return locked("cannot rebuild the timelines of busy pairs", c -> Sql.inTransaction(c, true,
                () -> new TimelineSummary(c, pairLock(c)).refreshStale()));
    }

    @Override
    public StoreStats stats() {
        return locked("cannot count rows", c -> read(c, () -> Counts.of(c)));
    }

    @Override
    public CopyIndex copies() {
        return copies;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    /** A read-only transaction in which every query sees the same snapshot. */
    private static <T> T read(Connection c, Sql.Work<T> work) throws SQLException {
        return Sql.inTransaction(c, false, () -> {
            Sql.exec(c, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            return work.run();
        });
    }

    /**
     * Work that is one statement, run in auto-commit mode: one round trip to the server instead of three (a statement
     * sees one snapshot by itself). Fact queries are many and small (a ladder makes dozens), so this matters.
     */
    private static <T> T oneStatement(Connection c, Sql.Work<T> work) throws SQLException {
        c.setAutoCommit(true);
        try {
            return work.run();
        } finally {
            c.setAutoCommit(false);
        }
    }

    /**
     * Runs {@code work} on a connection no other thread uses meanwhile; whatever transaction it leaves open is
     * committed, or rolled back if it fails. A connection that failed at the connection level is dropped.
     */
    @Override
    public <T> T locked(String doing, ConnWork<T> work) {
        if (closed) {
            throw new StoreException("store " + where + " is closed");
        }
        Connection c = idle.poll();
        boolean keep = true;
        try {
            if (c == null) {
                c = connect(url);
            }
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                    keep = false;
                }
            }
            if (e instanceof SQLException sqe && sqe.getSQLState() != null && sqe.getSQLState().startsWith("08")) {
                keep = false;
            }
            throw failure(where, doing, e);
        } finally {
            if (c != null) {
                release(c, keep);
            }
        }
    }

    private void release(Connection c, boolean keep) {
        if (keep && !closed) {
            idle.push(c);
            if (!closed) {
                return;
            }
            // closed meanwhile: close() may have missed it
            if (!idle.remove(c)) {
                return;
            }
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // the connection is gone either way
        }
    }

    /** Closes the store's connections; later calls fail. Closing twice is allowed. */
    @Override
    public void close() {
        closed = true;
        List<SQLException> failures = new ArrayList<>();
        for (Connection c; (c = idle.poll()) != null; ) {
            try {
                c.close();
            } catch (SQLException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failure(where, "cannot close", failures.get(0));
        }
    }

    @Override
    public String toString() {
        return "PostgresStore[" + where + "]";
    }

    private static StoreException failure(String where, String doing, Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        String why = e.getMessage();
        if (e instanceof SQLException sqe && sqe.getSQLState() != null && sqe.getSQLState().startsWith("08")) {
            why = "cannot reach the PostgreSQL server (" + e.getMessage() + "); is it running, and is the URL's host"
                    + " and port right?";
        }
        return new StoreException("store " + where + ": " + doing + ": " + why, e);
    }

    /** {@code url} without its password, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)([?&]password=)[^&]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }
}
