package org.dyad.store.sqlite;

import java.nio.file.Path;
import org.dyad.store.Store;
import org.dyad.store.StoreContract;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file. */
class SqliteStoreContractTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Store open() {
        return SqliteStore.open(dir.resolve("contract.db"));
    }

    @Override
    protected void execute(String sql) {
        try {
            Articles.execute(dir.resolve("contract.db"), sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
