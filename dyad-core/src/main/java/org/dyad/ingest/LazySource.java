package org.dyad.ingest;

import java.util.NoSuchElementException;

/** An {@link ArticleSource} that computes its next item on demand; subclasses implement {@link #advance()}. */
abstract class LazySource implements ArticleSource {
    private final String name;
    private SourceItem next;
    private boolean done;

    LazySource(String name) {
        this.name = name;
    }

    /** The next item, or {@code null} at the end. Must not throw: a failure becomes a problem item. */
    abstract SourceItem advance();

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            if (next == null) {
                done = true;
                close();
            }
        }
        return next != null;
    }

    @Override
    public final SourceItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceItem n = next;
        next = null;
        return n;
    }

    @Override
    public void close() {
    }
}
