package org.dyad.cli;

import org.dyad.store.Store;
import org.dyad.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that uses the store. */
final class StoreOption {
    static final String DESCRIPTION = "The store: a SQLite file path, jdbc:sqlite:PATH, or a PostgreSQL database "
            + "jdbc:postgresql://HOST:PORT/DB?user=USER. Default: $DYAD_DB, else $XDG_DATA_HOME/dyad/dyad.db, else "
            + "~/.local/share/dyad/dyad.db.";

    @Option(names = "--db", paramLabel = "PATH|URL", description = DESCRIPTION)
    String db;

    /** The --db given before the command name, for the command being executed on this thread (set by Main). */
    static final ThreadLocal<String> GLOBAL = new ThreadLocal<>();

    /** This command's --db, else the one given before the command name ({@code dyad --db F search ...}), else the default. */
    String location() {
        if (db != null) {
            return db;
        }
        String global = GLOBAL.get();
        return global != null ? global : Stores.defaultLocation();
    }

    Store open() {
        return Stores.open(location());
    }
}
