package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.read.ReadStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@link HostileInputs}, over 1,000 distinct inputs) through the real readers and the read, clean
 * and meta stages: each item is processed or gets a one-line error naming it, no input takes more than
 * {@value #SECONDS_PER_INPUT} s, and nothing reads the local files the XXE and {@code file:} inputs point at: a
 * named pipe (a reader that opened it would hang, and the time limit would fail the test), a file whose text must
 * never show up, and {@code /etc/passwd}. {@code -Ddyad.hostile.big=true} adds the 100 MB line and the 1 GB gzip bomb (bench/fuzz.sh).
 */
class HostileInputsTest {
    static final int SECONDS_PER_INPUT = 20;

    @TempDir
    Path tmp;

    @Test
    void everyHostileInputIsProcessedOrRefusedInOneLine() throws Exception {
        Path canary = canary(tmp);
        Path secret = Files.writeString(tmp.resolve("secret.txt"), HostileInputs.SECRET);
        boolean big = Boolean.getBoolean("dyad.hostile.big");
        List<HostileInputs.Input> inputs = HostileInputs.all(HostileInputs.examplesDir(), canary, secret, big);
        Set<String> distinct = new HashSet<>();
        inputs.forEach(i -> distinct.add(ReadStage.sha256(i.bytes())));
        assertTrue(distinct.size() >= 1000, "the corpus has " + distinct.size() + " distinct inputs");

        Path dir = Files.createDirectories(tmp.resolve("in"));
        Map<String, int[]> byKind = new TreeMap<>(); // kind -> inputs, items ok, items refused
        List<String> slow = new ArrayList<>();
        for (HostileInputs.Input in : inputs) {
            Path f = dir.resolve(in.name());
            Files.write(f, in.bytes());
            long t0 = System.nanoTime();
            List<ReadHarness.Outcome> outcomes = assertTimeoutPreemptively(Duration.ofSeconds(SECONDS_PER_INPUT),
                    () -> ReadHarness.run(f, ReadStage.DEFAULT_MAX_BYTES), () -> in.name() + " took too long");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > 2000) {
                slow.add(in.name() + " " + ms + " ms");
            }
            int[] k = byKind.computeIfAbsent(in.kind(), x -> new int[3]);
            k[0]++;
            for (ReadHarness.Outcome o : outcomes) {
                k[o.error() == null ? 1 : 2]++;
                String all = o + "";
                assertFalse(all.contains(HostileInputs.SECRET), in.name() + " read the secret file: " + all);
                assertFalse(all.contains("root:x:0:0"), in.name() + " read /etc/passwd: " + all);
            }
            Files.delete(f); // big inputs: keep the disk use down
        }
        System.out.println("hostile corpus: " + inputs.size() + " inputs (" + distinct.size() + " distinct)");
        byKind.forEach((kind, k) -> System.out.printf("  %-10s %4d inputs: %4d items processed, %4d refused%n", kind,
                k[0], k[1], k[2]));
        System.out.println("  slower than 2 s: " + slow);
        assertEquals(0, Files.list(dir).count());
    }

    /** A named pipe holding nothing: opening it to read blocks, so a reader that follows a reference to it hangs. */
    static Path canary(Path dir) throws IOException, InterruptedException {
        Path c = dir.resolve("canary.pipe");
        Process p = new ProcessBuilder("mkfifo", c.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "mkfifo failed");
        return c;
    }
}
