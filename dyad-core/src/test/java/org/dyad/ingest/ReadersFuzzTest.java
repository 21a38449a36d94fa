package org.dyad.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzz targets (Jazzer) for each reader and the read, clean and meta stages: whatever the bytes,
 * every item ends processed or with a one-line error naming it ({@link ReadHarness}). In the normal build each target
 * runs its seed inputs ({@code ReadersFuzzTestInputs/<target>/} in the test resources) as a regression test;
 * {@code bench/fuzz.sh} fuzzes them for a fixed time ({@code JAZZER_FUZZ=1}).
 */
class ReadersFuzzTest {
    /** Small, so that a fuzzing run spends its time on many inputs (the size limit itself is tested elsewhere). */
    private static final long MAX_BYTES = 256 * 1024;

    @FuzzTest(maxDuration = "60s")
    void text(byte[] data) throws IOException {
        run(data, "a.txt");
    }

    @FuzzTest(maxDuration = "60s")
    void html(byte[] data) throws IOException {
        run(data, "a.html");
    }

    @FuzzTest(maxDuration = "60s")
    void feed(byte[] data) throws IOException {
        run(data, "a.rss");
    }

    @FuzzTest(maxDuration = "60s")
    void warc(byte[] data) throws IOException {
        run(data, "a.warc");
    }

    @FuzzTest(maxDuration = "60s")
    void warcGz(byte[] data) throws IOException {
        run(data, "a.warc.gz");
    }

    @FuzzTest(maxDuration = "60s")
    void jsonl(byte[] data) throws IOException {
        run(data, "a.jsonl");
    }

    private static void run(byte[] data, String name) throws IOException {
        Path dir = Files.createTempDirectory("dyad-fuzz");
        Path f = dir.resolve(name);
        try {
            Files.write(f, data);
            ReadHarness.run(f, MAX_BYTES);
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        }
    }
}
