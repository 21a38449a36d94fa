package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad search} and {@code dyad show} over a store holding the example articles. */
class SearchShowIT {
    @TempDir
    static Path tmp;
    private static Path db;

    @BeforeAll
    static void ingestExamples() {
        db = tmp.resolve("x.db");
        Cli.Run r = Cli.run("ingest", Cli.examples(), "--db", db);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
    }

    @Test
    void searchMarksTheMatchInSnippets() {
        Cli.Run r = Cli.run("search", "Hanoi", "--db", db);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("[Hanoi]"), r::toString);
    }

    @Test
    void searchAsJsonLinesGivesOneHitPerLine() {
        List<JsonNode> hits = Cli.run("search", "Hanoi", "--db", db, "--format", "jsonl", "--limit", "3").jsonLines();
        assertEquals(3, hits.size(), hits::toString);
        assertTrue(hits.stream().allMatch(h -> h.path("snippet").asText().contains("[Hanoi]")), hits::toString);
    }

    @Test
    void anUnbalancedQuoteDoesNotCrash() {
        Cli.Run r = Cli.run("search", "\"unbalanced", "--db", db);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void showPrintsTheTitleAndEntities() throws IOException {
        Cli.Run r = Cli.run("show", "1", "--db", db);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().startsWith("#1  " + headerTitle(Cli.exampleFiles().get(0))), r::toString);
        assertTrue(r.out().matches("(?s).*\nentities \\([1-9][0-9]*\\):\n.*"), r::toString);
    }

    @Test
    void showOfAMissingArticleSaysSo() {
        Cli.Run r = Cli.run("show", "999", "--db", db);
        assertEquals(ExitCodes.SOME_FAILED, r.code(), r::toString);
        assertTrue(r.err().contains("no stored article \"999\""), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void showAsJsonLinesGivesTheArticleThenItsEntities() {
        Cli.Run r = Cli.run("show", "1", "--db", db, "--format", "jsonl");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        Cli.assertArticleThenEntities(r.jsonLines(), r);
    }

    /** The {@code title:} line of a plain-text example's header block. */
    private static String headerTitle(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith("title: ")).findFirst()
                .orElseThrow().substring("title: ".length());
    }
}
