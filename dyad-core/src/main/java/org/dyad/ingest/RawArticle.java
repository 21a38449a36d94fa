package org.dyad.ingest;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Source;
import org.dyad.pipeline.BadInputException;

/**
 * One article as a container holds it, before decoding: a file, a feed item, a WARC response record, a JSON Lines
 * object. Its bytes are loaded on demand ({@link #load()}), so that a source can be walked cheaply and an article the
 * store already holds can be skipped before it is read, fetched or parsed.
 *
 * @param id     the document name records and errors carry: a file's path as given, else the article's URL, else
 *               the container's name and the item's place in it
 * @param origin where the article stands in its container, for error messages: {@code feed.xml item 3},
 *               {@code news.warc.gz record at offset 1234}, {@code articles.jsonl:7}; equal to {@code id} for files
 * @param key    the article's identity in a store: its canonical URL when the container gives one, else the file's
 *               absolute URI (plus the item's place for items without a URL)
 * @param meta   metadata the container states ({@code title}, {@code published}, {@code url}, {@code author},
 *               {@code outlet}, {@code language}: {@link ArticleMeta#KEYS}); used only where the article is silent
 * @param remote whether loading fetches the article over the network (a feed item that links its page)
 */
public record RawArticle(String id, String origin, String key, Map<String, String> meta, Content content,
                         boolean remote) {
    /** Loads an article's bytes; may refuse it with a one-line reason. */
    @FunctionalInterface
    public interface Content {
        byte[] load() throws IOException, BadInputException;
    }

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Map<String, String> m = new LinkedHashMap<>();
        if (meta != null) {
            meta.forEach((k, v) -> {
                if (!ArticleMeta.KEYS.contains(k)) {
                    throw new IllegalArgumentException("unknown metadata key \"" + k + "\" (known: " + ArticleMeta.KEYS + ")");
                }
                if (v != null && !v.isBlank()) {
                    m.put(k, v.strip());
                }
            });
        }
        meta = Map.copyOf(m);
    }

    /** An article already in memory. */
    public static RawArticle of(String id, String origin, String key, Map<String, String> meta, byte[] bytes) {
        return new RawArticle(id, origin, key, meta, () -> bytes, false);
    }

    public byte[] load() throws IOException, BadInputException {
        return content.load();
    }

    /**
     * The pipeline input for these bytes: the container's metadata, then {@code flags} (the command line's) where
     * the container says nothing. Both fill only what the article itself leaves unsaid.
     */
    public Source source(byte[] bytes, Map<String, String> flags) {
        Map<String, String> hints = new LinkedHashMap<>(flags == null ? Map.of() : flags);
        hints.putAll(meta);
        return new Source(id, bytes, hints);
    }
}
