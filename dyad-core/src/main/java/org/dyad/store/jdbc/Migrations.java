package org.dyad.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.store.StoreException;

/**
 * Brings a store's schema up to date. Migrations are the SQL scripts {@code V<n>__<name>.sql} listed in
 * {@link #FILES}, numbered 1, 2, 3..., one folder of them per database ({@code /dyad/store/sqlite/},
 * {@code /dyad/store/postgresql/}): every database has every version, so a schema version means the same tables
 * whatever the database. Each pending one runs in its own transaction together with its row in
 * {@code schema_migrations(version, name, applied_at, checksum)}, so a crash leaves the schema at a whole version.
 *
 * <p>Refuses, with a message naming the file, a store whose schema is newer than this build knows (an older dyad
 * must not write into it) and a store where an applied migration's checksum differs from this build's script (the
 * script was edited after release; the two would disagree about the schema).
 */
public final class Migrations {
    /**
     * Every migration script, in order, in each database's folder. Add new files here and to every folder; never edit
     * one that was released.
     */
    public static final List<String> FILES = List.of("V1__init.sql", "V2__facts.sql", "V3__copies.sql",
            "V4__fact_order.sql", "V5__timeline_months.sql");

    /** The SQLite scripts. */
    public static final Migrations SQLITE = new Migrations("/dyad/store/sqlite/");
    /** The PostgreSQL scripts. */
    public static final Migrations POSTGRESQL = new Migrations("/dyad/store/postgresql/");

    private final String dir;
    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__([A-Za-z0-9_]+)\\.sql");

    /** One script: its number, its name, its SQL and the SHA-256 of that SQL with line ends normalised. */
    public record Migration(int version, String file, String sql, String checksum) {
    }

    private Migrations(String dir) {
        this.dir = dir;
    }

    /** The classpath folder of the scripts, ending in {@code /}. */
    public String dir() {
        return dir;
    }

    /** The scripts of this build, checked to be numbered 1..n in order. */
    public List<Migration> known() {
        List<Migration> out = new ArrayList<>();
        for (String file : FILES) {
            Matcher m = NAME.matcher(file);
            if (!m.matches() || Integer.parseInt(m.group(1)) != out.size() + 1) {
                throw new IllegalStateException("migration " + file + " is not V" + (out.size() + 1)
                        + "__<name>.sql; migrations must be numbered 1, 2, 3... in FILES");
            }
            String sql = load(file);
            out.add(new Migration(out.size() + 1, file, sql, sha256(sql)));
        }
        return out;
    }

    /** The schema version this build brings a store to. */
    public static int latest() {
        return FILES.size();
    }

    /**
     * Applies the pending migrations and returns the store's schema version.
     *
     * @param where the store's file, for messages
     * @throws StoreException if the schema is newer than this build or an applied script was changed
     */
    public int migrate(Connection c, String where) throws SQLException {
        Sql.exec(c, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                + " name TEXT NOT NULL, applied_at TEXT NOT NULL, checksum TEXT NOT NULL)");
        List<Migration> known = known();
        Map<Integer, String> applied = Sql.list(c, "SELECT version, checksum FROM schema_migrations",
                rs -> Map.entry(rs.getInt(1), rs.getString(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int newest = applied.keySet().stream().max(Integer::compare).orElse(0);
        if (newest > known.size()) {
            throw new StoreException(String.format("store %s has schema version %d, but this build of dyad knows"
                    + " versions up to %d only; use a newer dyad for this file, or another file",
                    where, newest, known.size()));
        }
        for (Migration m : known) {
            String checksum = applied.get(m.version());
            if (checksum != null && !checksum.equals(m.checksum())) {
                throw new StoreException(String.format("store %s: migration %s was applied with checksum %s, but"
                        + " this build's copy has %s; the script was edited after it was released. Restore it and"
                        + " put the change in a new migration", where, m.file(), checksum, m.checksum()));
            }
            if (checksum == null) {
                apply(c, m);
            }
        }
        return known.size();
    }

    private static void apply(Connection c, Migration m) throws SQLException {
        Sql.inTransaction(c, true, () -> {
            // Another process may have applied it since we looked; the write lock we now hold settles that.
            if (Sql.one(c, "SELECT 1 FROM schema_migrations WHERE version = ?", rs -> 1, m.version()).isEmpty()) {
                Sql.exec(c, m.sql());
                Sql.update(c, "INSERT INTO schema_migrations(version, name, applied_at, checksum) VALUES (?, ?, ?, ?)",
                        m.version(), m.file(), Instant.now().toString(), m.checksum());
            }
            return null;
        });
    }

    private String load(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream(dir + file)) {
            if (in == null) {
                throw new IllegalStateException("migration " + dir + file + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + dir + file + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
