package org.dyad.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Table}'s rows as CSV (RFC 4180, a header line of column names) or JSON Lines (one object per row, keys in
 * column order), and back. In CSV a null is an empty unquoted field and an empty string is {@code ""}, so both read
 * back as written.
 */
public final class TableFiles {
    private TableFiles() {
    }

    public static void writeCsv(Table t, Iterable<Object[]> rows, Writer out) throws IOException {
        RowWriter w = csv(t, out);
        for (Object[] row : rows) {
            w.write(row);
        }
        out.flush();
    }

    /** A CSV writer: writes the header line now, then one line per row; closing closes {@code out}. */
    public static RowWriter csv(Table t, Writer out) throws IOException {
        out.write(String.join(",", names(t)));
        out.write("\r\n");
        return new RowWriter() {
            @Override
            public void write(Object[] row) throws IOException {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    if (row[i] instanceof String s) {
                        out.write('"');
                        out.write(s.replace("\"", "\"\""));
                        out.write('"');
                    } else if (row[i] != null) {
                        out.write(row[i].toString());
                    }
                }
                out.write("\r\n");
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    /**
     * Reads what {@link #writeCsv} wrote.
     *
     * @throws IllegalArgumentException if the header is not {@code t}'s columns or a row is malformed
     */
    public static List<Object[]> readCsv(Table t, BufferedReader in) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        List<String[]> records = Csv.parse(in);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no header line; expected " + names(t));
        }
        List<String> header = List.of(records.get(0));
        if (!header.equals(names(t))) {
            throw new IllegalArgumentException("header " + header + " is not table " + t.name() + "'s " + names(t));
        }
        for (int r = 1; r < records.size(); r++) {
            String[] f = records.get(r);
            if (f.length != t.columns().size()) {
                throw new IllegalArgumentException("line " + (r + 1) + " has " + f.length + " fields, expected "
                        + t.columns().size());
            }
            Object[] row = new Object[f.length];
            for (int i = 0; i < f.length; i++) {
                row[i] = t.columns().get(i).type().parse(f[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    public static void writeJsonl(Table t, Iterable<Object[]> rows, Writer out) throws IOException {
        RowWriter w = jsonl(t, out);
        for (Object[] row : rows) {
            w.write(row);
        }
        out.flush();
    }

    /** A JSON Lines writer: one object per row, keys in column order; closing closes {@code out}. */
    public static RowWriter jsonl(Table t, Writer out) {
        return new RowWriter() {
            @Override
            public void write(Object[] row) throws IOException {
                ObjectNode o = ExtractionJson.MAPPER.createObjectNode();
                for (int i = 0; i < row.length; i++) {
                    o.putPOJO(t.columns().get(i).name(), row[i]);
                }
                out.write(ExtractionJson.MAPPER.writeValueAsString(o));
                out.write('\n');
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    /** Reads what {@link #writeJsonl} wrote; a missing key reads as null. */
    public static List<Object[]> readJsonl(Table t, BufferedReader in) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = ExtractionJson.MAPPER.readTree(line);
            Object[] row = new Object[t.columns().size()];
            for (int i = 0; i < row.length; i++) {
                Column c = t.columns().get(i);
                JsonNode v = o.get(c.name());
                row[i] = v == null || v.isNull() ? null : switch (c.type()) {
                    case STRING -> v.asText();
                    case INT -> v.asInt();
                    case DOUBLE -> v.asDouble();
                    case BOOLEAN -> v.asBoolean();
                };
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> names(Table t) {
        return t.columns().stream().map(Column::name).toList();
    }

    /** RFC 4180 parsing that keeps a quoted empty field ("") apart from an empty one (null). */
    private static final class Csv {
        static List<String[]> parse(BufferedReader in) throws IOException {
            List<String[]> out = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            boolean any = false;
            int ch;
            while ((ch = in.read()) != -1) {
                char c = (char) ch;
                any = true;
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            f.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        f.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(wasQuoted || f.length() > 0 ? f.toString() : null);
                    f.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    fields.add(wasQuoted || f.length() > 0 ? f.toString() : null);
                    out.add(fields.toArray(new String[0]));
                    fields.clear();
                    f.setLength(0);
                    wasQuoted = false;
                    any = false;
                } else {
                    f.append(c);
                }
            }
            if (any) {
                fields.add(wasQuoted || f.length() > 0 ? f.toString() : null);
                out.add(fields.toArray(new String[0]));
            }
            return out;
        }
    }
}
