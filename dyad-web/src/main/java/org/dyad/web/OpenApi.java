package org.dyad.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code /api/openapi.json}: the OpenAPI 3 description of the API (a resource kept beside the handlers). */
final class OpenApi {
    static final String PATH = "/api/openapi.json";
    private static final String DOC = load();

    private OpenApi() {
    }

    static void routes(RoutesConfig r) {
        r.get(PATH, ctx -> Out.send(ctx, Out.JSON, DOC));
    }

    private static String load() {
        try (InputStream in = OpenApi.class.getResourceAsStream("/dyad/web/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource dyad/web/openapi.json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
