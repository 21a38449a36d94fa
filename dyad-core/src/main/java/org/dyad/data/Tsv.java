package org.dyad.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated data file as dyad's dictionaries are written: {@code #} comment lines, one header row naming the
 * columns, then one record per line. Rows with the wrong number of cells are refused with the file and line, so a
 * user who extends a dictionary learns at once what is wrong.
 */
public final class Tsv {
    private final String name;
    private final List<String> columns;
    private final List<Row> rows;

    /** One record, with its line number for error messages. */
    public record Row(String file, int line, Map<String, String> cells) {
        /** The cell, or "" when empty. */
        public String get(String column) {
            String v = cells.get(column);
            if (v == null) {
                throw new IllegalArgumentException(file + ": no column \"" + column + "\"");
            }
            return v;
        }

        /** The cell split on {@code |}, without empty parts. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String p : v.split("\\|")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
            return out;
        }

        /** A data error at this row, naming file and line. */
        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + line + ": " + message);
        }
    }

    private Tsv(String name, List<String> columns, List<Row> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads a classpath resource such as {@code dyad/actors/countries.tsv}. */
    public static Tsv resource(String path, String... required) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("data file " + path + " is missing from the classpath");
        }
        try (in) {
            return read(path, in, required);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read data file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a file a user supplies. */
    public static Tsv file(Path path, String... required) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.toString(), in, required);
        }
    }

    static Tsv read(String name, InputStream in, String... required) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = List.of(cells);
                for (String c : required) {
                    if (!columns.contains(c)) {
                        throw new IllegalArgumentException(name + ":" + n + ": header lacks column \"" + c
                                + "\" (has " + columns + ")");
                    }
                }
                continue;
            }
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(name + ":" + n + ": " + cells.length + " cells, header has "
                        + columns.size() + " " + columns + " (cells are separated by one tab)");
            }
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                m.put(columns.get(i), cells[i].strip());
            }
            rows.add(new Row(name, n, Collections.unmodifiableMap(m)));
        }
        if (columns == null) {
            throw new IllegalArgumentException(name + ": no header row (expected columns " + Arrays.toString(required) + ")");
        }
        return new Tsv(name, columns, List.copyOf(rows));
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }
}
