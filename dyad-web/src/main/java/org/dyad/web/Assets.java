package org.dyad.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page's own script, style sheet and icon, served from the jar by a fixed list of names: no part of a request
 * names a file.
 */
final class Assets {
    private static final Map<String, String> TYPES = Map.of("dyad.css", "text/css; charset=utf-8",
            "dyad.js", "text/javascript; charset=utf-8", "favicon.svg", "image/svg+xml");
    private static final Map<String, byte[]> BODIES = load();

    private Assets() {
    }

    static void routes(RoutesConfig r) {
        for (String name : TYPES.keySet()) {
            r.get("/static/" + name, ctx -> {
                ctx.contentType(TYPES.get(name)).result(BODIES.get(name));
                ctx.header("Cache-Control", "public, max-age=3600");
            });
        }
    }

    private static Map<String, byte[]> load() {
        Map<String, byte[]> m = new java.util.HashMap<>();
        for (String name : TYPES.keySet()) {
            try (InputStream in = Assets.class.getResourceAsStream("/dyad/web/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource dyad/web/" + name);
                }
                m.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(m);
    }
}
