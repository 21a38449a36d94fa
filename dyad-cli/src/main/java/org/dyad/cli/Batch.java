package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyad.Layers;
import org.dyad.model.Sentence;
import org.dyad.model.Source;
import org.dyad.nlp.Dyad;
import org.dyad.output.Extraction;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;

/**
 * Runs the pipeline over many inputs on a pool of worker threads and hands the results to a sink one at a time, in
 * input order, on the calling thread. A failing input is reported on one line naming it, and the batch goes on.
 */
final class Batch {
    /** Receives each successful result, in input order. */
    interface Sink {
        void accept(Inputs.Input input, Extraction extraction) throws Exception;
    }

    /** How a batch went. */
    record Summary(int processed, int failed, long tokens, long millis) {
    }

    private record Result(Extraction extraction, long tokens, String error) {
    }

    private final java.util.function.Supplier<Dyad> pipeline;
    private volatile Dyad dyad;
    private final Map<String, String> hints;
    private final int threads;
    private final long maxBytes;
    private final PrintWriter err;

    /** @param pipeline made on first use, so that a batch with nothing to read loads no models */
    Batch(java.util.function.Supplier<Dyad> pipeline, Map<String, String> hints, int threads, long maxBytes,
          PrintWriter err) {
        this.pipeline = pipeline;
        this.hints = hints;
        this.threads = threads;
        this.maxBytes = maxBytes;
        this.err = err;
    }

    Summary run(List<Inputs.Input> inputs, String task, Sink sink) {
        long t0 = System.currentTimeMillis();
        int failed = 0;
        int processed = 0;
        long tokens = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-worker");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Object[]> window = new ArrayDeque<>();
        int next = 0;
        try (ProgressBar bar = progress(task, inputs.size())) {
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < threads * 2) {
                    Inputs.Input in = inputs.get(next++);
                    window.add(new Object[] {in, pool.submit(() -> work(in))});
                }
                Object[] head = window.poll();
                Inputs.Input in = (Inputs.Input) head[0];
                @SuppressWarnings("unchecked")
                Result r = get((Future<Result>) head[1]);
                if (r.error() != null) {
                    failed++;
                    report(in.id(), r.error());
                } else {
                    try {
                        sink.accept(in, r.extraction());
                        processed++;
                        tokens += r.tokens();
                    } catch (Exception e) {
                        failed++;
                        report(in.id(), Main.oneLine(e));
                    }
                }
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(processed, failed, tokens, System.currentTimeMillis() - t0);
    }

    private void report(String id, String message) {
        err.println("dyad: " + id + ": " + message);
        err.flush();
    }

    private Result work(Inputs.Input in) {
        try {
            long size = Files.size(in.path());
            if (size > maxBytes) {
                return new Result(null, 0, String.format(java.util.Locale.ROOT,
                        "file is %.1f MB, over the %.1f MB limit for one article (raise it with --max-bytes)",
                        size / 1048576.0, maxBytes / 1048576.0));
            }
            byte[] bytes = Files.readAllBytes(in.path());
            Dyad dyad = dyad();
            Doc doc = dyad.processDoc(new Source(in.id(), bytes, hints));
            long tokens = 0;
            for (Sentence s : doc.get(Layers.SENTENCES)) {
                tokens += s.tokens().size();
            }
            return new Result(dyad.extract(doc), tokens, null);
        } catch (BadInputException e) {
            return new Result(null, 0, e.getMessage());
        } catch (AccessDeniedException e) {
            return new Result(null, 0, "cannot read: permission denied");
        } catch (NoSuchFileException e) {
            return new Result(null, 0, "cannot read: no such file");
        } catch (IOException e) {
            return new Result(null, 0, "cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Result(null, 0, "out of memory while processing; raise the heap (DYAD_HEAP=6g) or lower --max-bytes");
        } catch (RuntimeException e) {
            return new Result(null, 0, "internal error: " + Main.oneLine(e));
        }
    }

    private Dyad dyad() {
        Dyad d = dyad;
        if (d == null) {
            synchronized (this) {
                d = dyad;
                if (d == null) {
                    d = pipeline.get();
                    dyad = d;
                }
            }
        }
        return d;
    }

    private static Result get(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, 0, "interrupted");
        } catch (ExecutionException e) {
            return new Result(null, 0, "internal error: " + Main.oneLine(e.getCause()));
        }
    }

    private ProgressBar progress(String task, int n) {
        if (System.console() == null || n < 2) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(n).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }
}
