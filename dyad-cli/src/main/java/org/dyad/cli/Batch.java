package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyad.Layers;
import org.dyad.ingest.RawArticle;
import org.dyad.ingest.SourceItem;
import org.dyad.lang.LanguageDetector;
import org.dyad.lang.LanguageGate;
import org.dyad.model.Sentence;
import org.dyad.nlp.Dyad;
import org.dyad.output.Extraction;
import org.dyad.output.SkippedRecord;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.dyad.read.ReadStage;

/**
 * Runs the pipeline over a stream of articles on a pool of worker threads and hands the results to a sink one at a
 * time, in input order, on the calling thread. A failing input is reported on one line naming it (file, and record or
 * line in a container), and the batch goes on. Before any NLP, an article the store already holds with the same
 * content is skipped ({@link #skipStored}), and so is an article in a language the pipeline does not support yet.
 * An article that runs for longer than the time limit ({@link #timeout}) is abandoned with a one-line error; at most
 * {@link #maxOverrunning} abandoned articles may still be running (a call that ignores interrupts keeps its thread
 * busy) before new articles wait for one of them to end, so a run of pathological inputs cannot pile up threads: at
 * most {@code threads + maxOverrunning - 1} article calls ever run at once.
 */
final class Batch {
    /** Receives each result, in input order. */
    interface Sink {
        void accept(RawArticle article, Extraction extraction) throws Exception;

        /** An article read but not processed (its language); by default nothing is done with it. */
        default void skipped(RawArticle article, SkippedRecord record) throws Exception {
        }
    }

    /**
     * How a batch went.
     *
     * @param stored    articles skipped because the store already held them unchanged
     * @param languages articles skipped for their language, by language code
     */
    record Summary(int processed, int failed, int stored, Map<String, Integer> languages, long tokens, long millis) {
        int skippedForLanguage() {
            return languages.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private record Result(Extraction extraction, SkippedRecord skipped, boolean stored, long tokens, String error) {
        static Result error(String message) {
            return new Result(null, null, false, 0, message);
        }
    }

    /** The default time limit for one article: far beyond what a long news article takes on a slow machine. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final java.util.function.Supplier<Dyad> pipeline;
    private volatile Dyad dyad;
    private volatile LanguageGate gate;
    private final Map<String, String> hints;
    private final int threads;
    private final PrintWriter err;
    private Function<String, Optional<String>> stored;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int maxOverrunning;
    /** Abandoned articles whose call has not returned yet; guarded by itself. */
    private final int[] overrunning = {0};
    private boolean overrunReported;

    /** @param pipeline made on first use, so that a batch with nothing to process loads no models */
    Batch(java.util.function.Supplier<Dyad> pipeline, Map<String, String> hints, int threads, PrintWriter err) {
        this.pipeline = pipeline;
        this.hints = hints;
        this.threads = threads;
        this.err = err;
        this.maxOverrunning = threads;
    }

    /**
     * Once {@code n} abandoned articles are still running, a new article waits for one of them to end (default: as
     * many as worker threads, so fewer than twice that many threads are ever busy).
     */
    Batch maxOverrunning(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of abandoned articles still running must be at least 1, got "
                    + n);
        }
        this.maxOverrunning = n;
        return this;
    }

    /**
     * Skip, before any NLP, an article whose key {@code storedSha256} maps to the hash of its content (a feed item
     * that links its page is skipped on its key alone, without fetching it).
     */
    Batch skipStored(Function<String, Optional<String>> storedSha256) {
        this.stored = storedSha256;
        return this;
    }

    /**
     * Abandon an article that runs for longer than {@code limit} (from when it starts, the model load not counted)
     * with a one-line error naming it, and go on with the others.
     */
    Batch timeout(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit for one article must be positive, got " + limit);
        }
        this.timeout = limit;
        return this;
    }

    Summary run(Iterator<SourceItem> items, String task, Sink sink) {
        long t0 = System.currentTimeMillis();
        int failed = 0;
        int processed = 0;
        int skippedStored = 0;
        Map<String, Integer> languages = new TreeMap<>();
        long tokens = 0;
        // Threads are not reused after an article overran its time limit (a CoreNLP call may not stop when
        // interrupted): the permits, not the pool size, bound how many articles run at once.
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dyad-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore running = new Semaphore(threads, true);
        ArrayDeque<Object[]> window = new ArrayDeque<>();
        try (ProgressBar bar = progress(task)) {
            while (items.hasNext() || !window.isEmpty()) {
                while (items.hasNext() && window.size() < threads * 2) {
                    SourceItem item = items.next();
                    if (!item.ok()) {
                        window.add(new Object[] {item, null});
                    } else {
                        Task t = new Task(item.article(), running);
                        window.add(new Object[] {item, pool.submit(t), t});
                    }
                }
                Object[] head = window.poll();
                SourceItem item = (SourceItem) head[0];
                @SuppressWarnings("unchecked")
                Result r = head[1] == null ? Result.error(item.problem())
                        : await((Future<Result>) head[1], (Task) head[2], window);
                if (r.error() != null) {
                    failed++;
                    report(item.origin(), r.error());
                } else if (r.stored()) {
                    skippedStored++;
                } else {
                    try {
                        if (r.skipped() != null) {
                            sink.skipped(item.article(), r.skipped());
                            languages.merge(r.skipped().language(), 1, Integer::sum);
                        } else {
                            sink.accept(item.article(), r.extraction());
                            processed++;
                            tokens += r.tokens();
                        }
                    } catch (Exception e) {
                        failed++;
                        report(item.origin(), Main.oneLine(e));
                    }
                }
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(processed, failed, skippedStored, languages, tokens, System.currentTimeMillis() - t0);
    }

    private void report(String id, String message) {
        err.println("dyad: " + id + ": " + message);
        err.flush();
    }

    private static final int RUNNING = 0;
    private static final int ENDED = 1;
    private static final int ABANDONED = 2;

    /** Waits while {@link #maxOverrunning} abandoned articles are still running; says so once per batch. */
    private void waitForOverrunning() throws InterruptedException {
        synchronized (overrunning) {
            while (overrunning[0] >= maxOverrunning) {
                if (!overrunReported) {
                    overrunReported = true;
                    err.println("dyad: " + overrunning[0] + " abandoned article(s) still running (a call that ignores "
                            + "interrupts); new articles wait until one ends");
                    err.flush();
                }
                overrunning.wait();
            }
        }
    }

    /** One article's work; holds a permit while it runs, given back when it ends or is abandoned. */
    private final class Task implements java.util.concurrent.Callable<Result> {
        private final RawArticle article;
        private final Semaphore running;
        private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        /** RUNNING until the call returns (ENDED) or the article is abandoned first (ABANDONED). */
        private final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger();
        private volatile long started;
        private volatile boolean abandoned;

        Task(RawArticle article, Semaphore running) {
            this.article = article;
            this.running = running;
        }

        @Override
        public Result call() throws InterruptedException {
            running.acquire();
            try {
                // checked while holding the permit, so no article that passed the check can start later, unseen
                waitForOverrunning();
                clock();
                return work(article, this);
            } finally {
                release();
                if (!state.compareAndSet(RUNNING, ENDED)) {
                    synchronized (overrunning) {
                        overrunning[0]--;
                        overrunning.notifyAll();
                    }
                }
            }
        }

        /** (Re)starts the article's clock: when it starts to run, and once the models are loaded. */
        void clock() {
            started = System.nanoTime();
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                running.release();
            }
        }

        /** Abandons the article if it has run for longer than {@code limit} ns and is not done. */
        void expire(Future<Result> f, long limit) {
            long s = started;
            if (!abandoned && s != 0 && System.nanoTime() - s > limit && !f.isDone()
                    && state.compareAndSet(RUNNING, ABANDONED)) {
                abandoned = true;
                synchronized (overrunning) {
                    overrunning[0]++;
                }
                f.cancel(true);
                release();
            }
        }
    }

    /**
     * The result of {@code t}, or an error once it has run for longer than the time limit; the article is then
     * abandoned (interrupted, its permit given back) and the batch goes on. While waiting, the articles running
     * further on in the {@code window} are held to the limit too (one of them may hold the permit {@code t} waits for).
     */
    @SuppressWarnings("unchecked")
    private Result await(Future<Result> f, Task t, java.util.Collection<Object[]> window) {
        long limit = timeout.toNanos();
        while (true) {
            t.expire(f, limit);
            for (Object[] w : window) {
                if (w[1] != null) {
                    ((Task) w[2]).expire((Future<Result>) w[1], limit);
                }
            }
            if (t.abandoned) {
                String limitText = timeout.toMillis() % 1000 == 0 ? String.valueOf(timeout.toSeconds())
                        : String.valueOf(timeout.toMillis() / 1000.0);
                return Result.error("took more than " + limitText + " s, the limit for one article "
                        + "(--article-timeout); abandoned");
            }
            long started = t.started;
            long wait = started == 0 ? limit : started + limit - System.nanoTime();
            try {
                return f.get(Math.max(1, Math.min(wait, TimeUnit.MILLISECONDS.toNanos(100))), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // look again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Result.error("interrupted");
            } catch (ExecutionException e) {
                return Result.error("internal error: " + Main.oneLine(e.getCause()));
            } catch (java.util.concurrent.CancellationException e) {
                // abandoned by expire(): reported above on the next turn
            }
        }
    }

    private Result work(RawArticle a, Task task) {
        try {
            if (stored != null && a.remote() && stored.apply(a.key()).isPresent()) {
                return new Result(null, null, true, 0, null);
            }
            byte[] bytes = a.load();
            if (stored != null && !a.remote() && stored.apply(a.key()).filter(ReadStage.sha256(bytes)::equals).isPresent()) {
                return new Result(null, null, true, 0, null);
            }
            Dyad dyad = dyad();
            task.clock(); // the model load, once per process, is not the article's time
            Doc doc = new Doc(a.id());
            doc.put(Layers.SOURCE, a.source(bytes, hints));
            LanguageGate.Outcome o = gate.process(doc);
            if (o.skipped() != null) {
                return new Result(null, SkippedRecord.of(doc, o.language(), o.skipped(), dyad.version()), false, 0, null);
            }
            long tokens = 0;
            for (Sentence s : doc.get(Layers.SENTENCES)) {
                tokens += s.tokens().size();
            }
            return new Result(dyad.extract(doc), null, false, tokens, null);
        } catch (BadInputException e) {
            return Result.error(e.getMessage());
        } catch (IOException e) {
            return Result.error("cannot read: " + Main.oneLine(e));
        } catch (OutOfMemoryError e) {
            return Result.error("out of memory while processing; raise the heap (DYAD_HEAP=6g) or lower --max-bytes");
        } catch (RuntimeException e) {
            return Result.error("internal error: " + Main.oneLine(e));
        }
    }

    private Dyad dyad() {
        Dyad d = dyad;
        if (d == null) {
            synchronized (this) {
                d = dyad;
                if (d == null) {
                    d = pipeline.get();
                    gate = new LanguageGate(d.pipeline(), LanguageDetector.standard());
                    dyad = d;
                }
            }
        }
        return d;
    }

    private ProgressBar progress(String task) {
        if (System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }
}
