package org.dyad.copies.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dyad.copies.Classifier;
import org.dyad.copies.CopyIndex;
import org.dyad.copies.MemoryCopyIndex;
import org.dyad.copies.Signature;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.store.Store;
import org.dyad.store.sqlite.SqliteStore;

/**
 * Copy detection benchmark on synthetic articles (no NLP): signature, candidate look-up, classification and
 * indexing per article on one thread, and look-up time as the index grows. Articles are {@value #WORDS} words drawn
 * from a Zipf-like vocabulary of {@value #VOCABULARY} words, one in {@value #NAME_EVERY} a capitalised name from
 * {@value #NAMES} names; a tenth of the probes are near copies of an indexed article, so look-ups find something.
 *
 * <p>Arguments: {@code --memory 10000,100000,1000000} sizes for the in-memory index, {@code --sqlite 10000} sizes
 * for the store-backed one (articles are stored with a minimal extraction first).
 */
public final class CopyBench {
    static final int WORDS = 400;
    static final int VOCABULARY = 30_000;
    static final int NAMES = 20_000;
    static final int NAME_EVERY = 8;
    static final int PROBES = 2_000;
    /** Articles run through a throwaway index before the timed sizes. */
    static final int WARM_UP = 20_000;
    /** Texts made at a time, outside the timed part. */
    static final int CHUNK = 10_000;

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final SplittableRandom random = new SplittableRandom(42);

    /** CPU time of this thread in ns: on a busy machine, what one core would take, where wall time would not. */
    private static long cpu() {
        return CPU.getCurrentThreadCpuTime();
    }

    private CopyBench() {
    }

    String article() {
        StringBuilder sb = new StringBuilder(WORDS * 8);
        for (int i = 0; i < WORDS; i++) {
            if (i % NAME_EVERY == 3) {
                sb.append('N').append(Integer.toString(zipf(NAMES), 36)).append("a ");
            } else {
                sb.append('w').append(Integer.toString(zipf(VOCABULARY), 36)).append(i % 20 == 19 ? ". " : " ");
            }
        }
        return sb.toString();
    }

    private int zipf(int n) {
        return (int) Math.floor(Math.pow(n, random.nextDouble()));
    }

    /**
     * Fills a memory index to each size in turn, timing the articles added and probe look-ups at each size. The
     * synthetic texts are made {@value #CHUNK} at a time outside the timed part: making them is not copy detection.
     */
    void memory(List<Integer> sizes) {
        warmUp();
        MemoryCopyIndex index = new MemoryCopyIndex();
        List<String> recent = new ArrayList<>();
        long matches = 0;
        for (int size : sizes) {
            int from = index.size();
            long wall = 0;
            long cpu = 0;
            for (int i = from; i < size; ) {
                List<String> texts = new ArrayList<>(CHUNK);
                for (int j = 0; j < CHUNK && i + j < size; j++) {
                    texts.add(article());
                }
                long t0 = System.nanoTime();
                long c0 = cpu();
                for (String text : texts) {
                    Signature s = Signature.of(text);
                    for (CopyIndex.Entry e : index.candidates(s, "a" + i)) {
                        if (Classifier.classify(s, e.signature()).isPresent()) {
                            matches++;
                        }
                    }
                    index.add(new CopyIndex.Entry("a" + i, null, null, s, index.newStory()));
                    i++;
                }
                wall += System.nanoTime() - t0;
                cpu += cpu() - c0;
                for (int j = 0; j < texts.size() && recent.size() < 200; j++) {
                    recent.add(texts.get(j));
                }
            }
            double secs = wall / 1e9;
            double cpuSecs = cpu / 1e9;
            System.out.printf("memory %,9d articles: added %,d (signature + look-up + classify + add) in %.1f s wall"
                    + " = %,.0f articles/s; %.1f s CPU = %,.0f articles/s per core; %d copies found%n", size,
                    size - from, secs, (size - from) / secs, cpuSecs, (size - from) / cpuSecs, matches);
            probe("memory", index, recent, size);
        }
    }

    /** Runs the whole per-article path on a throwaway index, so that the first size is timed compiled, like the rest. */
    private void warmUp() {
        MemoryCopyIndex index = new MemoryCopyIndex();
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            Signature s = Signature.of(article());
            for (CopyIndex.Entry e : index.candidates(s, "w" + i)) {
                sink += Classifier.classify(s, e.signature()).isPresent() ? 1 : 0;
            }
            index.add(new CopyIndex.Entry("w" + i, null, null, s, index.newStory()));
        }
        System.out.printf("warm-up: %,d articles on a throwaway index (not timed)%s%n", WARM_UP, sink < 0 ? " " : "");
    }

    /** Times {@value #PROBES} look-ups (signature excluded): a tenth near copies of indexed articles. */
    private void probe(String kind, CopyIndex index, List<String> recent, int size) {
        List<Signature> probes = new ArrayList<>();
        for (int i = 0; i < PROBES; i++) {
            probes.add(Signature.of(i % 10 == 0 ? "Advertisement. " + recent.get(i % recent.size()) : article()));
        }
        int found = 0;
        long candidates = 0;
        long t0 = System.nanoTime();
        long c0 = cpu();
        for (Signature s : probes) {
            for (CopyIndex.Entry e : index.candidates(s, "probe")) {
                candidates++;
                if (Classifier.classify(s, e.signature()).isPresent()) {
                    found++;
                }
            }
        }
        double us = (System.nanoTime() - t0) / 1e3 / PROBES;
        double cpuUs = (cpu() - c0) / 1e3 / PROBES;
        System.out.printf("%s %,9d articles: look-up + classify %.1f µs wall, %.1f µs CPU per article (%.2f"
                + " candidates, %d of %d near copies found)%n", kind, size, us, cpuUs, (double) candidates / PROBES,
                found, PROBES / 10);
    }

    /** Signatures alone, on one thread. */
    void signatures(int n) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            texts.add(article());
        }
        long t0 = System.nanoTime();
        long c0 = cpu();
        long sink = 0;
        for (int i = 0; i < n; i++) {
            sink += Signature.of(texts.get(i % texts.size())).exact();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (cpu() - c0) / 1e9;
        System.out.printf("signatures: %,d of %d words in %.1f s wall = %,.0f articles/s; %.1f s CPU = %,.0f"
                + " articles/s per core%s%n", n, WORDS, secs, n / secs, cpuSecs, n / cpuSecs, sink == 1 ? " " : "");
    }

    /** Fills a store to each size (articles with a minimal extraction), timing the store-backed look-ups. */
    void sqlite(List<Integer> sizes) throws java.io.IOException {
        Path dir = Files.createTempDirectory("dyad-copy-bench");
        Path file = dir.resolve("bench.db");
        List<String> recent = new ArrayList<>();
        try (SqliteStore st = SqliteStore.open(file)) {
            CopyIndex index = st.copies();
            int n = 0;
            for (int size : sizes) {
                long t0 = System.nanoTime();
                int from = n;
                for (; n < size; n++) {
                    String text = article();
                    String key = "bench:" + n;
                    ArticleRecord a = new ArticleRecord("a" + n, "sha" + n, null, null, null, null, null, "en",
                            "text", "UTF-8", "bench", Map.of(), text, List.of(), List.of());
                    st.ingest(key, new Extraction(a, List.of(), text));
                    index.add(new CopyIndex.Entry(key, "a" + n, null, Signature.of(text), index.newStory()));
                    if (recent.size() < 200) {
                        recent.add(text);
                    }
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("sqlite %,9d articles: stored and indexed %,d in %.1f s = %,.0f articles/s (store"
                        + " ingest included)%n", size, size - from, secs, (size - from) / secs);
                probe("sqlite", index, recent, size);
            }
        } finally {
            for (String f : new String[] {"bench.db", "bench.db-wal", "bench.db-shm"}) {
                Files.deleteIfExists(dir.resolve(f));
            }
            Files.deleteIfExists(dir);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> memory = List.of(10_000, 100_000, 1_000_000);
        List<Integer> sqlite = List.of(10_000);
        for (int i = 0; i + 1 < args.length; i += 2) {
            List<Integer> sizes = java.util.Arrays.stream(args[i + 1].split(",")).filter(s -> !s.isBlank())
                    .map(Integer::parseInt).toList();
            switch (args[i]) {
                case "--memory" -> memory = sizes;
                case "--sqlite" -> sqlite = sizes;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; known: --memory SIZES, --sqlite SIZES");
            }
        }
        CopyBench b = new CopyBench();
        b.signatures(20_000);
        b.signatures(50_000);
        b.memory(memory);
        if (!sqlite.isEmpty()) {
            b.sqlite(sqlite);
        }
    }
}
