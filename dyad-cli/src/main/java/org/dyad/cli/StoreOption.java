package org.dyad.cli;

import org.dyad.store.Store;
import org.dyad.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that uses the store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The store: a SQLite file path or jdbc:sqlite:PATH. Default: $DYAD_DB, else "
                    + "$XDG_DATA_HOME/dyad/dyad.db, else ~/.local/share/dyad/dyad.db.")
    String db;

    String location() {
        return db != null ? db : Stores.defaultLocation();
    }

    Store open() {
        return Stores.open(location());
    }
}
