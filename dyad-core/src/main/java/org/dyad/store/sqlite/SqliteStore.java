package org.dyad.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.copies.CopyIndex;
import org.dyad.output.Extraction;
import org.dyad.query.Timeline;
import org.dyad.store.SearchHit;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.StoreStats;
import org.dyad.store.StoredArticle;
import org.dyad.store.FactQuery;
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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A {@link Store} in one SQLite file, brought to the latest schema when opened (see {@link Migrations}).
 *
 * <p>Thread-safe: one connection, used by one thread at a time under a lock (ingest is not the bottleneck; NLP is).
 * Several processes may open the same file: writes take the write lock at the start of their transaction and wait
 * up to {@value #BUSY_TIMEOUT_MS} ms for another writer. Every failure is a {@link StoreException} naming the file.
 */
public final class SqliteStore implements Store, Connections {
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection conn;
    private final int schemaVersion;
    private final Object lock = new Object();
    private final JdbcCopyIndex copies = new JdbcCopyIndex(this);
    private boolean closed;

    private SqliteStore(Path file, Connection conn, int schemaVersion) {
        this.file = file;
        this.conn = conn;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens the store in {@code file}, creating the file and its parent directories if needed and applying
     * pending migrations.
     *
     * @throws StoreException if the file cannot be created or opened, is not a SQLite database, or has a schema
     *                        this build cannot use
     */
    public static SqliteStore open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new StoreException("store location " + abs + " is a directory; give a file path such as "
                    + abs.resolve("dyad.db"));
        }
        try {
            Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the directory " + abs.getParent() + " for the store: " + e, e);
        }
        Connection conn = null;
        try {
            conn = config().createConnection("jdbc:sqlite:" + abs);
            int version = Migrations.SQLITE.migrate(conn, abs.toString());
            Connection c = conn;
            Sql.inTransaction(c, true, () -> new TimelineSummary(c, TimelineSummary.PairLock.NONE)
                    .backfillIfPending());
            return new SqliteStore(abs, conn, version);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(conn, e);
            throw failure(abs, "cannot open", e);
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL, not FULL: in WAL mode NORMAL never leaves a half-written transaction, so after any crash an
        // article is either fully there or absent. What it can lose, on power failure or an OS crash only (not a
        // crash of dyad), is the last transactions before the failure; ingest is idempotent, so running the same
        // ingest again restores them. FULL would fsync on every article for that.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config;
    }

    @Override
    public Outcome ingest(String key, Extraction extraction) {
        String now = Instant.now().toString();
        return locked("cannot ingest " + key, () -> Sql.inTransaction(conn, true,
                () -> new ArticleWriter(conn).write(key, extraction, now)));
    }

    @Override
    public boolean delete(String key) {
        return locked("cannot delete " + key, () -> Sql.inTransaction(conn, true,
                () -> new ArticleWriter(conn).delete(key)));
    }

    @Override
    public Map<String, Timeline.Month> timeline(String a, String b, boolean allStatuses, boolean allReports,
                                                String from, String to) {
        if (a == null || b == null) {
            return Store.super.timeline(a, b, allStatuses, allReports, from, to);
        }
        return locked("cannot read the timeline of " + a + " and " + b, () -> {
            if (Sql.inTransaction(conn, false, () -> summary().isStale(a, b))) {
                Sql.inTransaction(conn, true, () -> summary().fresh(a, b));
            }
            return Sql.inTransaction(conn, false,
                    () -> new TimelineRows(conn).read(a, b, allStatuses, allReports, from, to));
        });
    }

    @Override
    public int refreshTimelines() {
        return locked("cannot rebuild the timelines of busy pairs", () -> Sql.inTransaction(conn, true,
                () -> summary().refreshStale()));
    }

    private TimelineSummary summary() {
        return new TimelineSummary(conn, TimelineSummary.PairLock.NONE);
    }

    @Override
    public Optional<String> storedSha256(String key) {
        return locked("cannot look up " + key, () -> new ArticleReader(conn).sha256(key));
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return locked("cannot search for " + query, () -> new FtsSearch(conn).search(query, limit));
    }

    @Override
    public List<SearchHit> list(int offset, int limit) {
        ArticleReader.checkPage(offset, limit);
        return locked("cannot list articles", () -> new ArticleReader(conn).page(offset, limit));
    }

    @Override
    public Optional<StoredArticle> article(String idOrKey) {
        if (idOrKey == null || idOrKey.isBlank()) {
            return Optional.empty();
        }
        return locked("cannot read article " + idOrKey,
                () -> Sql.inTransaction(conn, false, () -> new ArticleReader(conn).find(idOrKey)));
    }

    @Override
    public List<String> keys() {
        return locked("cannot list articles", () -> Sql.inTransaction(conn, false,
                () -> new ArticleReader(conn).keys()));
    }

    @Override
    public List<StoredFact> facts(FactQuery q) {
        return locked("cannot read " + q.kind() + " facts", () -> Sql.inTransaction(conn, false,
                () -> new FactReader(conn).read(q)));
    }

    @Override
    public StoreStats stats() {
        return locked("cannot count rows", () -> Sql.inTransaction(conn, false, () -> Counts.of(conn)));
    }

    @Override
    public CopyIndex copies() {
        return copies;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The store's file, absolute. */
    public Path file() {
        return file;
    }

    /** Closes the connection; later calls fail. Closing twice is allowed. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                Sql.exec(conn, "PRAGMA optimize");
                conn.close();
            } catch (SQLException e) {
                throw failure(file, "cannot close", e);
            }
        }
    }

    @Override
    public String toString() {
        return "SqliteStore[" + file + "]";
    }

    /** Work on the connection under the store's lock, failures reported as {@code doing}. */
    @Override
    public <T> T locked(String doing, ConnWork<T> work) {
        return locked(doing, () -> work.run(conn));
    }

    private <T> T locked(String doing, Sql.Work<T> work) {
        synchronized (lock) {
            if (closed) {
                throw new StoreException("store " + file + " is closed");
            }
            try {
                return work.run();
            } catch (SQLException | RuntimeException e) {
                throw failure(file, doing, e);
            }
        }
    }

    private static StoreException failure(Path file, String doing, Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        String why = e.getMessage();
        if (e instanceof SQLiteException sqe) {
            SQLiteErrorCode code = sqe.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                why = "the file is not a SQLite database; give a new file name or a dyad store";
            } else if (code == SQLiteErrorCode.SQLITE_BUSY) {
                why = "another process kept the store locked for more than " + BUSY_TIMEOUT_MS / 1000 + " s; try"
                        + " again when it is done";
            }
        }
        return new StoreException("store " + file + ": " + doing + ": " + why, e);
    }

    private static void closeQuietly(Connection conn, Exception cause) {
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
