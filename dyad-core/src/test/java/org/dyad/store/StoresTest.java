package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoresTest {
    @TempDir
    Path dir;

    @Test
    void aPlainPathOpensASqliteFileCreatingItsDirectories() {
        Path file = dir.resolve("a/b/dyad.db");
        try (Store store = Stores.open(file.toString())) {
            assertEquals(0, store.stats().count("articles"));
            assertTrue(store.schemaVersion() >= 1);
        }
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void aJdbcSqliteUrlOpensThatFile() {
        Path file = dir.resolve("c/dyad.db");
        Stores.open("jdbc:sqlite:" + file).close();
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void anUnreachablePostgresqlServerIsReportedSayingSo() {
        StoreException e = assertThrows(StoreException.class,
                () -> Stores.open("jdbc:postgresql://127.0.0.1:1/dyad?user=u&password=secret&connectTimeout=2"));
        assertTrue(e.getMessage().contains("cannot reach the PostgreSQL server")
                && e.getMessage().contains("127.0.0.1:1") && !e.getMessage().contains("secret"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://localhost/dyad", "https://example.org/dyad.db", "jdbc:sqlite::memory:",
            "jdbc:sqlite:", "", "  "})
    void otherLocationsAreRefusedSayingWhatWorks(String location) {
        StoreException e = assertThrows(StoreException.class, () -> Stores.open(location));
        assertTrue(e.getMessage().contains("SQLite file path"), e.getMessage());
    }

    @Test
    void aDirectoryIsRefusedWithAFileToUseInstead() {
        StoreException e = assertThrows(StoreException.class, () -> Stores.open(dir.toString()));
        assertTrue(e.getMessage().contains("is a directory") && e.getMessage().contains("dyad.db"), e.getMessage());
    }

    @Test
    void theDefaultLocationFollowsDyadDbThenXdgThenHome() {
        assertEquals("/data/x.db", Stores.defaultLocation(Map.of("DYAD_DB", "/data/x.db",
                "XDG_DATA_HOME", "/xdg")::get, "/home/u"));
        assertEquals(Path.of("/xdg/dyad/dyad.db").toString(),
                Stores.defaultLocation(Map.of("XDG_DATA_HOME", "/xdg")::get, "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/dyad/dyad.db").toString(),
                Stores.defaultLocation(Map.<String, String>of()::get, "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/dyad/dyad.db").toString(),
                Stores.defaultLocation(Map.of("XDG_DATA_HOME", "relative", "DYAD_DB", " ")::get, "/home/u"));
    }

    @Test
    void aLeadingTildeIsTheHomeDirectory() {
        assertEquals("/home/u/dyad.db", Stores.expandHome("~/dyad.db", "/home/u"));
        assertEquals("a~/dyad.db", Stores.expandHome("a~/dyad.db", "/home/u"));
    }
}
