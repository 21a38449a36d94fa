package org.dyad.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dyad.read.ReadStage;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;

/**
 * The dyad pipeline as a Spark job: reads article files, WARC archives, JSON Lines and feeds, runs the same pipeline
 * as {@code dyad ingest} on each article (one pipeline per executor JVM, loaded once), and writes each of dyad's
 * tables ({@link Tables}) as Parquet under {@code OUT/TABLE/}. {@code dyad import OUT} stores the results.
 *
 * <pre>
 * spark-submit --class org.dyad.spark.DyadJob ... dyad-spark.jar --out OUT [--partitions N] [--published DATE]
 *     [--outlet NAME] [--author NAME] [--language CODE] [--max-bytes N] [--master URL] INPUT...
 * </pre>
 *
 * See docs/spark.md.
 */
public final class DyadJob {
    /**
     * Without {@code --partitions}, this many tasks per core (Spark's default parallelism), at most one per file:
     * articles differ in length, and smaller tasks keep every core busy to the end. The pipeline is loaded once per
     * executor whatever the number of tasks; copies are found within a task.
     */
    static final int DEFAULT_TASKS_PER_CORE = 4;

    private DyadJob() {
    }

    /**
     * How a run went.
     *
     * @param rows     rows written per table name
     * @param problems one line per input or article that could not be read or processed, naming it
     * @param skipped  one line per article skipped on purpose (a language the pipeline does not handle)
     */
    public record Summary(int files, Map<String, Long> rows, List<String> problems, List<String> skipped,
                          long millis) {
        public long articles() {
            return rows.get(Tables.ARTICLES.name());
        }
    }

    /**
     * Runs the pipeline over {@code inputs} and writes the tables under {@code out}, replacing what is there.
     *
     * @param partitions how many tasks to split the input files into; 0 for {@link #DEFAULT_TASKS_PER_CORE} per core
     * @param hints      metadata for inputs that state none ({@code published}, {@code outlet}, ...)
     */
    public static Summary run(SparkSession spark, List<String> inputs, String out, int partitions, long maxBytes,
                              Map<String, String> hints) {
        long t0 = System.currentTimeMillis();
        InputFiles.Expanded in = InputFiles.expand(inputs);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = Math.max(1, Math.min(in.files().size(), partitions > 0 ? partitions
                : DEFAULT_TASKS_PER_CORE * sc.defaultParallelism()));
        JobOptions options = new JobOptions(maxBytes, hints);
        JavaRDD<Output> outputs = sc.parallelize(in.files(), n)
                .mapPartitions(files -> new PartitionRun(files, options))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (int i = 0; i < Tables.ALL.size(); i++) {
                Table t = Tables.ALL.get(i);
                int table = i;
                JavaRDD<Row> r = outputs.filter(o -> o.table() == table).map(o -> RowFactory.create(o.values()));
                spark.createDataFrame(r, SparkTables.schema(t)).write().mode(SaveMode.Overwrite)
                        .parquet(out + "/" + t.name());
                rows.put(t.name(), outputs.filter(o -> o.table() == table).count());
            }
            List<String> problems = new ArrayList<>(in.problems());
            problems.addAll(outputs.filter(o -> o.table() == Output.PROBLEM).map(Output::note).collect());
            List<String> skipped = outputs.filter(o -> o.table() == Output.SKIPPED).map(Output::note).collect();
            return new Summary(in.files().size(), rows, problems, skipped, System.currentTimeMillis() - t0);
        } finally {
            outputs.unpersist(false);
        }
    }

    /** The entry point for {@code spark-submit}; exit code 1 when some inputs could not be read, 2 on a usage error. */
    public static void main(String[] args) {
        String out = null;
        String master = null;
        int partitions = 0;
        long maxBytes = ReadStage.DEFAULT_MAX_BYTES;
        Map<String, String> hints = new LinkedHashMap<>();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                inputs.add(a);
                continue;
            }
            if (i + 1 >= args.length) {
                usage("option " + a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--out" -> out = v;
                case "--master" -> master = v;
                case "--partitions" -> partitions = Integer.parseInt(v);
                case "--max-bytes" -> maxBytes = Long.parseLong(v);
                case "--published", "--outlet", "--author", "--language" -> hints.put(a.substring(2), v);
                default -> usage("unknown option " + a);
            }
        }
        if (out == null || inputs.isEmpty()) {
            usage("give --out DIR and at least one input");
        }
        SparkSession.Builder b = SparkSession.builder().appName("dyad");
        if (master != null) {
            b.master(master);
        }
        SparkSession spark = b.getOrCreate();
        Summary s;
        try {
            s = run(spark, inputs, out, partitions, maxBytes, hints);
        } finally {
            spark.stop();
        }
        s.problems().forEach(p -> System.err.println("dyad: " + p));
        s.skipped().forEach(p -> System.err.println("dyad: " + p));
        StringBuilder rows = new StringBuilder();
        s.rows().forEach((t, c) -> rows.append(rows.length() == 0 ? "" : ", ").append(t).append(' ').append(c));
        System.out.printf(Locale.ROOT, "files: %d; rows: %s; %d problems, %d skipped; %.1f s (%.2f articles/s) -> %s%n",
                s.files(), rows, s.problems().size(), s.skipped().size(), s.millis() / 1000.0,
                s.articles() * 1000.0 / s.millis(), out);
        System.exit(s.problems().isEmpty() ? 0 : 1);
    }

    private static void usage(String message) {
        System.err.println("dyad-spark: " + message);
        System.err.println("usage: DyadJob --out DIR [--partitions N] [--published YYYY-MM-DD] [--outlet NAME]"
                + " [--author NAME] [--language CODE] [--max-bytes N] [--master URL] INPUT...");
        System.exit(2);
    }
}
