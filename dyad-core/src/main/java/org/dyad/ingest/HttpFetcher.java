package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.dyad.pipeline.BadInputException;

/**
 * Fetches feeds and article pages over HTTP(S) with the JDK client: only {@code http} and {@code https}, redirects
 * followed (never to another scheme), a connect and a request timeout, and the body refused once it passes the size
 * limit. Thread-safe.
 */
public final class HttpFetcher {
    /** A fetched body and the media type the server gave for it (or {@code null}). */
    public record Response(URI uri, byte[] body, String contentType) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    public HttpFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Ten-second timeouts, the given size limit. */
    public static HttpFetcher standard(long maxBytes) {
        return new HttpFetcher(Duration.ofSeconds(10), maxBytes);
    }

    public static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /**
     * GETs {@code url}.
     *
     * @throws BadInputException for a scheme other than http(s), a status other than 200, a body over the limit
     * @throws IOException       for a network failure or a timeout
     */
    public Response get(String url) throws IOException, BadInputException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("not a valid URL: " + e.getMessage());
        }
        if (!isUrl(url) || uri.getHost() == null) {
            throw new BadInputException("only http and https URLs are fetched, not \"" + url + "\"");
        }
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", "dyad/0.1 (+https://github.com/dyad)").build();
        HttpResponse<InputStream> resp;
        try {
            resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url, e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("timed out after " + timeout.toSeconds() + " s fetching " + url, e);
        }
        try (InputStream body = resp.body()) {
            if (resp.statusCode() != 200) {
                throw new BadInputException("HTTP status " + resp.statusCode() + " for " + url);
            }
            long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new BadInputException(Limits.tooBig(declared, maxBytes, "the page"));
            }
            byte[] bytes = Limits.read(body, maxBytes, "the page");
            return new Response(resp.uri(), bytes, resp.headers().firstValue("Content-Type").orElse(null));
        }
    }
}
