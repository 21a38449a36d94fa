package org.dyad.ingest;

import java.io.Closeable;
import java.util.Iterator;

/**
 * A stream of articles from one input: a file, a directory, a feed, a WARC archive, a JSON Lines file. Items come in
 * the container's order, one at a time (a WARC file is never held in memory); an item that cannot be read is a
 * {@link SourceItem#problem} and the rest go on. Not thread-safe: one consumer iterates, once. Close it to release the
 * file it reads.
 */
public interface ArticleSource extends Iterator<SourceItem>, Closeable {
    /** The input as the user named it. */
    String name();

    @Override
    void close();
}
