package org.dyad.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.dyad.store.StoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FtsSearchTest {
    @TempDir
    Path dir;

    private SqliteStore store;

    @BeforeEach
    void threeArticles() {
        store = SqliteStore.open(dir.resolve("dyad.db"));
        StoreContract.threeArticles(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void wordsAreStemmedAndAccentsIgnored() {
        assertEquals("/in/manila.html", store.search("sanction", 10).get(0).key());
        assertEquals("/in/mercosur.html", store.search("Mércosur", 10).get(0).key());
    }

    @Test
    void fts5SyntaxWorksForThoseWhoUseIt() {
        assertEquals(2, store.search("Mercosur OR Philippines", 10).size());
        assertEquals(1, store.search("talks NOT Mercosur", 10).size());
        assertEquals(1, store.search("title:shoal", 10).size());
        assertEquals(1, store.search("Merco*", 10).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "AND", "-", "*", "'; DROP TABLE articles; --", "talks AND", "\"",
            "NEAR(", "title:", "(Hanoi", "Hanoi)", "^", "a:b:c", "\u0000"})
    void aQueryFts5RejectsIsSearchedAsWords(String hostile) {
        store.search(hostile, 10);
        assertEquals(3, store.stats().count("articles"));
        assertEquals(3, store.search("talks OR shoal", 10).size());
    }

    @Test
    void aBrokenQueryStillFindsItsWords() {
        assertEquals("/in/mercosur.html", store.search("\"Mercosur", 10).get(0).key());
        assertEquals("/in/manila.html", store.search("maritime AND", 10).get(0).key());
        assertEquals("/in/hanoi.html", store.search("Hanoi -", 10).get(0).key());
    }

    @Test
    void wordsBecomeQuotedPhrases() {
        assertEquals("\"a\" \"b\"\"c\"", FtsSearch.asPhrases("  a b\"c  "));
        assertEquals("\"DROP\" \"TABLE\" \"articles;\"", FtsSearch.asPhrases("'; DROP TABLE articles; --"));
        assertEquals("", FtsSearch.asPhrases("- * \" ("));
    }
}
