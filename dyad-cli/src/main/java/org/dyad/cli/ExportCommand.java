package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.output.Extraction;
import org.dyad.parquet.ParquetTables;
import org.dyad.store.Store;
import org.dyad.tables.RowWriter;
import org.dyad.tables.Table;
import org.dyad.tables.TableFiles;
import org.dyad.tables.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: the store's tables as CSV, JSON Lines or Parquet files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store's tables (articles, entities, events, partnerships, quotes, forecasts, copies) "
                + "as files, one per table: DIR/TABLE.csv, .jsonl or .parquet. The columns are those of the Spark job's "
                + "Parquet output (docs/tables.md); dyad import reads a Parquet export back."})
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "FORMAT",
            description = "csv, jsonl or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--table", paramLabel = "TABLE", split = ",",
            description = "Only these tables (repeat or separate by commas; default: all).")
    List<String> tables;

    @Option(names = "--out", defaultValue = ".", paramLabel = "DIR",
            description = "Directory to write to, created if needed (default: the current directory).")
    Path out;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws IOException {
        String ext = format.toLowerCase(Locale.ROOT);
        if (!List.of("csv", "jsonl", "parquet").contains(ext)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format " + format + " is not supported; use csv, jsonl or parquet");
        }
        List<Table> chosen = chosen();
        PrintWriter stdout = spec.commandLine().getOut();
        Files.createDirectories(out);
        Map<Table, RowWriter> writers = new LinkedHashMap<>();
        Map<Table, Integer> counts = new LinkedHashMap<>();
        int articles = 0;
        try (Store st = store.open()) {
            try {
                for (Table t : chosen) {
                    writers.put(t, writer(ext, t, file(t, ext)));
                    counts.put(t, 0);
                }
                for (String key : st.keys()) {
                    Extraction x = st.article(key).orElseThrow().extraction();
                    articles++;
                    for (Map.Entry<Table, RowWriter> w : writers.entrySet()) {
                        for (Object[] row : w.getKey().rows(key, x)) {
                            w.getValue().write(row);
                            counts.merge(w.getKey(), 1, Integer::sum);
                        }
                    }
                }
            } finally {
                closeAll(writers.values());
            }
        }
        for (Map.Entry<Table, Integer> c : counts.entrySet()) {
            stdout.printf("%s: %d rows -> %s%n", c.getKey().name(), c.getValue(), file(c.getKey(), ext));
        }
        stdout.printf("exported %d articles from %s%n", articles, store.location());
        return ExitCodes.OK;
    }

    private List<Table> chosen() {
        if (tables == null || tables.isEmpty()) {
            return Tables.ALL;
        }
        List<Table> out = new ArrayList<>();
        for (String name : tables) {
            out.add(Tables.named(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "--table " + name + " is not a table; the tables are " + String.join(", ", Tables.names()))));
        }
        return out;
    }

    private Path file(Table t, String ext) {
        return out.resolve(t.name() + "." + ext);
    }

    private static RowWriter writer(String ext, Table t, Path file) throws IOException {
        return switch (ext) {
            case "csv" -> TableFiles.csv(t, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            case "jsonl" -> TableFiles.jsonl(t, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            default -> ParquetTables.writer(t, file);
        };
    }

    private static void closeAll(Iterable<RowWriter> writers) throws IOException {
        IOException first = null;
        for (RowWriter w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
