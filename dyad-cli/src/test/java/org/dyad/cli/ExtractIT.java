package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The output contract of {@code dyad extract --format jsonl}: every line is a JSON record with doc, kind and evidence;
 * every span (evidence, mention, boilerplate, field evidence) quotes the original file exactly, offsets in code
 * points. Then what the pipeline must find in real articles (the seeds, read at test time only; skipped when absent).
 */
class ExtractIT {
    private static Map<String, List<JsonNode>> examples;
    private static Map<String, List<JsonNode>> seeds;

    @BeforeAll
    static void extractExamples() {
        examples = extract(Cli.examples());
    }

    @Test
    void everyExampleGivesItsArticleRecordFirstThenEntities() {
        assertEquals(Cli.exampleFiles().size(), examples.size(), () -> "docs: " + examples.keySet());
        examples.forEach((doc, records) -> Cli.assertArticleThenEntities(records, doc));
    }

    @Test
    void everyExampleSpanQuotesTheOriginal() {
        assertSpansQuoteTheOriginal(examples);
    }

    @Test
    void everySeedSpanQuotesTheOriginal() {
        assertSpansQuoteTheOriginal(seeds());
    }

    @Test
    void seedTitleAndDateComeFromTheArticleAndItsByline() {
        JsonNode article = article("000_");
        assertEquals("Blinken to seek strategic upgrade of U.S.-Vietnam ties", article.path("title").asText());
        assertEquals("2023-04-13", article.path("published").asText());
        JsonNode evidence = article.path("fields").path("published").path("evidence");
        assertFalse(evidence.isMissingNode(), () -> "published has no evidence: " + article.path("fields"));
        String original = original(article.path("doc").asText());
        String line = lineAt(original, original.offsetByCodePoints(0, evidence.path("start").asInt()));
        assertTrue(line.matches("(?U)By\\s.*"), () -> "published should come from the byline, came from: " + line);
    }

    @Test
    void seedFrenchCookieNoticesAreBoilerplate() {
        JsonNode article = article("000_");
        String original = original(article.path("doc").asText());
        List<Integer> notices = new ArrayList<>();
        for (int at = original.indexOf("En poursuivant"); at >= 0; at = original.indexOf("En poursuivant", at + 1)) {
            notices.add(original.codePointCount(0, at));
        }
        assertEquals(2, notices.size(), "the seed ends with two French cookie notices");
        for (int notice : notices) {
            assertTrue(nodes(article.path("boilerplate")).stream()
                            .anyMatch(b -> b.path("start").asInt() <= notice && notice < b.path("end").asInt()),
                    () -> "cookie notice at " + notice + " is not in boilerplate: " + article.path("boilerplate"));
        }
        String text = article.path("text").asText();
        assertFalse(text.contains("En poursuivant") || text.contains("cookies"), "cookie notice left in the text");
    }

    @Test
    void seedBlinkenIsAnAmericanSecretaryOfStateWithHisShortMentions() {
        JsonNode blinken = entity("000_", "Antony Blinken");
        assertEquals("PERSON", blinken.path("type").asText(), blinken::toString);
        assertEquals("USA", blinken.path("code").asText(), blinken::toString);
        assertTrue(blinken.path("title").asText().contains("Secretary of State"), blinken::toString);
        assertTrue(nodes(blinken.path("mentions")).stream().anyMatch(m -> m.path("text").asText().equals("Blinken")),
                () -> "\"Blinken\" should be merged into Antony Blinken: " + blinken);
    }

    @Test
    void seedPolingKeepsHisTitle() {
        JsonNode poling = entity("000_", "Gregory Poling");
        assertTrue(poling.path("title").asText().contains("Southeast Asia Program"), poling::toString);
    }

    @Test
    void seedAdMarkersAndSourceLinkAreBoilerplate() {
        JsonNode article = article("003_");
        List<String> removed = nodes(article.path("boilerplate")).stream().map(b -> b.path("text").asText()).toList();
        for (String marker : List.of("[ad_1]", "Source link")) {
            assertTrue(removed.stream().anyMatch(t -> t.contains(marker)), () -> marker + " not in " + removed);
            assertFalse(article.path("text").asText().contains(marker), marker + " left in the text");
        }
    }

    @Test
    void seedMisspelledPrimeMinisterResolvesToVietnam() {
        List<JsonNode> holders = seedRecords("002_").stream()
                .filter(r -> nodes(r.path("mentions")).stream()
                        .anyMatch(m -> m.path("text").asText().equals("Pham Minh Chin")))
                .toList();
        assertEquals(1, holders.size(), () -> "entities with the mention \"Pham Minh Chin\": " + holders);
        assertEquals("VNM", holders.get(0).path("code").asText(), holders.get(0)::toString);
    }

    // --- helpers

    /** Runs extract on {@code path} and groups the records by doc, in output order. */
    private static Map<String, List<JsonNode>> extract(Path path) {
        Cli.Run r = Cli.run("extract", path, "--format", "jsonl");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        List<JsonNode> records = r.jsonLines();
        assertFalse(records.isEmpty(), r::toString);
        for (JsonNode rec : records) {
            assertTrue(rec.path("doc").isTextual() && rec.path("kind").isTextual() && rec.path("evidence").isArray(),
                    () -> "record without doc, kind and evidence: " + rec);
        }
        return records.stream().collect(Collectors.groupingBy(n -> n.path("doc").asText(), LinkedHashMap::new,
                Collectors.toList()));
    }

    private static synchronized Map<String, List<JsonNode>> seeds() {
        if (seeds == null) {
            Path dir = Path.of("..", "..", "shared", "seeds");
            if (!Files.isDirectory(dir) && System.getProperty("dyad.seeds") != null) {
                dir = Path.of(System.getProperty("dyad.seeds"));
            }
            Assumptions.assumeTrue(Files.isDirectory(dir), "no seed articles at " + dir.toAbsolutePath()
                    + " (set -Ddyad.seeds=DIR)");
            seeds = extract(dir);
        }
        return seeds;
    }

    private static List<JsonNode> seedRecords(String prefix) {
        return seeds().entrySet().stream().filter(e -> Path.of(e.getKey()).getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no seed " + prefix + "* in " + seeds.keySet()))
                .getValue();
    }

    private static JsonNode article(String seed) {
        return seedRecords(seed).get(0);
    }

    private static JsonNode entity(String seed, String name) {
        List<JsonNode> records = seedRecords(seed);
        return records.stream().filter(r -> r.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity \"" + name + "\" in seed " + seed + "; entities: "
                        + records.stream().skip(1).map(r -> r.path("name").asText()).toList()));
    }

    /** Checks every span of every record against the original file; reports all that do not match. */
    private static void assertSpansQuoteTheOriginal(Map<String, List<JsonNode>> byDoc) {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var e : byDoc.entrySet()) {
            String original = original(e.getKey());
            for (JsonNode rec : e.getValue()) {
                List<JsonNode> spans = new ArrayList<>(nodes(rec.path("evidence")));
                spans.addAll(nodes(rec.path("mentions")));
                spans.addAll(nodes(rec.path("boilerplate")));
                rec.path("fields").forEach(f -> {
                    if (f.has("evidence")) {
                        spans.add(f.path("evidence"));
                    }
                });
                for (JsonNode span : spans) {
                    checked++;
                    String quoted = quote(original, span.path("start").asInt(), span.path("end").asInt());
                    if (!quoted.equals(span.path("text").asText())) {
                        wrong.add(e.getKey() + " " + rec.path("kind").asText() + " " + span + " but the original has \""
                                + quoted + "\"");
                    }
                }
            }
        }
        assertTrue(checked > 0, "no spans to check");
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " spans do not quote the original:\n"
                + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
    }

    /** The code points {@code [start, end)} of {@code original}, or a note when they are out of range. */
    private static String quote(String original, int start, int end) {
        int length = original.codePointCount(0, original.length());
        if (start < 0 || start > end || end > length) {
            return "<out of range: " + length + " code points>";
        }
        int from = original.offsetByCodePoints(0, start);
        return original.substring(from, original.offsetByCodePoints(from, end - start));
    }

    private static String original(String doc) {
        try {
            return Files.readString(Path.of(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lineAt(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static List<JsonNode> nodes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
