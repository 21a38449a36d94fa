package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.store.Store;
import org.dyad.store.StoredArticle;
import org.dyad.store.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad ingest} on a folder of unreadable files next to two good articles: each bad file costs one stderr line
 * with its reason, the good ones are stored, and nothing of the bad ones reaches the store.
 */
class BadInputIT {
    private static final String GOOD_FERRY = """
            title: Portugal and Morocco agree to add ferry routes across the strait
            published: 2024-03-05
            ---
            LISBON, March 5 - Portugal and Morocco agreed on Tuesday to open two new ferry routes across the Strait \
            of Gibraltar, the foreign ministers of both countries said after talks in Lisbon.

            The Portuguese foreign minister said the routes would carry freight and passengers from next summer. \
            His Moroccan counterpart said Rabat hoped trade between the two countries would double within five years.
            """;
    private static final String GOOD_GRAIN = """
            title: Argentina and Chile sign grain corridor accord
            published: 2024-06-18
            ---
            SANTIAGO, June 18 - Chile and Argentina signed an agreement on Tuesday to move Argentine grain through \
            Chilean Pacific ports, officials in both capitals said.

            Officials in Buenos Aires said the accord would cut shipping times to Asia by a week.
            """;

    /** Each bad file and a word its one-line reason must contain. */
    private static final Map<String, String> BAD = Map.of("empty.txt", "empty", "binary.txt", "binary",
            "huge.txt", "limit", "latin1.txt", "UTF-8", "nested.html", "nested", "blank.txt", "white space");

    @TempDir
    Path tmp;
    Path dir;
    Path db;

    @BeforeEach
    void writeInputs() throws IOException {
        dir = Files.createDirectory(tmp.resolve("in"));
        db = tmp.resolve("x.db");
        Files.writeString(dir.resolve("good-ferry.txt"), GOOD_FERRY);
        Files.writeString(dir.resolve("good-grain.txt"), GOOD_GRAIN);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[100] = 0;
        Files.write(dir.resolve("binary.txt"), noise);
        writeHuge(dir.resolve("huge.txt"), 20);
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes("The caf".getBytes(StandardCharsets.US_ASCII));
        latin1.writeBytes(new byte[] {(byte) 0xC3, 0x28});
        latin1.writeBytes(" near the embassy in Hanoi is open again.\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("latin1.txt"), latin1.toByteArray());
        Files.writeString(dir.resolve("nested.html"),
                "<html><body>" + "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000) + "</body></html>");
        Files.writeString(dir.resolve("blank.txt"), "  \n\n\t \r\n   \n");
    }

    @Test
    void eachBadFileFailsOnOneLineAndOnlyTheGoodOnesAreStored() {
        Cli.Run r = Cli.run("ingest", dir, "--db", db);

        assertEquals(ExitCodes.SOME_FAILED, r.code(), r::toString);
        assertEquals(BAD.size(), r.errLines().size(), r::toString);
        BAD.forEach((file, reason) -> {
            List<String> lines = r.errLines().stream().filter(l -> l.contains(file)).toList();
            assertEquals(1, lines.size(), () -> file + " should be named on exactly one line\n" + r);
            assertTrue(lines.get(0).contains(reason), () -> file + ": reason should say \"" + reason + "\": " + lines);
        });
        assertTrue(r.out().contains("articles: 2 new, 0 unchanged, 0 replaced, 6 failed"), r::toString);

        try (Store st = Stores.open(db.toString())) {
            assertEquals(2, st.stats().count("articles"), st.stats()::toString);
            Extraction ferry = stored(st.article(Cli.key(dir.resolve("good-ferry.txt"))));
            Extraction grain = stored(st.article(Cli.key(dir.resolve("good-grain.txt"))));
            assertTrue(codes(ferry).containsAll(Set.of("PRT", "MAR")), () -> "ferry entities: " + ferry.entities());
            assertTrue(codes(grain).containsAll(Set.of("ARG", "CHL")), () -> "grain entities: " + grain.entities());
            assertEquals(ferry.entities().size() + grain.entities().size(), st.stats().count("entities"),
                    "only the good articles' entities are stored");
            for (String bad : BAD.keySet()) {
                assertTrue(st.article(Cli.key(dir.resolve(bad))).isEmpty(), bad + " must not be stored");
            }
        }
    }

    @Test
    void aBadFileNamedDirectlyFails() {
        Path binary = dir.resolve("binary.txt");
        Cli.Run r = Cli.run("ingest", binary, "--db", db);

        assertEquals(ExitCodes.SOME_FAILED, r.code(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().contains(binary.toString()) && r.err().contains("binary"), r::toString);
        assertTrue(r.out().contains("0 new, 0 unchanged, 0 replaced, 1 failed"), r::toString);
    }

    @Test
    void aMissingPathIsNamedWithAClearReason() {
        Path missing = tmp.resolve("no-such-article.txt");
        Cli.Run r = Cli.run("ingest", missing, "--db", db);

        assertEquals(ExitCodes.SOME_FAILED, r.code(), r::toString);
        assertEquals(List.of("dyad: " + missing + ": no such file or directory"), r.errLines(), r::toString);
        assertTrue(r.out().contains("0 new, 0 unchanged, 0 replaced, 1 failed"), r::toString);
    }

    private static Extraction stored(Optional<StoredArticle> article) {
        assertFalse(article.isEmpty(), "good article should be stored");
        return article.get().extraction();
    }

    private static Set<String> codes(Extraction x) {
        return x.entities().stream().map(EntityRecord::code).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** About {@code megabytes} MB of plain English text. */
    private static void writeHuge(Path file, int megabytes) throws IOException {
        String line = "Trade talks between the two countries resumed on Monday in the capital.\n";
        byte[] block = line.repeat(1024 * 1024 / line.length() + 1).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < megabytes; i++) {
                out.write(block);
            }
        }
    }
}
