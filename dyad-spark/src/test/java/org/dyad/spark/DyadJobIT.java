package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.dyad.cli.Main;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.RawArticle;
import org.dyad.ingest.Sources;
import org.dyad.nlp.Dyad;
import org.dyad.parquet.ParquetTables;
import org.dyad.read.ReadStage;
import org.dyad.store.Store;
import org.dyad.store.StoreStats;
import org.dyad.store.Stores;
import org.dyad.tables.RowWriter;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in a local[2] session over four example articles and a JSON Lines file of one: every table written
 * as Parquet with the export's schema, holding what the articles say, row for row what the plain pipeline gives;
 * {@code dyad import} of the output twice.
 */
class DyadJobIT {
    static final List<String> EXAMPLES = List.of("01-blinken-hanoi-preview.txt", "04-us-vietnam-upgrade-forecasts.txt",
            "05-biden-hanoi-state-visit.html", "06-biden-hanoi-spun-copy.html");
    static final String JSONL = "{\"url\": \"https://example.org/wire/tokyo-hanoi\", \"published\": \"2023-11-27\","
            + " \"title\": \"Japan and Vietnam upgrade ties\", \"text\": \"Japanese Prime Minister Fumio Kishida met"
            + " Vietnamese President Vo Van Thuong in Tokyo on Monday.\"}\n";

    @TempDir
    static Path tmp;
    static Path in;
    static Path out;
    static DyadJob.Summary summary;

    @BeforeAll
    static void run() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
        for (String name : EXAMPLES) {
            Files.copy(examples.resolve(name), in.resolve(name));
        }
        Files.writeString(in.resolve("wire.jsonl"), JSONL);
        out = tmp.resolve("out");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("dyad-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            summary = DyadJob.run(spark, List.of(in.toString()), out.toString(), 2, ReadStage.DEFAULT_MAX_BYTES,
                    Map.of());
        } finally {
            spark.stop();
        }
    }

    @AfterAll
    static void report() {
        System.out.println("DyadJobIT: " + summary);
    }

    @Test
    void everyArticleBecomesRowsAndTheModelsLoadOnce() {
        assertEquals(List.of(), summary.problems());
        assertEquals(List.of(), summary.skipped());
        assertEquals(5, summary.files());
        assertEquals(5, summary.articles());
        assertEquals(1, Pipelines.loads(), "one pipeline per JVM, whatever the number of partitions");
        for (Table t : Tables.ALL) {
            assertTrue(summary.rows().get(t.name()) > 0, t.name() + " is empty: " + summary.rows());
        }
    }

    @Test
    void sparksParquetSchemaIsTheExportsSchema() throws IOException {
        for (Table t : Tables.ALL) {
            List<Path> parts = ParquetTables.files(out.resolve(t.name()));
            assertFalse(parts.isEmpty(), t.name());
            Path exported = tmp.resolve("export-" + t.name() + ".parquet");
            try (RowWriter w = ParquetTables.writer(t, exported)) {
                for (Object[] row : ParquetTables.read(t, out.resolve(t.name()))) {
                    w.write(row);
                }
            }
            for (Path part : parts) {
                assertEquals(ParquetTables.schemaOf(exported), ParquetTables.schemaOf(part), t.name() + " " + part);
            }
        }
    }

    @Test
    void theTablesHoldWhatTheArticlesSay() throws IOException {
        Table ev = Tables.EVENTS;
        List<Object[]> events = ParquetTables.read(ev, out.resolve("events"));
        assertTrue(events.stream().anyMatch(r -> pair(r, ev, "actor1_code", "actor2_code", "USA", "VNM")
                        && r[ev.index("quad_class")] != null && r[ev.index("sentence")] != null),
                "an event between the United States and Vietnam, with its quad class and sentence");
        assertTrue(events.stream().anyMatch(r -> pair(r, ev, "actor1_code", "actor2_code", "JPN", "VNM")
                && "https://example.org/wire/tokyo-hanoi".equals(r[ev.index("source_url")])),
                "the JSON Lines article's meeting, with its URL");
        Table p = Tables.PARTNERSHIPS;
        assertTrue(ParquetTables.read(p, out.resolve("partnerships")).stream()
                .anyMatch(r -> pair(r, p, "owner", "partner", "VNM", "USA")), "a statement on Vietnam's ladder");
        Table q = Tables.QUOTES;
        assertTrue(ParquetTables.read(q, out.resolve("quotes")).stream()
                .anyMatch(r -> "Karin Vollmer".equals(r[q.index("speaker_name")])), "the analyst's quote");
        Table c = Tables.COPIES;
        List<Object[]> copies = ParquetTables.read(c, out.resolve("copies"));
        assertTrue(copies.stream().anyMatch(r -> ((String) r[c.index("doc")]).contains("06-biden")
                || ((String) r[c.index("other_doc")]).contains("06-biden")), "the spun copy and its original");
    }

    @Test
    void theRowsAreThoseOfThePlainPipeline() throws Exception {
        RawArticle a;
        try (ArticleSource s = Sources.open(in.resolve(EXAMPLES.get(0)).toString(), ReadStage.DEFAULT_MAX_BYTES,
                null)) {
            a = s.next().article();
        }
        List<Object[]> plain = Tables.EVENTS.rows(a.key(), Dyad.standard().process(a.source(a.load(), Map.of())));
        List<Object[]> spark = new ArrayList<>();
        for (Object[] r : ParquetTables.read(Tables.EVENTS, out.resolve("events"))) {
            if (a.key().equals(r[0])) {
                spark.add(r);
            }
        }
        assertFalse(plain.isEmpty());
        assertEquals(plain.size(), spark.size());
        for (int i = 0; i < plain.size(); i++) {
            assertArrayEquals(plain.get(i), spark.get(i), "event row " + i);
        }
    }

    @Test
    void importingTheOutputTwiceAddsNothingTheSecondTime() {
        Path db = tmp.resolve("imported.db");
        assertEquals(0, Main.run("import", out.toString(), "--db", db.toString()));
        StoreStats first = stats(db);
        assertEquals(5, first.count("articles"));
        assertEquals(0, Main.run("import", out.toString(), "--db", db.toString()));
        assertEquals(first, stats(db));
    }

    private static StoreStats stats(Path db) {
        try (Store st = Stores.open(db.toString())) {
            return st.stats();
        }
    }

    private static boolean pair(Object[] row, Table t, String a, String b, String x, String y) {
        Object ra = row[t.index(a)];
        Object rb = row[t.index(b)];
        return x.equals(ra) && y.equals(rb) || y.equals(ra) && x.equals(rb);
    }
}
