package org.dyad.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Bearer-token checks: {@code Authorization: Bearer TOKEN}, compared in constant time. */
final class Tokens {
    private Tokens() {
    }

    /** True when {@code expected} is null (no token set) or the request carries it. */
    static boolean allowed(Context ctx, String expected) {
        if (expected == null) {
            return true;
        }
        String h = ctx.header("Authorization");
        String given = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip() : null;
        if (given == null) {
            given = ctx.queryParam("token");
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
