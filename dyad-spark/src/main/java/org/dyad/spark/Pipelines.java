package org.dyad.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.lang.LanguageDetector;
import org.dyad.lang.LanguageGate;
import org.dyad.nlp.Dyad;

/**
 * The pipeline of this JVM: loaded on first use by whichever task needs it first, then shared by every task and
 * partition the executor runs (the CoreNLP models take 15 s and more than 1 GB to load, so once per executor, never
 * per partition). Thread-safe: {@link Dyad} serves many threads.
 */
final class Pipelines {
    private static final AtomicInteger LOADS = new AtomicInteger();
    private static volatile Loaded loaded;

    /** The pipeline and the language gate in front of its NLP stages. */
    record Loaded(Dyad dyad, LanguageGate gate, long millis) {
    }

    private Pipelines() {
    }

    static Loaded get() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (Pipelines.class) {
                l = loaded;
                if (l == null) {
                    long t0 = System.currentTimeMillis();
                    Dyad d = Dyad.standard();
                    l = new Loaded(d, new LanguageGate(d.pipeline(), LanguageDetector.standard()),
                            System.currentTimeMillis() - t0);
                    LOADS.incrementAndGet();
                    loaded = l;
                }
            }
        }
        return l;
    }

    /** How many times this JVM built the pipeline: 1 once any task has run, whatever the number of partitions. */
    static int loads() {
        return LOADS.get();
    }
}
