package org.dyad.cli;

import org.dyad.store.Store;
import org.dyad.store.Stores;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --db} option shared by every command that uses the store. */
final class StoreOption {
    static final String DESCRIPTION = "The store: a SQLite file path or jdbc:sqlite:PATH. Default: $DYAD_DB, else "
            + "$XDG_DATA_HOME/dyad/dyad.db, else ~/.local/share/dyad/dyad.db.";

    @Option(names = "--db", paramLabel = "PATH", description = DESCRIPTION)
    String db;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** This command's --db, else the one given before the command name ({@code dyad --db F search ...}), else the default. */
    String location() {
        if (db != null) {
            return db;
        }
        for (CommandSpec c = command == null ? null : command.parent(); c != null; c = c.parent()) {
            if (c.userObject() instanceof Main m && m.db != null) {
                return m.db;
            }
        }
        return Stores.defaultLocation();
    }

    Store open() {
        return Stores.open(location());
    }
}
