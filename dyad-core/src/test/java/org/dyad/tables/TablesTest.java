package org.dyad.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.copies.CopyRecord;
import org.dyad.events.EventRecord;
import org.dyad.ladders.PartnershipRecord;
import org.dyad.ladders.RelationRecord;
import org.dyad.output.ArticleRecord;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.text.Evidence;
import org.dyad.voices.ForecastRecord;
import org.dyad.voices.QuoteRecord;
import org.junit.jupiter.api.Test;

class TablesTest {
    static final String ORIGINAL = "Blinken met Son in Hanoi on Friday. \"We will upgrade,\" he said, \"soon\".";
    static final String KEY = "file:///news/blinken.txt";

    /** One article with one fact of every kind, with nulls, quotes, commas and a newline in its values. */
    static Extraction sample() {
        Evidence sentence = new Evidence(0, 35, "Blinken met Son in Hanoi on Friday.");
        ArticleRecord a = new ArticleRecord("news/blinken.txt", "ab12", "Blinken, in \"Hanoi\"", null, "", "2023-04-13",
                "https://example.org/b", "en", "text", "UTF-8", "dyad/0.1.0 test", Map.of(), "line one\nline two",
                List.of(), List.of());
        EntityRecord e = new EntityRecord("news/blinken.txt", "e1", "Antony Blinken", "PERSON", "USA", "GOV",
                "U.S. Secretary of State", "foreign_minister", true, "ner:person",
                List.of(new EntityRecord.MentionOut(0, 7, "Blinken", "actor", "ner:person")),
                List.of(new Evidence(0, 7, "Blinken")));
        EventRecord v = new EventRecord("news/blinken.txt", "v1",
                new EventRecord.Actor("USA", "PERSON", "GOV", "Antony Blinken", "e1", "Blinken", false),
                new EventRecord.Actor("VNM", "PERSON", "GOV", "Bui Thanh Son", "e2", "Son", false), true, "043",
                "Host or receive a visit", 2.8, new EventRecord.Plover("CONSULT", "visit", null), 1.0, "happened",
                "tense:past", new EventRecord.When("on Friday", "2023-04-14", "time:weekday"), sentence,
                new Evidence(8, 11, "met"), "consult.meet:meet-verb", List.of(sentence));
        PartnershipRecord p = new PartnershipRecord("news/blinken.txt", "p1", "VNM", "USA", "VNM", "VNM:CSP",
                "comprehensive strategic partnership", 1, "upgrade", PartnershipRecord.EXPECTED, null, "2023-04-13",
                null, null, null, "partnerships:expect", List.of(new Evidence(37, 52, "We will upgrade")));
        RelationRecord r = new RelationRecord("news/blinken.txt", "r1", "VNM", "USA", "close", "warm", null,
                "close ties", "2023-04-13", null, "relations:close", List.of(sentence));
        QuoteRecord q = new QuoteRecord("news/blinken.txt", "q1", QuoteRecord.DIRECT, "We will upgrade,",
                "\"We will upgrade,\" he said, \"soon\".",
                new QuoteRecord.Speaker("e1", "Antony Blinken", null, "USA", "GOV", "pronoun"), "said", "VNM",
                "2023-04-13", "quotes:direct-cue", List.of(new Evidence(37, 53, "We will upgrade,")));
        ForecastRecord f = new ForecastRecord("news/blinken.txt", "f1", q.speaker(), "q1",
                new ForecastRecord.Subject("upgrade", "USA", "VNM", "VNM", null, "upgrade"), ForecastRecord.HAPPENS,
                "certain", "will", new ForecastRecord.Horizon("soon", null, null), "2023-04-13", "We will upgrade.",
                "forecasts:quote", List.of(new Evidence(37, 52, "We will upgrade")));
        CopyRecord c = new CopyRecord("news/blinken.txt", "c1", "near", "file:///news/other.txt", null, 0.91, "s1",
                "file:///news/other.txt", "copy.near", List.of());
        return new Extraction(a, List.of(e), List.of(v, p, r, q, f, c), ORIGINAL);
    }

    @Test
    void everyTableStartsWithTheArticleKeyAndNamesEachColumnOnce() {
        for (Table t : Tables.ALL) {
            assertEquals("key", t.columns().get(0).name(), t.name());
            Set<String> names = new HashSet<>();
            t.columns().forEach(c -> assertTrue(names.add(c.name()), t.name() + "." + c.name()));
        }
        assertEquals(List.of("articles", "entities", "events", "partnerships", "relations", "quotes", "forecasts",
                "copies"),
                Tables.names());
    }

    @Test
    void oneArticleGivesOneRowPerRecordOfEachKind() {
        Extraction x = sample();
        for (Table t : Tables.ALL) {
            assertEquals(1, t.rows(KEY, x).size(), t.name());
        }
    }

    @Test
    void eventRowsHaveGdeltLikeColumnsAndDyadsOwn() {
        Table t = Tables.EVENTS;
        Object[] row = t.rows(KEY, sample()).get(0);
        assertEquals("2023-04-14", row[t.index("date")]);
        assertEquals(20230414, row[t.index("sql_date")]);
        assertEquals("USA", row[t.index("actor1_code")]);
        assertEquals("VNM", row[t.index("actor2_code")]);
        assertEquals("043", row[t.index("event_code")]);
        assertEquals("04", row[t.index("event_root_code")]);
        assertEquals(2.8, row[t.index("goldstein")]);
        assertEquals(1, row[t.index("quad_class")]);
        assertEquals("https://example.org/b", row[t.index("source_url")]);
        assertEquals("CONSULT", row[t.index("plover_category")]);
        assertNull(row[t.index("plover_context")]);
        assertEquals(0, row[t.index("sentence_start")]);
        assertEquals("consult.meet:meet-verb", row[t.index("rule")]);
        assertEquals("dyad/0.1.0 test", row[t.index("pipeline")]);
    }

    @Test
    void quadClassFollowsTheCameoRoot() {
        assertEquals(1, Tables.quad("010"));
        assertEquals(2, Tables.quad("0871"));
        assertEquals(3, Tables.quad("130"));
        assertEquals(4, Tables.quad("195"));
        assertNull(Tables.quad(null));
        assertNull(Tables.sqlDate("2023-04"));
    }

    @Test
    void theArticlesTableCarriesTheWholeExtraction() {
        Extraction x = sample();
        Object[] row = Tables.ARTICLES.rows(KEY, x).get(0);
        assertEquals(x, ExtractionJson.read((String) row[Tables.ARTICLES.index("extraction")]));
    }

    @Test
    void anExtractionSurvivesJson() {
        Extraction x = sample();
        assertEquals(x, ExtractionJson.read(ExtractionJson.write(x)));
        assertThrows(IllegalArgumentException.class, () -> ExtractionJson.read("{\"facts\": []}"));
        assertThrows(IllegalArgumentException.class,
                () -> ExtractionJson.read("{\"article\": {}, \"facts\": [{\"kind\": \"rumour\"}]}"));
    }

    @Test
    void rowsSurviveCsvAndJsonLines() throws Exception {
        Extraction x = sample();
        for (Table t : Tables.ALL) {
            List<Object[]> rows = t.rows(KEY, x);
            StringWriter csv = new StringWriter();
            TableFiles.writeCsv(t, rows, csv);
            assertRows(rows, TableFiles.readCsv(t, new BufferedReader(new StringReader(csv.toString()))), t);
            StringWriter jsonl = new StringWriter();
            TableFiles.writeJsonl(t, rows, jsonl);
            assertRows(rows, TableFiles.readJsonl(t, new BufferedReader(new StringReader(jsonl.toString()))), t);
        }
    }

    @Test
    void aCsvWithAnotherTablesHeaderIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TableFiles.readCsv(Tables.EVENTS,
                new BufferedReader(new StringReader("key,doc\r\n"))));
    }

    private static void assertRows(List<Object[]> want, List<Object[]> got, Table t) {
        assertEquals(want.size(), got.size(), t.name());
        for (int i = 0; i < want.size(); i++) {
            assertArrayEquals(want.get(i), got.get(i), t.name() + " row " + i);
        }
    }
}
