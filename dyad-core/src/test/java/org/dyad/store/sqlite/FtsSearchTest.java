package org.dyad.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dyad.store.SearchHit;
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
        store.ingest("/in/hanoi.html", Articles.about("hanoi.html", "Blinken visits Hanoi",
                "Vietnam and the United States upgraded ties during talks in Hanoi on Tuesday."));
        store.ingest("/in/manila.html", Articles.about("manila.html", "Shoal standoff",
                "China and the Philippines traded accusations over a maritime dispute near the shoal; Manila"
                        + " threatened sanctions."));
        store.ingest("/in/mercosur.html", Articles.about("mercosur.html", "Trade deal",
                "Mercosur and the European Union closed a trade agreement after twenty years of talks."));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theBestMatchComesFirstWithTheTermMarkedInTheSnippet() {
        List<SearchHit> hits = store.search("maritime dispute", 10);
        assertEquals("/in/manila.html", hits.get(0).key());
        assertEquals("Shoal standoff", hits.get(0).title());
        assertTrue(hits.get(0).snippet().contains("[maritime]"), hits.get(0).snippet());
        assertEquals(1, hits.size());
    }

    @Test
    void aTitleMatchOutranksABodyMatch() {
        store.ingest("/in/summit.html", Articles.about("summit.html", "Mercosur summit",
                "Leaders of the bloc met in Montevideo and discussed tariffs with European negotiators."));
        List<SearchHit> hits = store.search("Mercosur", 10);
        assertEquals(List.of("/in/summit.html", "/in/mercosur.html"), hits.stream().map(SearchHit::key).toList());
        assertTrue(hits.get(0).score() > hits.get(1).score());
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

    @Test
    void theLimitIsRespected() {
        assertEquals(1, store.search("talks", 1).size());
        assertEquals(2, store.search("talks", 10).size());
        assertEquals(List.of(), store.search("talks", 0));
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertEquals(List.of(), store.search("", 10));
        assertEquals(List.of(), store.search("   ", 10));
        assertEquals(List.of(), store.search(null, 10));
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
