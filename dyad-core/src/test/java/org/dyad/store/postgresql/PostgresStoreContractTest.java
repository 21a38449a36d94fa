package org.dyad.store.postgresql;

import org.dyad.store.Store;
import org.dyad.store.StoreContract;
import org.dyad.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract on a PostgreSQL server (skipped without one: see {@link PgTestDatabase}). */
class PostgresStoreContractTest extends StoreContract {
    @RegisterExtension
    static final PgTestDatabase.PerTest SCHEMA = new PgTestDatabase.PerTest();

    @Override
    protected Store open() {
        return Stores.open(SCHEMA.db().url());
    }

    @Override
    protected void execute(String sql) {
        SCHEMA.db().execute(sql);
    }
}
