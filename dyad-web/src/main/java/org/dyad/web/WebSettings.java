package org.dyad.web;

/**
 * How a server runs.
 *
 * @param host           the address to listen on (127.0.0.1: this machine only)
 * @param port           the port; 0 picks a free one
 * @param ingestToken    the token POST /api/articles needs, or null to refuse ingest over HTTP
 * @param readToken      the token every other request needs, or null for open reads (the default)
 * @param maxBodyBytes   largest request body accepted
 * @param ingestPerMinute ingest requests allowed a minute, with bursts of up to {@code ingestBurst}
 * @param cacheEntries   responses kept in memory (0: none)
 * @param privateFetch   whether POST /api/feeds may fetch from this machine and private networks (off: only from
 *                       the public internet, {@link org.dyad.ingest.PublicAddresses})
 */
public record WebSettings(String host, int port, String ingestToken, String readToken, long maxBodyBytes,
                          int ingestPerMinute, int ingestBurst, int cacheEntries, boolean privateFetch) {
    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

    public WebSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1024 bytes, got " + maxBodyBytes);
        }
        if (cacheEntries < 0) {
            throw new IllegalArgumentException("the cache size must be 0 or more, got " + cacheEntries);
        }
        if (ingestToken != null && ingestToken.length() < 8) {
            throw new IllegalArgumentException("the ingest token must be at least 8 characters");
        }
    }

    /**
     * Loopback, a free port, ingest refused, open reads, 5 MB bodies, 30 ingests a minute, 1000 cached responses,
     * feeds fetched only from the public internet.
     */
    public static WebSettings defaults() {
        return new WebSettings("127.0.0.1", 0, null, null, DEFAULT_MAX_BODY, 30, 5, 1000, false);
    }

    public WebSettings withPort(int p) {
        return new WebSettings(host, p, ingestToken, readToken, maxBodyBytes, ingestPerMinute, ingestBurst,
                cacheEntries, privateFetch);
    }

    public WebSettings withHost(String h) {
        return new WebSettings(h, port, ingestToken, readToken, maxBodyBytes, ingestPerMinute, ingestBurst,
                cacheEntries, privateFetch);
    }

    public WebSettings withTokens(String ingest, String read) {
        return new WebSettings(host, port, ingest, read, maxBodyBytes, ingestPerMinute, ingestBurst, cacheEntries,
                privateFetch);
    }

    public WebSettings withLimits(long maxBody, int perMinute, int burst) {
        return new WebSettings(host, port, ingestToken, readToken, maxBody, perMinute, burst, cacheEntries,
                privateFetch);
    }

    public WebSettings withCache(int entries) {
        return new WebSettings(host, port, ingestToken, readToken, maxBodyBytes, ingestPerMinute, ingestBurst,
                entries, privateFetch);
    }

    public WebSettings withPrivateFetch(boolean allowed) {
        return new WebSettings(host, port, ingestToken, readToken, maxBodyBytes, ingestPerMinute, ingestBurst,
                cacheEntries, allowed);
    }
}
