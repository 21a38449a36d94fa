package org.dyad.events;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the coder did with the sentences it saw: how many named no actor, how many named actors but matched no
 * pattern (and so produced nothing: dyad has no fallback code), how many matched a pattern but had no source
 * actor, and how many were coded. Thread-safe.
 */
public final class EventCounts {
    private final LongAdder noActor = new LongAdder();
    private final LongAdder noPattern = new LongAdder();
    private final LongAdder noSource = new LongAdder();
    private final LongAdder coded = new LongAdder();

    void add(EventCoder.Outcome o) {
        switch (o) {
            case NO_ACTOR -> noActor.increment();
            case NO_PATTERN -> noPattern.increment();
            case NO_SOURCE -> noSource.increment();
            case CODED -> coded.increment();
            default -> throw new IllegalArgumentException(String.valueOf(o));
        }
    }

    public long sentences() {
        return noActor.sum() + noPattern.sum() + noSource.sum() + coded.sum();
    }

    /** Sentences that name no actor with a code. */
    public long noActor() {
        return noActor.sum();
    }

    /** Sentences that name actors but match no pattern: nothing was emitted for them. */
    public long noPattern() {
        return noPattern.sum();
    }

    /** Sentences where a pattern matched but no source actor was attached to it. */
    public long noSource() {
        return noSource.sum();
    }

    /** Sentences that produced at least one event. */
    public long coded() {
        return coded.sum();
    }

    @Override
    public String toString() {
        return String.format("%d sentences: %d coded, %d with actors but no pattern (nothing emitted), "
                + "%d with a pattern but no source actor, %d without actors", sentences(), coded(), noPattern(),
                noSource(), noActor());
    }
}
