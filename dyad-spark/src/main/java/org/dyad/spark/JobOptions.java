package org.dyad.spark;

import java.io.Serializable;
import java.util.Map;

/**
 * What every task needs to know, sent with the tasks.
 *
 * @param maxBytes the size limit of one article (a WARC record, a file)
 * @param hints    metadata for inputs that state none ({@code published}, {@code outlet}, {@code author},
 *                 {@code language}), like the command line's flags
 */
record JobOptions(long maxBytes, Map<String, String> hints) implements Serializable {
    JobOptions {
        hints = Map.copyOf(hints);
    }
}
