package org.dyad.web;

import io.javalin.http.Context;

/**
 * The security headers every response carries. The content security policy allows only this server's own scripts,
 * styles and images: no inline script, no plug-ins, no framing, forms posting back here only.
 */
final class Headers {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Headers() {
    }

    static void set(Context ctx) {
        set(ctx::header);
    }

    static void set(java.util.function.BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", CSP);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("Cross-Origin-Opener-Policy", "same-origin");
        header.accept("Cross-Origin-Resource-Policy", "same-origin");
        header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        header.accept("Cache-Control", "no-store");
    }
}
