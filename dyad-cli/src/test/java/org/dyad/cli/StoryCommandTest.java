package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.copies.CopyDetector;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.store.Store;
import org.dyad.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code story} and the story line of {@code show}, on a store filled by the copy detector (no language models). */
class StoryCommandTest {
    private static final String TEXT = "The foreign ministers of Norway and Chile met in Oslo on Tuesday and agreed"
            + " to raise ties to a comprehensive partnership, officials said. Both signed a statement on clean"
            + " energy, fisheries and the protection of the Arctic and Antarctic oceans. Trade between the two"
            + " countries reached 1.2 billion dollars in 2022, and both sides expect it to grow quickly.";

    @TempDir
    Path dir;

    private static Extraction article(String doc, String published, String text) {
        ArticleRecord a = new ArticleRecord(doc, "sha-" + doc, doc, null, null, published, null, "en", "text",
                "UTF-8", "test", Map.of(), text, List.of(), List.of());
        return new Extraction(a, List.of(), text);
    }

    @Test
    void aStoryListsItsOriginalAndCopies() {
        Path db = dir.resolve("d.db");
        try (Store st = Stores.open(db.toString())) {
            CopyDetector.ingest(st, "k:copy", article("copy.txt", "2024-02-01", "Advertisement\n\n" + TEXT));
            CopyDetector.ingest(st, "k:first", article("first.txt", "2024-01-30", TEXT));
        }
        EventCommandsTest.Out story = EventCommandsTest.run(new StoryCommand(), "--db", db.toString(), "first.txt");
        assertEquals(0, story.code(), story.out());
        assertTrue(story.out().contains("2 articles"), story.out());
        assertTrue(story.out().lines().anyMatch(l -> l.startsWith("original") && l.contains("first.txt")),
                story.out());
        assertTrue(story.out().contains("near"), story.out());
        EventCommandsTest.Out show = EventCommandsTest.run(new ShowCommand(), "--db", db.toString(), "copy.txt");
        assertTrue(show.out().contains("story ") && show.out().contains("original k:first"), show.out());
        EventCommandsTest.Out none = EventCommandsTest.run(new StoryCommand(), "--db", db.toString(), "nothing");
        assertEquals(ExitCodes.SOME_FAILED, none.code());
    }
}
