package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.ingest.RawArticle;
import org.dyad.ingest.SourceItem;
import org.dyad.output.Extraction;
import org.dyad.pipeline.BadInputException;
import org.junit.jupiter.api.Test;

/** An article that hangs is abandoned at the time limit with a one-line error naming it, and the batch goes on. */
class BatchTimeoutTest {
    @Test
    void hangingArticlesAreAbandonedOneByOneAndTheRestStillRun() {
        List<SourceItem> items = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            items.add(SourceItem.of(new RawArticle("hang-" + i + ".txt", "hang-" + i + ".txt", "file:/hang-" + i,
                    Map.of(), BatchTimeoutTest::hangUninterruptibly, false)));
        }
        items.add(SourceItem.of(new RawArticle("empty.txt", "empty.txt", "file:/empty", Map.of(), () -> {
            throw new BadInputException("empty file");
        }, false)));
        StringWriter err = new StringWriter();
        // One thread: the second hanging article can only start if the first one's slot was given back; a cap of
        // four abandoned articles still running lets all four start.
        Batch.Summary s = runOnOneThread(items, err, Duration.ofMillis(300), 4, Duration.ofSeconds(20));
        assertEquals(4, s.failed());
        List<String> lines = err.toString().lines().toList();
        assertEquals(4, lines.size(), err::toString);
        for (int i = 1; i <= 3; i++) {
            assertEquals("dyad: hang-" + i + ".txt: took more than 0.3 s, the limit for one article "
                    + "(--article-timeout); abandoned", lines.get(i - 1));
        }
        assertTrue(lines.get(3).equals("dyad: empty.txt: empty file"), lines::toString);
    }

    @Test
    void newArticlesWaitWhileTheCapOfAbandonedOnesIsStillRunning() {
        AtomicInteger most = new AtomicInteger();
        List<SourceItem> items = slowArticles(4, Duration.ofSeconds(3), most);
        StringWriter err = new StringWriter();
        // slow-1 and slow-2 are abandoned at 0.2 s each; slow-3 must then wait until slow-1 ends (at 3 s)
        Batch.Summary s = runOnOneThread(items, err, Duration.ofMillis(200), 2, Duration.ofSeconds(30));
        assertEquals(4, s.failed());
        // one thread and a cap of two: at most 1 + 2 - 1 calls at once, never three
        assertEquals(2, most.get(), err::toString);
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.equals("dyad: 2 abandoned article(s) still running (a call that "
                + "ignores interrupts); new articles wait until one ends")).count(), err::toString);
        assertEquals(4, lines.stream().filter(l -> l.endsWith("(--article-timeout); abandoned")).count(),
                err::toString);
    }

    @Test
    void withACapOfOneNoArticleStartsWhileAnAbandonedOneIsStillRunning() {
        AtomicInteger most = new AtomicInteger();
        StringWriter err = new StringWriter();
        Batch.Summary s = runOnOneThread(slowArticles(2, Duration.ofSeconds(1), most), err, Duration.ofMillis(200), 1,
                Duration.ofSeconds(30));
        assertEquals(2, s.failed());
        assertEquals(1, most.get(), err::toString);
        assertTrue(err.toString().contains("dyad: 1 abandoned article(s) still running"), err::toString);
    }

    /** {@code n} articles whose load ignores interrupts for {@code d}; {@code most} records how many ran at once. */
    private static List<SourceItem> slowArticles(int n, Duration d, AtomicInteger most) {
        AtomicInteger now = new AtomicInteger();
        List<SourceItem> items = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            items.add(SourceItem.of(new RawArticle("slow-" + i + ".txt", "slow-" + i + ".txt", "file:/slow-" + i,
                    Map.of(), () -> {
                        most.accumulateAndGet(now.incrementAndGet(), Math::max);
                        try {
                            return hangUninterruptibly(d);
                        } finally {
                            now.decrementAndGet();
                        }
                    }, false)));
        }
        return items;
    }

    /** A one-thread batch over inputs none of which reaches the models, under a deadline for the whole run. */
    private static Batch.Summary runOnOneThread(List<SourceItem> items, StringWriter err, Duration limit,
                                                int maxOverrunning, Duration deadline) {
        Batch batch = new Batch(() -> {
            throw new AssertionError("no article gets as far as the models");
        }, Map.of(), 1, new PrintWriter(err)).timeout(limit).maxOverrunning(maxOverrunning);
        return assertTimeoutPreemptively(deadline, () -> batch.run(items.iterator(), "test", new Batch.Sink() {
            @Override
            public void accept(RawArticle article, Extraction extraction) {
                throw new AssertionError("nothing is processed");
            }
        }));
    }

    private static byte[] hangUninterruptibly() {
        return hangUninterruptibly(Duration.ofSeconds(30));
    }

    /** Like a call that ignores interrupts, for a while (the thread is a daemon anyway). */
    private static byte[] hangUninterruptibly(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                // ignored, as a CoreNLP call may
            }
        }
        return new byte[0];
    }
}
