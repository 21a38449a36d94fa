package org.dyad.ingest;

import java.util.Objects;

/**
 * What a source yields: an article, or a one-line problem naming the input (file, and record or line) that could not
 * be read. A problem never stops the source: the items after it still come.
 */
public record SourceItem(RawArticle article, String origin, String problem) {
    public SourceItem {
        Objects.requireNonNull(origin, "origin");
        if ((article == null) == (problem == null)) {
            throw new IllegalArgumentException("a source item is either an article or a problem");
        }
    }

    public static SourceItem of(RawArticle a) {
        return new SourceItem(a, a.origin(), null);
    }

    public static SourceItem problem(String origin, String message) {
        return new SourceItem(null, origin, message);
    }

    public boolean ok() {
        return article != null;
    }
}
