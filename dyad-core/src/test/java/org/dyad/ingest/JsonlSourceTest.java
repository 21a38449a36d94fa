package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSourceTest {
    @Test
    void aBadLineIsOneProblemNamingFileAndLineAndTheRestGoOn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("articles.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"url\":\"https://example.org/a\",\"title\":\"Treaty signed\",\"published\":\"2023-04-13\",\"text\":\"Norland and Sudovia signed a treaty.\"}",
                "",
                "{\"title\": broken",
                "{\"html\":\"<p>The ferry link opened.</p>\",\"title\":\"Ferry\"}",
                "[1,2]",
                "{\"title\":\"nothing\"}",
                "{\"text\":\"" + "x".repeat(3000) + "\"}",
                "{\"url\":\"ftp://example.org/x\",\"text\":\"y\"}",
                "{\"text\":\"last\",\"date\":\"April 14, 2023\"}") + "\n");
        List<SourceItem> items = Items.all(Sources.open(f.toString(), 2000, null));
        assertEquals(8, items.size());
        RawArticle a = items.get(0).article();
        assertEquals("https://example.org/a", a.key());
        assertEquals("Treaty signed", a.meta().get("title"));
        assertEquals("Norland and Sudovia signed a treaty.", Items.text(a));
        assertEquals(f + ":3", items.get(1).origin());
        assertTrue(items.get(1).problem().startsWith("not valid JSON"), items.get(1).problem());
        RawArticle frag = items.get(2).article();
        assertTrue(Items.text(frag).contains("<title>Ferry</title>"));
        assertEquals(f.toAbsolutePath().toUri() + "#line=4", frag.key());
        assertEquals("not a JSON object", items.get(3).problem());
        assertEquals("no \"text\" or \"html\" field", items.get(4).problem());
        assertTrue(items.get(5).problem().contains("over the"), items.get(5).problem());
        assertFalse(items.get(6).ok());
        assertEquals("2023-04-14", items.get(7).article().meta().get("published"));
    }
}
