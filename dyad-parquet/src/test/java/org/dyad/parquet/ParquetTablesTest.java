package org.dyad.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.tables.RowWriter;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTablesTest {
    @TempDir
    Path dir;

    /** A row of {@code t} with every non-null column filled and the others null. */
    private static Object[] row(Table t) {
        Object[] row = new Object[t.columns().size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = switch (t.columns().get(i).type()) {
                case STRING -> t.columns().get(i).nullable() ? null : "x" + i;
                case INT -> t.columns().get(i).nullable() ? null : i;
                case DOUBLE -> t.columns().get(i).nullable() ? null : 1.5;
                case BOOLEAN -> t.columns().get(i).nullable() ? null : false;
            };
        }
        return row;
    }

    private static Object[] event(String key, Integer sqlDate, Boolean mutual) {
        Table t = Tables.EVENTS;
        Object[] row = row(t);
        row[t.index("key")] = key;
        row[t.index("sql_date")] = sqlDate;
        row[t.index("mutual")] = mutual;
        row[t.index("sentence")] = "She said \"yes\", héllo ☃";
        row[t.index("status_rule")] = "";
        return row;
    }

    @Test
    void rowsSurviveAParquetFileWithNullsAndEmptyStrings() throws Exception {
        List<Object[]> rows = new ArrayList<>(List.of(event("a", 20230414, true), event("b", null, false)));
        Path f = dir.resolve("events.parquet");
        try (RowWriter w = ParquetTables.writer(Tables.EVENTS, f)) {
            for (Object[] r : rows) {
                w.write(r);
            }
        }
        List<Object[]> back = ParquetTables.read(Tables.EVENTS, f);
        assertEquals(rows.size(), back.size());
        for (int i = 0; i < rows.size(); i++) {
            assertArrayEquals(rows.get(i), back.get(i));
        }
        assertEquals(ParquetTables.schema(Tables.EVENTS), ParquetTables.schemaOf(f));
        assertEquals(back.size(), ParquetTables.read(Tables.EVENTS, dir).size(), "a directory of part files");
    }

    @Test
    void theSchemaIsSparksForTheSameTable() {
        String s = ParquetTables.schema(Tables.EVENTS).toString();
        assertTrue(s.startsWith("message spark_schema {"), s);
        assertTrue(s.contains("required binary key (STRING);"), s);
        assertTrue(s.contains("optional int32 sql_date;"), s);
        assertTrue(s.contains("required double goldstein;"), s);
        assertTrue(s.contains("required boolean mutual;"), s);
    }

    @Test
    void aFileOfAnotherTableIsRefusedByName() throws Exception {
        Path f = dir.resolve("copies.parquet");
        try (RowWriter w = ParquetTables.writer(Tables.COPIES, f)) {
            w.write(row(Tables.COPIES));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParquetTables.read(Tables.EVENTS, f));
        assertTrue(e.getMessage().contains("is not a dyad events table"), e.getMessage());
    }
}
