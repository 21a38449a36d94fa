package org.dyad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dyad.copies.CopyDetector;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.HttpFetcher;
import org.dyad.ingest.RawArticle;
import org.dyad.ingest.SourceItem;
import org.dyad.ingest.Sources;
import org.dyad.model.Source;
import org.dyad.output.Extraction;
import org.dyad.pipeline.BadInputException;
import org.dyad.read.ReadStage;
import org.dyad.store.Store;

/**
 * {@code POST /api/articles}: runs the pipeline on one article and stores it; {@code POST /api/feeds?url=...} does
 * the same for the articles of a feed. The body is the article itself
 * ({@code text/plain} or {@code text/html}) or a {@code multipart/form-data} upload in the field {@code file}.
 * Metadata the article does not state may be given as query parameters: {@code published}, {@code outlet},
 * {@code author}, {@code url} (also the article's identity in the store). Needs the ingest token; refused when
 * none was set at start-up. Rate-limited. One article is processed at a time; the pipeline is loaded on first use.
 * Nothing in the request names a file on the server: uploads are read into memory.
 */
public final class IngestApi {
    /** What turns an article into an extraction (the NLP pipeline; a stand-in in tests). */
    public interface Pipeline {
        Extraction process(Source source) throws BadInputException;
    }

    /** Most articles one feed request stores. */
    static final int MAX_FEED_ITEMS = 50;

    private final Store store;
    private final Supplier<Pipeline> loader;
    private final WebSettings settings;
    private final RateLimiter limiter;
    private final ResponseCache cache;
    private final Semaphore one = new Semaphore(1, true);
    private volatile Pipeline pipeline;

    IngestApi(Store store, Supplier<Pipeline> loader, WebSettings settings, ResponseCache cache) {
        this.store = store;
        this.loader = loader;
        this.settings = settings;
        this.limiter = new RateLimiter(settings.ingestPerMinute(), settings.ingestBurst());
        this.cache = cache;
    }

    void routes(RoutesConfig r) {
        r.post("/api/articles", this::ingest);
        r.post("/api/feeds", this::feed);
    }

    /** Refuses the request unless ingest is on, the token is right and the rate allows it. */
    private void admit(Context ctx) {
        if (settings.ingestToken() == null) {
            throw new ApiError(403, "ingest_disabled", "ingest over HTTP is off; start the server with "
                    + "--ingest-token TOKEN (or $DYAD_INGEST_TOKEN) to allow it");
        }
        if (!Tokens.allowed(ctx, settings.ingestToken())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "unauthorized", "ingest needs the token given at start-up: send "
                    + "Authorization: Bearer TOKEN");
        }
        if (!limiter.tryAcquire()) {
            ctx.header("Retry-After", Long.toString(limiter.retryAfterSeconds()));
            throw new ApiError(429, "rate_limited", "too many ingest requests; at most "
                    + settings.ingestPerMinute() + " a minute, try again in " + limiter.retryAfterSeconds() + " s");
        }
    }

    private void ingest(Context ctx) throws IOException, InterruptedException {
        admit(ctx);
        Map<String, String> hints = hints(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        byte[] bytes;
        String name;
        if (type.startsWith("multipart/form-data")) {
            UploadedFile f = ctx.uploadedFile("file");
            if (f == null) {
                throw ApiError.badRequest("a multipart upload needs the article in the field \"file\"");
            }
            try (InputStream in = f.content()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBodyBytes() + 1));
            }
            name = safeName(f.filename());
        } else if (type.startsWith("text/plain") || type.startsWith("text/html") || type.isEmpty()) {
            bytes = ctx.bodyAsBytes();
            name = type.startsWith("text/html") ? "post.html" : "post.txt";
        } else {
            throw new ApiError(415, "unsupported_media_type", "send the article as text/plain, text/html or a "
                    + "multipart/form-data upload in the field \"file\", not " + Params.shorten(type));
        }
        if (bytes.length > settings.maxBodyBytes()) {
            throw new ApiError(413, "too_large", "the article is over the " + settings.maxBodyBytes()
                    + "-byte limit");
        }
        if (bytes.length == 0) {
            throw ApiError.badRequest("the article is empty: send its text as the request body");
        }
        String key = hints.containsKey("url") ? hints.get("url") : "upload:" + ReadStage.sha256(bytes);
        acquire();
        Map<String, Object> m;
        try {
            m = store(key, new Source(name, bytes, hints));
        } catch (BadInputException e) {
            throw new ApiError(422, "bad_article", e.getMessage());
        } finally {
            one.release();
        }
        ctx.status("new".equals(m.get("outcome")) ? 201 : 200);
        Out.json(ctx, m);
    }

    /**
     * {@code POST /api/feeds?url=...}: fetches an RSS or Atom feed (or one article page) from an http(s) URL and
     * stores its articles, at most {@link #MAX_FEED_ITEMS}, each as {@code POST /api/articles} would. Only hosts on
     * the public internet are fetched from (the feed, its item pages and every redirect), unless the server was
     * started with {@code --allow-private-fetch}.
     */
    private void feed(Context ctx) throws InterruptedException {
        admit(ctx);
        String url = Params.text(ctx, "url");
        if (url == null || !url.matches("(?i)https?://[^\\s<>\"]{1,180}")) {
            throw ApiError.badRequest("url must be the http or https address of a feed, got \""
                    + Params.shorten(url == null ? "" : url) + "\"");
        }
        Map<String, String> hints = hints(ctx);
        hints.remove("url");
        acquire();
        List<Object> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        HttpFetcher fetcher = settings.privateFetch() ? HttpFetcher.standard(settings.maxBodyBytes())
                : HttpFetcher.publicOnly(settings.maxBodyBytes());
        try (ArticleSource src = Sources.open(url, settings.maxBodyBytes(), fetcher)) {
            while (src.hasNext() && articles.size() + problems.size() < MAX_FEED_ITEMS) {
                SourceItem item = src.next();
                if (!item.ok()) {
                    problems.add(item.origin() + ": " + item.problem());
                    continue;
                }
                RawArticle a = item.article();
                try {
                    articles.add(store(a.key(), a.source(a.load(), hints)));
                } catch (BadInputException | IOException e) {
                    problems.add(a.origin() + ": " + e.getMessage());
                }
            }
        } finally {
            one.release();
        }
        if (articles.isEmpty() && !problems.isEmpty()) {
            throw new ApiError(422, "bad_feed", problems.get(0));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("feed", url);
        m.put("articles", articles);
        m.put("problems", problems);
        Out.json(ctx, m);
    }

    private void acquire() throws InterruptedException {
        if (!one.tryAcquire(120, TimeUnit.SECONDS)) {
            throw new ApiError(503, "busy", "the server is still processing earlier articles; try again later");
        }
    }

    /** Runs the pipeline on one article and stores it (checked for copies); what happened, for the answer. */
    private Map<String, Object> store(String key, Source source) throws BadInputException {
        Extraction x = pipeline().process(source);
        Store.Outcome outcome = CopyDetector.ingest(store, key, x);
        if (outcome != Store.Outcome.UNCHANGED) {
            cache.clear();
        }
        long id = store.article(key).map(a -> a.id()).orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("key", key);
        m.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
        m.put("title", x.article().title());
        m.put("facts", x.facts().size());
        m.put("href", "/api/articles/" + id);
        return m;
    }

    private Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = loader.get();
                    pipeline = p;
                }
            }
        }
        return p;
    }

    private static Map<String, String> hints(Context ctx) {
        Map<String, String> h = new HashMap<>();
        String published = Params.date(ctx, "published");
        if (published != null) {
            if (published.length() != 10) {
                throw ApiError.badRequest("published must be a full date such as 2023-04-13, got \"" + published
                        + "\"");
            }
            h.put("published", published);
        }
        for (String k : new String[] {"outlet", "author"}) {
            String v = Params.text(ctx, k);
            if (v != null) {
                h.put(k, v);
            }
        }
        String url = Params.text(ctx, "url");
        if (url != null) {
            if (!url.matches("https?://[^\\s<>\"]{1,180}")) {
                throw ApiError.badRequest("url must be an http or https address, got \"" + Params.shorten(url) + "\"");
            }
            h.put("url", url);
        }
        return h;
    }

    /** The uploaded file's base name, only letters, digits, dot, dash and underscore: used as the input's name. */
    static String safeName(String filename) {
        String base = filename == null ? "" : filename.replaceAll(".*[/\\\\]", "");
        String clean = base.replaceAll("[^A-Za-z0-9._-]", "_");
        return clean.isEmpty() || clean.startsWith(".") ? "upload" + clean : clean;
    }
}
