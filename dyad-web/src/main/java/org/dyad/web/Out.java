package org.dyad.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import org.dyad.output.RecordJson;

/** Writes a response body and keeps it for {@link ResponseCache}. */
final class Out {
    static final String JSON = "application/json; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";
    static final String BODY = "dyad.body";

    private Out() {
    }

    static void json(Context ctx, Object value) {
        send(ctx, JSON, RecordJson.write(value));
    }

    static void html(Context ctx, String page) {
        send(ctx, HTML, page);
    }

    static void send(Context ctx, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ctx.contentType(type).result(bytes);
        ctx.attribute(BODY, new ResponseCache.Entry(type, bytes));
    }
}
