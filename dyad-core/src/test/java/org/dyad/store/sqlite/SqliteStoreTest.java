package org.dyad.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.output.ArticleRecord;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.store.Store.Outcome;
import org.dyad.store.StoreException;
import org.dyad.store.StoreStats;
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
    void anIngestedArticleReadsBackEqualByIdKeyAndDocName() {
        Extraction x = Articles.hanoi("hanoi.html", "sha-1", "Việt Nam");
        assertNotEquals(x.original().length(), x.original().codePointCount(0, x.original().length()),
                "the fixture must have characters outside the BMP");
        try (SqliteStore store = open()) {
            assertEquals(Outcome.NEW, store.ingest(KEY, x));
            StoredArticle byKey = store.article(KEY).orElseThrow();
            assertEquals(x, byKey.extraction());
            assertEquals(KEY, byKey.key());
            assertEquals(byKey, store.article(Long.toString(byKey.id())).orElseThrow());
            assertEquals(byKey, store.article("hanoi.html").orElseThrow());
            assertTrue(store.article("no-such-article").isEmpty());
            assertTrue(store.article("999").isEmpty());
        }
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
    void aDocNameFindsTheMostRecentArticleOfThatName() {
        try (SqliteStore store = open()) {
            store.ingest("/old/a.html", Articles.about("a.html", "Old", "Mercosur trade"));
            store.ingest("/new/a.html", Articles.about("a.html", "New", "Mercosur trade"));
            assertEquals("/new/a.html", store.article("a.html").orElseThrow().key());
        }
    }

    @Test
    void nullListsAreStoredAsEmpty() {
        Extraction x = Articles.about("a.html", "Title", "Body text");
        ArticleRecord a = x.article();
        ArticleRecord bare = new ArticleRecord(a.doc(), a.sha256(), a.title(), null, null, null, null, null, null,
                null, a.pipeline(), null, a.text(), null, null);
        try (SqliteStore store = open()) {
            store.ingest(KEY, new Extraction(bare, List.of(), x.original()));
            ArticleRecord back = store.article(KEY).orElseThrow().extraction().article();
            assertEquals(Map.of(), back.fields());
            assertEquals(List.of(), back.boilerplate());
            assertEquals(List.of(), back.evidence());
        }
    }

    @Test
    void theSameContentTwiceIsUnchangedAndWritesNothing() {
        Extraction x = Articles.hanoi("hanoi.html", "sha-1", "Việt Nam");
        try (SqliteStore store = open()) {
            assertEquals(Outcome.NEW, store.ingest(KEY, x));
            StoreStats before = store.stats();
            String ingestedAt = store.article(KEY).orElseThrow().ingestedAt();
            assertEquals(Outcome.UNCHANGED, store.ingest(KEY, x));
            assertEquals(before, store.stats());
            assertEquals(ingestedAt, store.article(KEY).orElseThrow().ingestedAt());
            assertEquals(1, before.count("articles"));
            assertEquals(3, before.count("entities"));
            assertEquals(5, before.count("mentions"));
            assertEquals(4, before.count("article_fields"));
            assertEquals(1, before.count("boilerplate"));
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
    void aFailedIngestLeavesNoTraceAndKeepsThePreviousVersion() {
        Extraction v1 = Articles.hanoi("hanoi.html", "sha-1", "Việt Nam");
        try (SqliteStore store = open()) {
            store.ingest(KEY, v1);
            StoreStats before = store.stats();

            StoreException e = assertThrows(StoreException.class,
                    () -> store.ingest(KEY, withBrokenSecondEntity(Articles.hanoi("hanoi.html", "sha-2", "Laos"))));
            assertTrue(e.getMessage().contains(KEY), e.getMessage());
            assertEquals(v1, store.article(KEY).orElseThrow().extraction());

            assertThrows(StoreException.class, () -> store.ingest("https://example.org/other",
                    withBrokenSecondEntity(Articles.hanoi("other.html", "sha-3", "Laos"))));
            assertTrue(store.article("https://example.org/other").isEmpty());
            assertTrue(store.search("Laos", 5).isEmpty());
            assertEquals(before, store.stats());
        }
    }

    @Test
    void aMissingRequiredValueIsRefusedNamingTheColumn() {
        Extraction x = Articles.hanoi("hanoi.html", "sha-1", "Việt Nam");
        EntityRecord e = x.entities().get(1);
        EntityRecord untyped = new EntityRecord(e.doc(), e.id(), e.name(), null, e.code(), e.sector(), e.title(),
                e.role(), e.actor(), e.rule(), e.mentions(), e.evidence());
        try (SqliteStore store = open()) {
            StoreException thrown = assertThrows(StoreException.class, () -> store.ingest(KEY,
                    new Extraction(x.article(), List.of(x.entities().get(0), untyped), x.original())));
            assertTrue(thrown.getMessage().contains("entities.type"), thrown.getMessage());
            assertEquals(0, store.stats().count("articles"));
            assertEquals(0, store.stats().count("mentions"));
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
    void twoThreadsIngestingAtOnceStoreEverything() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (SqliteStore store = open()) {
            List<Future<?>> done = new ArrayList<>();
            for (String thread : List.of("a", "b")) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        String doc = thread + i + ".html";
                        assertEquals(Outcome.NEW, store.ingest("/in/" + doc,
                                Articles.hanoi(doc, "sha-" + doc, "Việt Nam")));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            assertEquals(100, store.stats().count("articles"));
            assertEquals(300, store.stats().count("entities"));
            assertEquals(100, store.search("Hanoi", 1000).size());
        } finally {
            pool.shutdownNow();
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
