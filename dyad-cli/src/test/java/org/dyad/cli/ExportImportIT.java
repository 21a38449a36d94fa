package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.output.Extraction;
import org.dyad.parquet.ParquetTables;
import org.dyad.store.Store;
import org.dyad.tables.Table;
import org.dyad.tables.TableFiles;
import org.dyad.tables.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four example articles ingested, exported as CSV, JSON Lines and Parquet, read back; the Parquet export imported
 * into a fresh store twice.
 */
class ExportImportIT {
    static final List<String> EXAMPLES = List.of("01-blinken-hanoi-preview.txt", "04-us-vietnam-upgrade-forecasts.txt",
            "05-biden-hanoi-state-visit.html", "06-biden-hanoi-spun-copy.html");

    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void ingest() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        for (String name : EXAMPLES) {
            Files.copy(Cli.examples().resolve(name), dir.resolve(name));
        }
        db = tmp.resolve("ingested.db");
        Cli.Run r = Cli.run("ingest", dir, "--db", db);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
    }

    @Test
    void everyFormatReadsBackAsTheStoresRows() throws IOException {
        for (String format : List.of("csv", "jsonl", "parquet")) {
            Path out = tmp.resolve("export-" + format);
            Cli.Run r = Cli.run("export", "--db", db, "--format", format, "--out", out);
            assertEquals(ExitCodes.OK, r.code(), r::toString);
            for (Table t : Tables.ALL) {
                List<Object[]> want = storeRows(t);
                Path f = out.resolve(t.name() + "." + format);
                List<Object[]> got;
                if (format.equals("parquet")) {
                    got = ParquetTables.read(t, f);
                } else {
                    try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        got = format.equals("csv") ? TableFiles.readCsv(t, in) : TableFiles.readJsonl(t, in);
                    }
                }
                assertEquals(want.size(), got.size(), format + " " + t.name());
                for (int i = 0; i < want.size(); i++) {
                    assertArrayEquals(want.get(i), got.get(i), format + " " + t.name() + " row " + i);
                }
                assertTrue(r.out().contains(t.name() + ": " + want.size() + " rows"), r::toString);
            }
        }
    }

    @Test
    void theTablesHoldWhatTheArticlesSay() {
        Table ev = Tables.EVENTS;
        assertTrue(storeRows(ev).stream().anyMatch(r -> pair(r, ev, "actor1_code", "actor2_code", "USA", "VNM")),
                "an event between the United States and Vietnam");
        Table p = Tables.PARTNERSHIPS;
        assertTrue(storeRows(p).stream().anyMatch(r -> pair(r, p, "owner", "partner", "VNM", "USA")),
                "a statement about the U.S. on Vietnam's ladder");
        Table q = Tables.QUOTES;
        assertTrue(storeRows(q).stream().anyMatch(r -> "Karin Vollmer".equals(r[q.index("speaker_name")])),
                "the analyst's quote in example 04");
        assertTrue(storeRows(Tables.FORECASTS).size() > 0, "example 04's forecasts");
        Table c = Tables.COPIES;
        assertTrue(storeRows(c).stream().anyMatch(r -> ((String) r[c.index("doc")]).contains("06-biden")),
                "the spun copy links to its original");
    }

    @Test
    void importingAParquetExportTwiceAddsNothingTheSecondTime() {
        Path out = tmp.resolve("export-for-import");
        assertEquals(ExitCodes.OK, Cli.run("export", "--db", db, "--out", out, "--table", "articles").code());
        Path fresh = tmp.resolve("imported.db");
        Cli.Run first = Cli.run("import", out, "--db", fresh);
        assertEquals(ExitCodes.OK, first.code(), first::toString);
        assertTrue(first.out().contains("articles: 4 new, 0 unchanged, 0 replaced, 0 failed"), first::toString);
        Cli.Run second = Cli.run("import", out, "--db", fresh);
        assertTrue(second.out().contains("articles: 0 new, 4 unchanged, 0 replaced, 0 failed"), second::toString);
        assertEquals(Cli.query(db, Store::stats), Cli.query(fresh, Store::stats),
                "the imported store holds what the ingested one does");
    }

    private static boolean pair(Object[] row, Table t, String a, String b, String x, String y) {
        Object ra = row[t.index(a)];
        Object rb = row[t.index(b)];
        return x.equals(ra) && y.equals(rb) || y.equals(ra) && x.equals(rb);
    }

    private static List<Object[]> storeRows(Table t) {
        return Cli.query(db, st -> {
            List<Object[]> rows = new ArrayList<>();
            for (String key : st.keys()) {
                Extraction x = st.article(key).orElseThrow().extraction();
                rows.addAll(t.rows(key, x));
            }
            return rows;
        });
    }
}
