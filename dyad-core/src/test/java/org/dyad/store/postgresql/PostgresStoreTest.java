package org.dyad.store.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.store.SearchHit;
import org.dyad.store.StoreException;
import org.dyad.store.jdbc.Migrations;
import org.dyad.store.sqlite.Articles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What is particular to the PostgreSQL store: its migrations table, its messages, its search column. */
class PostgresStoreTest {
    @RegisterExtension
    static final PgTestDatabase.PerTest SCHEMA = new PgTestDatabase.PerTest();

    private PgTestDatabase db;

    @BeforeEach
    void schema() {
        db = SCHEMA.db();
    }

    @Test
    void anEmptySchemaGetsEveryMigrationRecordedWithChecksumsOnce() {
        PostgresStore.open(db.url()).close();
        PostgresStore.open(db.url()).close();
        assertEquals(Migrations.latest(), db.count("SELECT count(*) FROM schema_migrations WHERE length(checksum) = 64"
                + " AND name LIKE 'V%.sql' AND applied_at LIKE '20%Z'"));
        for (Migrations.Migration m : Migrations.POSTGRESQL.known()) {
            assertEquals(1, db.count("SELECT count(*) FROM schema_migrations WHERE version = " + m.version()
                    + " AND checksum = '" + m.checksum() + "'"), m.file());
        }
    }

    @Test
    void aSchemaNewerThanThisBuildIsRefused() {
        PostgresStore.open(db.url()).close();
        db.execute("INSERT INTO schema_migrations VALUES (99, 'V99__future.sql', 'later', 'x')");
        StoreException e = assertThrows(StoreException.class, () -> PostgresStore.open(db.url()));
        assertTrue(e.getMessage().contains("99") && e.getMessage().contains("up to " + Migrations.latest()),
                e.getMessage());
    }

    @Test
    void anAppliedMigrationWhoseScriptChangedIsRefused() {
        PostgresStore.open(db.url()).close();
        db.execute("UPDATE schema_migrations SET checksum = 'abc' WHERE version = 1");
        StoreException e = assertThrows(StoreException.class, () -> PostgresStore.open(db.url()));
        assertTrue(e.getMessage().contains("V1__init.sql") && e.getMessage().contains("abc"), e.getMessage());
    }

    @Test
    void theSearchColumnIsKeptInTheSameTransactionAndDeletesCascade() {
        try (PostgresStore store = PostgresStore.open(db.url())) {
            store.ingest("k", Articles.hanoi("hanoi.html", "sha-1", "Vietnam"));
            assertEquals(1, db.count("SELECT count(*) FROM articles WHERE fts @@ to_tsquery('english', 'vietnam')"));
            store.ingest("k", Articles.hanoi("hanoi.html", "sha-2", "Laos"));
            assertEquals(0, db.count("SELECT count(*) FROM articles WHERE fts @@ to_tsquery('english', 'vietnam')"));
            assertEquals(3, db.count("SELECT count(*) FROM entities"));
            assertEquals(0, db.count("SELECT count(*) FROM entities WHERE name = 'Vietnam'"));
            List<SearchHit> hits = store.search("\"Antony Blinken\" -Chile", 5);
            assertEquals(1, hits.size());
            assertTrue(hits.get(0).snippet().contains("[Antony] [Blinken]"), hits.get(0).snippet());
        }
    }
}
