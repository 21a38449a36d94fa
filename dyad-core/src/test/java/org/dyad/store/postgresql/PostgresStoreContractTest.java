package org.dyad.store.postgresql;

import org.dyad.store.Store;
import org.dyad.store.StoreContract;
import org.dyad.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The store contract on a PostgreSQL server (skipped without one: see {@link PgTestDatabase}). */
class PostgresStoreContractTest extends StoreContract {
    private PgTestDatabase db;

    @BeforeEach
    void freshSchema() {
        db = PgTestDatabase.create();
    }

    @AfterEach
    void dropSchema() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected Store open() {
        return Stores.open(db.url());
    }
}
