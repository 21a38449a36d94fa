package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dyad.store.Store;
import org.dyad.store.Stores;

/**
 * Test support: runs the command line in this JVM and captures what it prints, and finds the repository's example
 * articles. Every integration test calls {@link #run} in-process, so the language models load once per test JVM.
 */
final class Cli {
    /** How one command went: its exit code and everything it printed. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        /** Every stdout line parsed as JSON; fails naming the first line that does not parse. */
        List<JsonNode> jsonLines() {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.lines().toList()) {
                try {
                    nodes.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
            return nodes;
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** Runs {@code dyad ARGS...}; arguments may be strings or paths. */
    static Run run(Object... args) {
        String[] strings = Stream.of(args).map(Object::toString).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), strings);
        return new Run(code, out.toString(), err.toString());
    }

    /** One article record, first, then at least one entity (other kinds of fact may follow). */
    static void assertArticleThenEntities(List<JsonNode> records, Object context) {
        List<String> kinds = records.stream().map(r -> r.path("kind").asText()).toList();
        assertEquals("article", kinds.get(0), context::toString);
        assertEquals(1, kinds.stream().filter("article"::equals).count(), context::toString);
        assertEquals("entity", kinds.size() > 1 ? kinds.get(1) : "(none)", context::toString);
    }

    /** The repository's {@code examples/} folder (tests run in the module directory). */
    static Path examples() {
        Path dir = Path.of("..", "examples").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(dir), "examples folder not found at " + dir);
        return dir;
    }

    /** The example article files, in name order. */
    static List<Path> exampleFiles() {
        try (Stream<Path> files = Files.list(examples())) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the example articles into {@code dir} and returns the copies, in name order. */
    static List<Path> copyExamples(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> copies = new ArrayList<>();
        for (Path f : exampleFiles()) {
            copies.add(Files.copy(f, dir.resolve(f.getFileName().toString())));
        }
        return copies;
    }

    /** Opens the store at {@code db}, asks it {@code query} and closes it. */
    static <T> T query(Path db, Function<Store, T> query) {
        try (Store st = Stores.open(db.toString())) {
            return query.apply(st);
        }
    }

    /** The key {@code ingest} stores a file under. */
    static String key(Path file) {
        return org.dyad.ingest.Sources.fileKey(file);
    }
}
