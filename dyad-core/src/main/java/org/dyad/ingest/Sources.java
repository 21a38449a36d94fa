package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.dyad.pipeline.BadInputException;

/**
 * Opens any input the user names as an {@link ArticleSource}, by its name and, where that is not enough, its first
 * bytes: an http(s) URL (a feed, or one article page); a directory (walked recursively, see {@link DirectorySource});
 * {@code .warc}/{@code .warc.gz}; {@code .jsonl}/{@code .ndjson}; {@code .rss}/{@code .atom}, and {@code .xml} that
 * holds a feed; anything else is one article file.
 */
public final class Sources {
    /** Extensions of article files a directory walk takes (and files without an extension). */
    public static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml");

    /** What kind of input a file is. */
    public enum Kind { ARTICLE, FEED, WARC, JSONL, OTHER }

    private Sources() {
    }

    /**
     * Opens {@code input} (a path or an http(s) URL).
     *
     * @param maxBytes the size limit for one article; a feed or a directory is not one article, a WARC record is
     * @param fetcher  fetches URLs (a feed, a feed item's linked page); {@code null} to stay offline
     */
    public static ArticleSource open(String input, long maxBytes, HttpFetcher fetcher) {
        if (HttpFetcher.isUrl(input)) {
            return url(input, maxBytes, fetcher);
        }
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
            return new DirectorySource(input, p, maxBytes, fetcher);
        }
        if (!Files.exists(p)) {
            return Single.problem(input, "no such file or directory");
        }
        return file(input, p, kind(p, true), maxBytes, fetcher);
    }

    static ArticleSource file(String name, Path p, Kind kind, long maxBytes, HttpFetcher fetcher) {
        switch (kind) {
            case WARC:
                return new WarcSource(name, p, maxBytes);
            case JSONL:
                return new JsonlSource(name, p, maxBytes);
            case FEED:
                try {
                    return new FeedSource(name, FileArticles.key(p), FileArticles.read(p, feedLimit(maxBytes)), fetcher);
                } catch (IOException | BadInputException e) {
                    return Single.problem(name, e.getMessage().replace("one article", "one feed (ten articles)"));
                }
            default:
                return Single.of(FileArticles.of(name, p, maxBytes));
        }
    }

    private static ArticleSource url(String url, long maxBytes, HttpFetcher fetcher) {
        if (fetcher == null) {
            return Single.problem(url, "URLs are not fetched here");
        }
        HttpFetcher.Response r;
        try {
            r = fetcher.withLimit(feedLimit(maxBytes)).get(url);
        } catch (IOException e) {
            return Single.problem(url, "cannot fetch: " + FeedSource.oneLine(e));
        } catch (BadInputException e) {
            return Single.problem(url, e.getMessage());
        }
        if (looksLikeFeed(r.body()) || r.contentType() != null && r.contentType().matches("(?i).*(rss|atom)\\+xml.*")) {
            return new FeedSource(url, Payloads.canonical(url), r.body(), fetcher);
        }
        if (r.body().length > maxBytes) {
            return Single.problem(url, Limits.tooBig(r.body().length, maxBytes, "the page"));
        }
        try {
            byte[] bytes = Payloads.decodeHttp(r.body(), r.contentType());
            return Single.of(RawArticle.of(url, url, Payloads.canonical(url), java.util.Map.of("url", url), bytes));
        } catch (BadInputException e) {
            return Single.problem(url, e.getMessage());
        }
    }

    /** The store key of a file: its absolute, normalised {@code file:} URI (as {@code dyad ingest} stores it). */
    public static String fileKey(Path p) {
        return FileArticles.key(p);
    }

    /** A feed may be ten times the size limit for one article. */
    static long feedLimit(long maxBytes) {
        return maxBytes > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : maxBytes * 10;
    }

    /**
     * The kind of a file by its name, and for {@code .xml} (and, when {@code named}, unknown extensions) its first
     * bytes. A file the user {@code named} is never {@link Kind#OTHER}: it is at least read as an article.
     */
    public static Kind kind(Path p, boolean named) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return Kind.FEED;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        if (ext.equals("xml")) {
            return looksLikeFeed(head(p)) ? Kind.FEED : named ? Kind.ARTICLE : Kind.OTHER;
        }
        if (dot < 0 || ARTICLE_EXTENSIONS.contains(ext)) {
            return Kind.ARTICLE;
        }
        if (named) {
            byte[] head = head(p);
            if (new String(head, StandardCharsets.ISO_8859_1).startsWith("WARC/")) {
                return Kind.WARC;
            }
            return looksLikeFeed(head) ? Kind.FEED : Kind.ARTICLE;
        }
        return Kind.OTHER;
    }

    /** Whether XML starts like an RSS, RDF or Atom feed. */
    static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }

    private static byte[] head(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(1024);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** A source of one item. */
    static final class Single extends LazySource {
        private SourceItem item;

        private Single(String name, SourceItem item) {
            super(name);
            this.item = item;
        }

        static Single of(RawArticle a) {
            return new Single(a.id(), SourceItem.of(a));
        }

        static Single problem(String name, String message) {
            return new Single(name, SourceItem.problem(name, message));
        }

        @Override
        SourceItem advance() {
            SourceItem i = item;
            item = null;
            return i;
        }
    }
}
