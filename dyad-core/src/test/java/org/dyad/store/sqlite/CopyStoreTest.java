package org.dyad.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.copies.CopyDetector;
import org.dyad.copies.CopyRecord;
import org.dyad.copies.CopyTexts;
import org.dyad.copies.Signature;
import org.dyad.copies.Story;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyStoreTest {
    @TempDir
    Path dir;

    private static Extraction article(String doc, String published, String text) {
        ArticleRecord a = new ArticleRecord(doc, "sha-" + doc + text.hashCode(), doc, null, null, published, null,
                "en", "text", "UTF-8", Articles.PIPELINE, Map.of(), text, List.of(), List.of());
        return new Extraction(a, List.of(), text);
    }

    private static List<CopyRecord> copies(Store st, String key) {
        return st.article(key).orElseThrow().extraction().facts(CopyRecord.class);
    }

    @Test
    void signaturesRoundTripThroughTheStore() {
        try (SqliteStore st = SqliteStore.open(dir.resolve("d.db"))) {
            CopyDetector.ingest(st, "k:source", article("source", "2024-01-02", CopyTexts.SOURCE));
            assertEquals(Signature.of(CopyTexts.SOURCE), st.copies().get("k:source").orElseThrow().signature());
            assertEquals(1, st.copies().size());
        }
    }

    @Test
    void copiesAreLinkedIntoOneStoryWithTheEarliestAsOriginal() {
        try (SqliteStore st = SqliteStore.open(dir.resolve("d.db"))) {
            CopyDetector.ingest(st, "k:spun", article("spun", "2024-01-05", CopyTexts.SPUN));
            CopyDetector.ingest(st, "k:source", article("source", "2024-01-02", CopyTexts.SOURCE));
            CopyDetector.ingest(st, "k:near", article("near", "2024-01-03", CopyTexts.NEAR));
            CopyDetector.ingest(st, "k:other", article("other", "2024-01-03", CopyTexts.NEGATIVE));

            List<CopyRecord> near = copies(st, "k:near");
            assertEquals("near", near.get(0).type());
            assertEquals("k:source", near.get(0).other());
            assertEquals("k:source", near.get(0).original());
            assertTrue(!near.get(0).evidence().isEmpty() && near.get(0).evidence().get(0).text().contains("Oslo"));
            assertEquals(List.of(), copies(st, "k:other"));

            String story = near.get(0).story();
            Story s = st.story(story).orElseThrow();
            assertEquals("k:source", s.original());
            assertEquals(List.of("k:spun", "k:source", "k:near"), s.members().stream().map(Story.Member::key)
                    .toList());
            assertTrue(st.story("999").isEmpty());
        }
    }

    @Test
    void ingestingAnArticleAgainLinksItToNothingNew() {
        try (SqliteStore st = SqliteStore.open(dir.resolve("d.db"))) {
            Extraction source = article("source", "2024-01-02", CopyTexts.SOURCE);
            assertEquals(Store.Outcome.NEW, CopyDetector.ingest(st, "k:source", source));
            assertEquals(Store.Outcome.UNCHANGED, CopyDetector.ingest(st, "k:source", source));
            assertEquals(List.of(), copies(st, "k:source"));
            CopyDetector.ingest(st, "k:exact", article("exact", null, CopyTexts.EXACT));
            CopyDetector.ingest(st, "k:exact", article("exact", null, CopyTexts.EXACT + " Updated."));
            List<CopyRecord> exact = copies(st, "k:exact");
            assertEquals(1, exact.size());
            assertEquals("k:source", exact.get(0).other());
            assertEquals(2, st.copies().size());
            assertEquals(2, st.story(exact.get(0).story()).orElseThrow().members().size());
        }
    }
}
