package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety, the short version of {@code bench/crash.sh}: an ingest in another JVM is killed with SIGKILL once
 * some of its articles are in the store, and a second run finishes the job. The store then holds every article
 * exactly once, each with the same rows as an uninterrupted ingest gives it, and the second run's summary counts
 * what the first had done as skipped. Also: an article stored but killed before its copy signature was written is
 * not taken as done.
 */
class CrashIT {
    private static final int ARTICLES = 20;
    private static final String[][] PAIRS = {{"Japan", "Vietnam"}, {"France", "Indonesia"}, {"Brazil", "Kenya"},
            {"Canada", "Poland"}, {"Chile", "India"}};

    @TempDir
    Path tmp;

    @Test
    void anIngestKilledMidwayAndRestartedStoresEveryArticleOnce() throws Exception {
        Path in = articles(tmp.resolve("in.jsonl"));
        Path ref = tmp.resolve("ref.db");
        Cli.Run r = Cli.run("ingest", in, "--db", ref);
        assertEquals(ExitCodes.OK, r.code(), r::toString);

        Path db = tmp.resolve("crash.db");
        Process p = start(in, db, tmp.resolve("run-1.log"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (p.isAlive() && count(db) < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String firstLog = p.isAlive() ? "" : log(tmp.resolve("run-1.log"));
        assertTrue(p.isAlive(), () -> "the first run ended before it could be killed: " + firstLog);
        p.destroyForcibly(); // SIGKILL on Unix
        p.waitFor();
        int killedAt = count(db);
        assertTrue(killedAt >= 3 && killedAt < ARTICLES, "killed with " + killedAt + " of " + ARTICLES + " stored");

        Process again = start(in, db, tmp.resolve("run-2.log"));
        assertTrue(again.waitFor(4, TimeUnit.MINUTES), "the second run did not finish");
        String out = log(tmp.resolve("run-2.log"));
        assertEquals(0, again.exitValue(), out);
        // The kill may fall between an article's two transactions; such an article goes through again.
        int skipped = Integer.parseInt(out.replaceAll("(?s).*skipped before NLP: (\\d+) already stored.*", "$1"));
        assertTrue(skipped >= killedAt - 1 && skipped <= killedAt, out);

        assertEquals(ARTICLES, count(db));
        assertEquals(rows(ref), rows(db), "every article's rows, as an uninterrupted ingest stores them");
        assertEquals("ok", query(db, "PRAGMA integrity_check").get(0));
    }

    @Test
    void anArticleStoredWithoutItsCopySignatureIsIngestedAgain() throws Exception {
        Path in = articles(tmp.resolve("in.jsonl"));
        Path db = tmp.resolve("x.db");
        assertEquals(ExitCodes.OK, Cli.run("ingest", in, "--db", db).code());
        List<String> before = rows(db);
        exec(db, "DELETE FROM copy_signatures WHERE article_id = (SELECT id FROM articles WHERE key LIKE '%/7')");
        Cli.Run r = Cli.run("ingest", in, "--db", db);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("skipped before NLP: " + (ARTICLES - 1) + " already stored"), r::toString);
        assertEquals(before, rows(db), "the signature is back and nothing else changed");
    }

    /** Short articles, each unique, in one JSON Lines file. */
    private static Path articles(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= ARTICLES; i++) {
            String[] p = PAIRS[i % PAIRS.length];
            lines.add("{\"url\": \"https://example.org/crash/" + i + "\", \"published\": \"2023-05-" + (10 + i)
                    + "\", \"text\": \"" + p[0] + " and " + p[1] + " signed a trade agreement in the capital on Monday, "
                    + "the two foreign ministers said. Talks on a second accord will start in " + (2024 + i % 3)
                    + ", officials added. Dispatch " + i + ".\"}");
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static Process start(Path in, Path db, Path log) throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        String cp = target.resolve("dyad-cli.jar") + File.pathSeparator + target.resolve("lib") + File.separator + "*";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx3g", "-Dfile.encoding=UTF-8", "-cp", cp, "org.dyad.cli.Main", "ingest",
                in.toString(), "--db", db.toString(), "--threads", "1").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    private static String log(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f) : "";
        } catch (IOException e) {
            return "(cannot read " + f + ": " + e + ")";
        }
    }

    private static int count(Path db) throws SQLException {
        if (!Files.exists(db)) {
            return 0;
        }
        try {
            List<String> r = query(db, "SELECT count(*) FROM articles");
            return r.isEmpty() ? 0 : Integer.parseInt(r.get(0));
        } catch (SQLException e) {
            return 0; // not migrated yet
        }
    }

    /** Per article: its key and how many rows of each kind it owns. */
    private static List<String> rows(Path db) throws SQLException {
        return query(db, "SELECT a.key || ' ' || a.sha256"
                + " || ' fields ' || (SELECT count(*) FROM article_fields x WHERE x.article_id = a.id)"
                + " || ' entities ' || (SELECT count(*) FROM entities x WHERE x.article_id = a.id)"
                + " || ' mentions ' || (SELECT count(*) FROM mentions x WHERE x.article_id = a.id)"
                + " || ' evidence ' || (SELECT count(*) FROM entity_evidence x WHERE x.article_id = a.id)"
                + " || ' facts ' || (SELECT count(*) FROM facts x WHERE x.article_id = a.id)"
                + " || ' signature ' || (SELECT count(*) FROM copy_signatures x WHERE x.article_id = a.id)"
                + " FROM articles a ORDER BY a.key");
    }

    private static List<String> query(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private static void exec(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
