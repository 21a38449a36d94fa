package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db} works before the command name and after it, for every command that reads the store. */
class GlobalDbTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    @Test
    void theStoreGivenBeforeTheCommandIsTheOneOpened() {
        for (String command : new String[] {"search", "forecasts", "scorecard", "quotes"}) {
            Path before = dir.resolve(command + "-before.db");
            String[] args = command.equals("search") ? new String[] {"--db", before.toString(), command, "Hanoi"}
                    : new String[] {"--db", before.toString(), command};
            assertEquals(0, run(args), command);
            assertTrue(Files.exists(before), command + " opened another store than --db " + before);
        }
    }

    @Test
    void theStoreGivenAfterTheCommandWinsOverOneBefore() {
        Path before = dir.resolve("before.db");
        Path after = dir.resolve("after.db");
        assertEquals(0, run("--db", before.toString(), "search", "--db", after.toString(), "Hanoi"));
        assertTrue(Files.exists(after));
        assertTrue(Files.notExists(before));
    }
}
