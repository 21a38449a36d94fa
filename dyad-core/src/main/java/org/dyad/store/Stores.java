package org.dyad.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.dyad.store.postgresql.PostgresStore;
import org.dyad.store.sqlite.SqliteStore;

/** Opens a {@link Store} from a location a user gives (a flag, {@code $DYAD_DB}, a config file). */
public final class Stores {
    private Stores() {
    }

    /**
     * Opens the store at {@code location}, creating it if needed.
     *
     * <ul>
     *   <li>a file path ({@code ~/} is expanded) or {@code jdbc:sqlite:PATH}: a SQLite store in that file, its
     *       parent directories created;</li>
     *   <li>{@code jdbc:postgresql://host:port/database?user=...}: a PostgreSQL store in that database (in the schema
     *       {@code currentSchema=...} names, else the user's default), its tables created if needed.</li>
     * </ul>
     *
     * @throws StoreException for any other location, or if the store cannot be opened
     */
    public static Store open(String location) {
        if (location == null || location.isBlank()) {
            throw new StoreException("no store location given; pass a SQLite file path such as "
                    + defaultLocation() + " or a jdbc:postgresql:// URL");
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return PostgresStore.open(location);
        }
        String path = lower.startsWith("jdbc:sqlite:") ? location.substring("jdbc:sqlite:".length()) : location;
        // Any other scheme (jdbc:mysql:, http:, file:) and ":memory:"; a Windows drive ("C:") has only one letter.
        if (path.isBlank() || path.startsWith(":") || path.matches("(?i)[a-z][a-z0-9+.-]+:.*")) {
            throw new StoreException("unsupported store location \"" + location + "\"; use a SQLite file path"
                    + " (dyad.db, /data/dyad.db), jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB?user=USER");
        }
        return SqliteStore.open(Path.of(expandHome(path, System.getProperty("user.home"))));
    }

    /**
     * Where the store lives when the user names none: {@code $DYAD_DB} if set, else
     * {@code $XDG_DATA_HOME/dyad/dyad.db}, else {@code ~/.local/share/dyad/dyad.db}.
     */
    public static String defaultLocation() {
        return defaultLocation(System::getenv, System.getProperty("user.home"));
    }

    /** {@link #defaultLocation()} over the given environment and home directory. */
    static String defaultLocation(UnaryOperator<String> env, String home) {
        String db = env.apply("DYAD_DB");
        if (db != null && !db.isBlank()) {
            return db;
        }
        // The XDG spec says to ignore a relative XDG_DATA_HOME.
        String xdg = env.apply("XDG_DATA_HOME");
        Path data = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return data.resolve("dyad").resolve("dyad.db").toString();
    }

    static String expandHome(String path, String home) {
        return path.equals("~") || path.startsWith("~/") ? home + path.substring(1) : path;
    }
}
