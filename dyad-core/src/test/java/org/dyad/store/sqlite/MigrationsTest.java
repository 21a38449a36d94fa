package org.dyad.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.store.StoreException;
import org.dyad.store.jdbc.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("dyad.db");
    }

    @Test
    void aNewFileGetsTheLatestSchemaRecordedWithChecksums() throws Exception {
        try (SqliteStore store = SqliteStore.open(file())) {
            assertEquals(Migrations.latest(), store.schemaVersion());
        }
        assertEquals(Migrations.latest(), Articles.count(file(), "SELECT max(version) FROM schema_migrations"));
        assertEquals(Migrations.latest(), Articles.count(file(), "SELECT count(*) FROM schema_migrations"
                + " WHERE length(checksum) = 64 AND name LIKE 'V%.sql' AND applied_at LIKE '20%Z'"));
    }

    @Test
    void reopeningAppliesNothingAgain() throws Exception {
        SqliteStore.open(file()).close();
        Articles.execute(file(), "UPDATE schema_migrations SET applied_at = 'then'");
        try (SqliteStore store = SqliteStore.open(file())) {
            assertEquals(Migrations.latest(), store.schemaVersion());
        }
        assertEquals(Migrations.latest(), Articles.count(file(),
                "SELECT count(*) FROM schema_migrations WHERE applied_at = 'then'"));
    }

    @Test
    void aSchemaNewerThanThisBuildIsRefusedNamingFileAndVersions() throws Exception {
        SqliteStore.open(file()).close();
        Articles.execute(file(), "INSERT INTO schema_migrations VALUES (99, 'V99__future.sql', 'later', 'x')");
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(file()));
        String m = e.getMessage();
        assertTrue(m.contains(file().toString()) && m.contains("99") && m.contains("up to " + Migrations.latest()),
                m);
    }

    @Test
    void anAppliedMigrationWhoseScriptChangedIsRefused() throws Exception {
        SqliteStore.open(file()).close();
        Articles.execute(file(), "UPDATE schema_migrations SET checksum = 'abc' WHERE version = 1");
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(file()));
        assertTrue(e.getMessage().contains("V1__init.sql") && e.getMessage().contains("abc"), e.getMessage());
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedClearly() throws Exception {
        Files.writeString(file(), "these are my notes, not a database ".repeat(200));
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(file()));
        assertTrue(e.getMessage().contains("not a SQLite database"), e.getMessage());
        assertTrue(Files.readString(file()).startsWith("these are my notes"), "the file was changed");
    }

    /** Every database has every version: a new migration goes in every folder (see Migrations.FILES). */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void everyScriptInTheFolderIsListedInOrder(String database) throws Exception {
        Migrations migrations = database.equals("sqlite") ? Migrations.SQLITE : Migrations.POSTGRESQL;
        Path folder = Path.of(Migrations.class.getResource(migrations.dir()).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
            assertEquals(scripts, Migrations.FILES);
        }
        assertEquals(Migrations.FILES.size(), migrations.known().size());
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }
}
