package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.store.Store;
import org.dyad.store.StoreStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting the same articles again adds nothing; changing one article replaces just that article's facts. */
class IdempotenceIT {
    private static final String CHANGED = "08-japan-vietnam-csp.txt";
    private static final String ADDED_PARAGRAPH = "\nSeparately, Brazil's foreign minister said Brasilia would "
            + "follow the new partnership closely.\n";

    @TempDir
    Path tmp;

    @Test
    void reingestAddsNothingAndAChangedArticleIsReplaced() throws IOException {
        Path dir = tmp.resolve("articles");
        Path db = tmp.resolve("x.db");
        int n = Cli.copyExamples(dir).size();
        assertEquals(18, n, "the examples folder should hold 18 articles");

        ingest(dir, db, n + " new, 0 unchanged, 0 replaced, 0 failed");
        StoreStats first = stats(db);
        assertEquals(n, first.count("articles"));

        ingest(dir, db, "0 new, " + n + " unchanged, 0 replaced, 0 failed");
        assertEquals(first, stats(db), "a second ingest of the same content must not change the store");

        Path changed = dir.resolve(CHANGED);
        Extraction before = article(db, changed);
        assertFalse(codes(before).contains("BRA"), "the original article does not mention Brazil");
        Files.writeString(changed, Files.readString(changed) + ADDED_PARAGRAPH);

        ingest(dir, db, "0 new, " + (n - 1) + " unchanged, 1 replaced, 0 failed");
        Extraction after = article(db, changed);
        StoreStats third = stats(db);
        assertTrue(codes(after).contains("BRA"), () -> "the replaced article's entities: " + after.entities());
        assertTrue(after.article().text().contains("Brasilia would follow"), "the stored text is the new text");
        assertEquals(n, third.count("articles"));
        assertEquals(first.count("entities") - before.entities().size() + after.entities().size(),
                third.count("entities"), "entities: the old article's replaced by the new one's");
        assertEquals(first.count("mentions") - mentions(before) + mentions(after), third.count("mentions"),
                "mentions: the old article's replaced by the new one's");
    }

    private static void ingest(Path dir, Path db, String expected) {
        Cli.Run r = Cli.run("ingest", dir, "--db", db);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("articles: " + expected), () -> "expected \"" + expected + "\"\n" + r);
    }

    private static StoreStats stats(Path db) {
        return Cli.query(db, Store::stats);
    }

    private static Extraction article(Path db, Path file) {
        return Cli.query(db, st -> st.article(Cli.key(file)).orElseThrow().extraction());
    }

    private static List<String> codes(Extraction x) {
        return x.entities().stream().map(EntityRecord::code).toList();
    }

    private static int mentions(Extraction x) {
        return x.entities().stream().mapToInt(e -> e.mentions().size()).sum();
    }
}
