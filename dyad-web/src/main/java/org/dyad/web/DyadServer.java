package org.dyad.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.function.Supplier;
import org.dyad.store.Store;

/**
 * The web server: the JSON API under {@code /api} (described by {@code /api/openapi.json}), the pages, and ingest
 * over HTTP, over one store. Errors are {@code {"error": code, "message": text}} with the matching status under
 * {@code /api}, and an error page elsewhere. Every response carries the security headers of {@link Headers}.
 */
public final class DyadServer {
    private DyadServer() {
    }

    /**
     * A server over {@code store}, not started. {@code pipeline} is called once, on the first ingest request, to
     * load the NLP pipeline.
     */
    public static Javalin create(Store store, WebSettings settings, Supplier<IngestApi.Pipeline> pipeline) {
        Reads reads = new Reads(store);
        ResponseCache cache = new ResponseCache(settings.cacheEntries(), 64L * 1024 * 1024);
        IngestApi ingest = new IngestApi(store, pipeline, settings, cache);
        return Javalin.create(config -> {
            configure(config, settings);
            var r = config.routes;
            r.before(ctx -> Headers.set(ctx));
            r.before(ctx -> guard(ctx, settings));
            ArticlesApi.routes(r, reads, cache);
            LaddersApi.routes(r, reads, cache);
            PairsApi.routes(r, reads, cache);
            VoicesApi.routes(r, reads, cache);
            StoriesApi.routes(r, reads, cache);
            ingest.routes(r);
            OpenApi.routes(r);
            Assets.routes(r);
            Pages.routes(r, reads, cache);
            r.exception(ApiError.class, (e, ctx) -> fail(ctx, e.status(), e.code(), e.getMessage()));
            r.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), code(e.getStatus()),
                    e.getMessage() == null || e.getMessage().isBlank() ? "request refused" : e.getMessage()));
            r.exception(Exception.class, (e, ctx) -> fail(ctx, 500, "internal",
                    "the server failed on this request (" + e.getClass().getSimpleName() + "); see its log"));
            r.error(404, "*", ctx -> {
                if (ctx.attribute("dyad.error") == null) {
                    fail(ctx, 404, "not_found", "no such page or endpoint: " + Params.shorten(ctx.path())
                            + "; the API is described at /api/openapi.json");
                }
            });
            r.error(405, "*", ctx -> {
                if (ctx.attribute("dyad.error") == null) {
                    fail(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + Params.shorten(ctx.path()));
                }
            });
        });
    }

    private static void configure(JavalinConfig config, WebSettings settings) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.jetty.multipartConfig.maxFileSize(settings.maxBodyBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(settings.maxBodyBytes() + 64 * 1024, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, settings.maxBodyBytes()),
                SizeUnit.BYTES);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        config.jetty.modifyHttpConfiguration(h -> {
            h.setSendServerVersion(false);
            h.setRequestHeaderSize(16 * 1024);
        });
    }

    /** Refuses oversized bodies before reading them, and reads without the read token when one is set. */
    private static void guard(Context ctx, WebSettings settings) {
        long length = ctx.req().getContentLengthLong();
        if (length > settings.maxBodyBytes() + 64 * 1024) {
            throw new ApiError(413, "too_large", "the request body is " + length + " bytes, over the "
                    + settings.maxBodyBytes() + "-byte limit");
        }
        boolean ingest = ctx.method().name().equals("POST") && (ctx.path().equals("/api/articles")
                || ctx.path().equals("/api/feeds"));
        if (!ingest && !ctx.path().startsWith("/static/") && !Tokens.allowed(ctx, settings.readToken())) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "unauthorized", "this server needs the read token: send Authorization: "
                    + "Bearer TOKEN (or ?token=TOKEN)");
        }
    }

    static void fail(Context ctx, int status, String code, String message) {
        ctx.attribute("dyad.error", code);
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            Out.json(ctx, new ErrorBody(code, message));
        } else {
            Out.html(ctx, Layout.page("Error " + status, "<h1>" + status + " " + Layout.esc(code.replace('_', ' '))
                    + "</h1><p>" + Layout.esc(message) + "</p><p><a href=\"/\">Home</a></p>"));
        }
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> "http_" + status;
        };
    }

    /** The body of every API error. */
    record ErrorBody(String error, String message) {
    }
}
