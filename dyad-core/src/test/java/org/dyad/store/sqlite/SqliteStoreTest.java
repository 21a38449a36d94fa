package org.dyad.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.store.Store.Outcome;
import org.dyad.store.StoreException;
import org.dyad.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
    private static final String KEY = "https://example.org/hanoi";

    @TempDir
    Path dir;

    private SqliteStore open() {
        return SqliteStore.open(dir.resolve("dyad.db"));
    }

    @Test
    void theStoredArticleSurvivesReopeningTheFile() {
        Extraction x = Articles.hanoi("hanoi.html", "sha-1", "Việt Nam");
        try (SqliteStore store = open()) {
            store.ingest(KEY, x);
        }
        try (SqliteStore store = open()) {
            assertEquals(x, store.article(KEY).orElseThrow().extraction());
        }
    }

    @Test
    void changedContentReplacesTheFactsAndKeepsTheId() throws Exception {
        try (SqliteStore store = open()) {
            store.ingest(KEY, Articles.hanoi("hanoi.html", "sha-1", "Việt Nam"));
            long id = store.article(KEY).orElseThrow().id();
            Extraction changed = Articles.hanoi("hanoi.html", "sha-2", "Laos");
            assertEquals(Outcome.REPLACED, store.ingest(KEY, changed));
            StoredArticle back = store.article(KEY).orElseThrow();
            assertEquals(id, back.id());
            assertEquals(changed, back.extraction());
            Path file = store.file();
            assertEquals(0, Articles.count(file, "SELECT count(*) FROM entities WHERE name = 'Việt Nam'"));
            assertEquals(0, Articles.count(file, "SELECT count(*) FROM mentions WHERE text = 'Việt Nam'"));
            assertEquals(1, Articles.count(file, "SELECT count(*) FROM entities WHERE name = 'Laos'"));
            assertEquals(3, store.stats().count("entities"));
            assertEquals(5, store.stats().count("mentions"));
            assertTrue(store.search("Laos", 5).stream().anyMatch(h -> h.articleId() == id));
            assertTrue(store.search("Việt", 5).isEmpty(), "the search index still has the old text");
        }
    }

    @Test
    void anEntityOfAnotherDocumentIsRefused() {
        Extraction x = Articles.hanoi("hanoi.html", "sha-1", "Việt Nam");
        Extraction other = Articles.hanoi("other.html", "sha-1", "Laos");
        try (SqliteStore store = open()) {
            StoreException e = assertThrows(StoreException.class, () -> store.ingest(KEY,
                    new Extraction(x.article(), other.entities(), x.original())));
            assertTrue(e.getMessage().contains("other.html"), e.getMessage());
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        SqliteStore store = open();
        store.close();
        store.close();
        StoreException e = assertThrows(StoreException.class, store::stats);
        assertTrue(e.getMessage().contains("closed") && e.getMessage().contains("dyad.db"), e.getMessage());
    }

    /** {@code x} with a null in its second entity's mentions: the write fails after the first entity is in. */
    private static Extraction withBrokenSecondEntity(Extraction x) {
        EntityRecord e = x.entities().get(1);
        EntityRecord broken = new EntityRecord(e.doc(), e.id(), e.name(), e.type(), e.code(), e.sector(), e.title(),
                e.role(), e.actor(), e.rule(), Arrays.asList(e.mentions().get(0), null), e.evidence());
        return new Extraction(x.article(), List.of(x.entities().get(0), broken, x.entities().get(2)), x.original());
    }
}
