package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad demo}: every example stored and summarised; a second run starts from a fresh store. */
class DemoIT {
    @TempDir
    Path tmp;

    @Test
    void demoStoresEveryExampleAndARerunStartsAfresh() {
        Path db = tmp.resolve("demo.db");
        List<Path> examples = Cli.exampleFiles();
        for (int run = 1; run <= 2; run++) {
            Cli.Run r = Cli.run("demo", "--db", db, "--examples", Path.of("..", "examples"));
            assertEquals(ExitCodes.OK, r.code(), r::toString);
            for (Path example : examples) {
                assertTrue(r.out().contains("\n" + example.getFileName() + "\n  "),
                        () -> "no block for " + example.getFileName() + "\n" + r);
            }
            assertEquals(examples.size(), r.out().lines().filter(l -> l.startsWith("  countries: ")).count(), r::toString);
            assertTrue(r.out().contains("stored " + examples.size() + " articles (0 failed)"), r::toString);
            long stored = Cli.query(db, st -> st.stats().count("articles"));
            assertEquals(examples.size(), stored, "run " + run + ": the demo store holds the examples once");
        }
    }
}
