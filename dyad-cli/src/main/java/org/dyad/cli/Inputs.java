package org.dyad.cli;

import java.util.Iterator;
import java.util.List;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.HttpFetcher;
import org.dyad.ingest.Sources;
import org.dyad.ingest.SourceItem;

/**
 * The inputs a user names, one after the other, as one stream of articles: files, directories (recursively),
 * feeds (files or http(s) URLs), WARC archives and JSON Lines files; see {@link Sources#open}.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * The articles of every name, in order; a name that cannot be read is one problem item, and the others go on.
     * Only one container is open at a time.
     */
    static Iterator<SourceItem> open(List<String> names, long maxBytes, HttpFetcher fetcher) {
        return new Iterator<>() {
            private int next;
            private ArticleSource current;

            @Override
            public boolean hasNext() {
                while (current == null || !current.hasNext()) {
                    if (current != null) {
                        current.close();
                        current = null;
                    }
                    if (next >= names.size()) {
                        return false;
                    }
                    current = Sources.open(names.get(next++), maxBytes, fetcher);
                }
                return true;
            }

            @Override
            public SourceItem next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
