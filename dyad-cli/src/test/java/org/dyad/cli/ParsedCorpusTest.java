package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.pipeline.Doc;
import org.dyad.text.CleanText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse cache of {@code dyad eval --parsed}: keyed by each text, so that it is reused across gold files. */
class ParsedCorpusTest {
    @TempDir
    Path dir;

    private static ParsedCorpus.Text text(String id, String body) {
        return new ParsedCorpus.Text(id, body.getBytes(StandardCharsets.UTF_8), Map.of("published", "2023-04-13"));
    }

    /** An article as the pipeline would leave it, with no sentences (none are needed to test the cache). */
    private static ParsedCorpus.Parsed parsed(ParsedCorpus.Text t) {
        Doc d = new Doc(t.id());
        d.put(Layers.CLEAN, CleanText.identity(new String(t.bytes(), StandardCharsets.UTF_8)));
        d.put(Layers.META, new ArticleMeta(Map.of()));
        d.put(Layers.SENTENCES, List.of());
        d.put(Layers.TIMES, List.of());
        d.put(Layers.ENTITIES, List.of());
        return ParsedCorpus.Parsed.of(d).withKey(ParsedCorpus.key(t));
    }

    @Test
    void aCacheServesAnySubsetOfItsTextsInTheOrderAsked() throws Exception {
        ParsedCorpus.Text a = text("r1", "Peru and Chile signed a treaty.");
        ParsedCorpus.Text b = text("r2", "Bolivia protested.");
        Path cache = dir.resolve("parsed.json");
        ParsedCorpus.save(List.of(parsed(a), parsed(b)), cache);
        PrintWriter err = new PrintWriter(new StringWriter());
        // Neither call may parse (that would load the language models): every text is in the cache.
        assertEquals(List.of("r2"), ParsedCorpus.parseCached(cache, List.of(b), err).stream()
                .map(ParsedCorpus.Parsed::id).toList());
        assertEquals(List.of("r2", "r1"), ParsedCorpus.parseCached(cache, List.of(b, a), err).stream()
                .map(ParsedCorpus.Parsed::id).toList());
        assertEquals(2, ParsedCorpus.load(cache).size(), "the cache was not rewritten with one text");
    }

    @Test
    void theKeyChangesWithTheTextOrItsHintsNotOnlyWithTheId() {
        ParsedCorpus.Text a = text("r1", "Peru and Chile signed a treaty.");
        assertEquals(ParsedCorpus.key(a), ParsedCorpus.key(text("r1", "Peru and Chile signed a treaty.")));
        assertNotEquals(ParsedCorpus.key(a), ParsedCorpus.key(text("r1", "Peru and Chile signed two treaties.")));
        assertNotEquals(ParsedCorpus.key(a), ParsedCorpus.key(new ParsedCorpus.Text("r1", a.bytes(), Map.of())));
    }
}
