package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.copies.CopyDetector;
import org.dyad.output.Extraction;
import org.dyad.parquet.ParquetTables;
import org.dyad.store.Store;
import org.dyad.tables.ExtractionJson;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dyad import}: store the articles of a Spark job's output, or of a Parquet export. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Store the articles of a Parquet directory: the Spark job's output (DIR/articles/*.parquet) "
                + "or dyad export --format parquet (DIR/articles.parquet). Each article is stored as ingest would "
                + "store it, from the whole extraction its articles row carries, and checked for copies against the "
                + "store. Importing the same directory again adds nothing."})
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PARQUET_DIR", description = "The Spark job's --out directory, or a Parquet export.")
    Path dir;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path articles = articles(dir);
        Table t = Tables.ARTICLES;
        int keyCol = t.index("key");
        int jsonCol = t.index("extraction");
        Map<Store.Outcome, Integer> outcomes = new EnumMap<>(Store.Outcome.class);
        int[] failed = {0};
        long t0 = System.currentTimeMillis();
        try (Store st = store.open()) {
            ParquetTables.scan(t, articles, row -> {
                String key = (String) row[keyCol];
                try {
                    Extraction x = ExtractionJson.read((String) row[jsonCol]);
                    outcomes.merge(CopyDetector.ingest(st, key, x), 1, Integer::sum);
                } catch (IllegalArgumentException e) {
                    failed[0]++;
                    err.println("dyad: " + key + ": " + Main.oneLine(e));
                    err.flush();
                }
            });
            st.refreshTimelines(); // busy pairs' timelines, once per run (Store#refreshTimelines)
        }
        out.printf("articles: %d new, %d unchanged, %d replaced, %d failed (in %.1f s) -> %s%n",
                outcomes.getOrDefault(Store.Outcome.NEW, 0), outcomes.getOrDefault(Store.Outcome.UNCHANGED, 0),
                outcomes.getOrDefault(Store.Outcome.REPLACED, 0), failed[0],
                (System.currentTimeMillis() - t0) / 1000.0, store.location());
        return failed[0] > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** Where the articles table is in {@code dir}: a directory of part files, or one file. */
    private Path articles(Path dir) {
        for (Path p : new Path[] {dir.resolve("articles"), dir.resolve("articles.parquet")}) {
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), dir + " holds no articles table: expected "
                + dir.resolve("articles") + "/ (the Spark job's output) or " + dir.resolve("articles.parquet")
                + " (dyad export --format parquet)");
    }
}
