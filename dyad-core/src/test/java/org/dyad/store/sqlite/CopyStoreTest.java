package org.dyad.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.copies.CopyDetector;
import org.dyad.copies.CopyRecord;
import org.dyad.copies.CopyTexts;
import org.dyad.copies.Signature;
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
}
