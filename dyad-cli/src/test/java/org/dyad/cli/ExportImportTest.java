package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.parquet.ParquetTables;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import without articles: options, empty stores, missing tables. None of these loads the models. */
class ExportImportTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyStoreExportsEveryTableWithItsColumnsAndNoRows() throws Exception {
        Path out = tmp.resolve("out");
        Cli.Run r = Cli.run("export", "--db", tmp.resolve("x.db"), "--out", out);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        for (Table t : Tables.ALL) {
            Path f = out.resolve(t.name() + ".parquet");
            assertEquals(ParquetTables.schema(t), ParquetTables.schemaOf(f), t.name());
            assertTrue(r.out().contains(t.name() + ": 0 rows -> "), r::toString);
        }
        assertTrue(r.out().contains("exported 0 articles"), r::toString);
    }

    @Test
    void oneTableAsCsvStartsWithItsHeader() throws Exception {
        Cli.Run r = Cli.run("export", "--db", tmp.resolve("x.db"), "--out", tmp, "--format", "csv", "--table",
                "events");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(Files.readString(tmp.resolve("events.csv")).startsWith("key,doc,id,date,sql_date,actor1_code,"));
        assertTrue(Files.notExists(tmp.resolve("articles.csv")));
    }

    @Test
    void anUnknownTableOrFormatIsAUsageError() {
        Cli.Run r = Cli.run("export", "--db", tmp.resolve("x.db"), "--table", "rumours");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertTrue(r.err().contains("the tables are articles, entities, events"), r::toString);
        Cli.Run f = Cli.run("export", "--db", tmp.resolve("x.db"), "--format", "xlsx");
        assertEquals(ExitCodes.USAGE, f.code(), f::toString);
    }

    @Test
    void importingADirectoryWithoutAnArticlesTableIsAUsageError() {
        Cli.Run r = Cli.run("import", tmp, "--db", tmp.resolve("x.db"));
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertTrue(r.err().contains("holds no articles table"), r::toString);
    }
}
