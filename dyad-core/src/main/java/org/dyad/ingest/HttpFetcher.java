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
 * followed (at most {@value #MAX_REDIRECTS}, never to another scheme), a connect and a request timeout, and the body
 * refused once it passes the size limit. A fetcher made {@link #publicOnly} also refuses every host, the first and
 * each redirect's, that is not on the public internet ({@link PublicAddresses}): the one a server uses. Thread-safe.
 */
public final class HttpFetcher {
    /** A fetched body and the media type the server gave for it (or {@code null}). */
    public record Response(URI uri, byte[] body, String contentType) {
    }

    /** Redirects followed before a fetch gives up. */
    public static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final boolean publicOnly;

    public HttpFetcher(Duration timeout, long maxBytes) {
        this(timeout, maxBytes, false);
    }

    private HttpFetcher(Duration timeout, long maxBytes, boolean publicOnly) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.publicOnly = publicOnly;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Ten-second timeouts, the given size limit. */
    public static HttpFetcher standard(long maxBytes) {
        return new HttpFetcher(Duration.ofSeconds(10), maxBytes);
    }

    /** Like {@link #standard}, refusing hosts that are not on the public internet (for a server). */
    public static HttpFetcher publicOnly(long maxBytes) {
        return new HttpFetcher(Duration.ofSeconds(10), maxBytes, true);
    }

    /** The same fetcher (timeouts, address rule) with another size limit. */
    public HttpFetcher withLimit(long bytes) {
        return new HttpFetcher(timeout, bytes, publicOnly);
    }

    public static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /**
     * GETs {@code url}.
     *
     * @throws BadInputException for a scheme other than http(s) (asked for or redirected to), a status other than 200,
     *                           more than {@value #MAX_REDIRECTS} redirects, a body over the limit, and, for a
     *                           public-only fetcher, a host that is not on the public internet
     * @throws IOException       for a network failure or a timeout
     */
    public Response get(String url) throws IOException, BadInputException {
        URI uri = checked(url, url);
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> resp = send(uri, url);
            int status = resp.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                resp.body().close();
                String to = resp.headers().firstValue("Location").orElse(null);
                if (to == null || hop >= MAX_REDIRECTS) {
                    throw new BadInputException(to == null ? "HTTP status " + status + " without a Location for " + url
                            : "more than " + MAX_REDIRECTS + " redirects fetching " + url);
                }
                URI next;
                try {
                    next = uri.resolve(to.trim());
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("a redirect to a bad URL from " + url + ": " + e.getMessage());
                }
                uri = checked(next.toString(), url);
                continue;
            }
            return read(resp, url);
        }
    }

    /** {@code u} as a URI, if it is http(s) with a host (and public, for a public-only fetcher). */
    private URI checked(String u, String asked) throws BadInputException {
        URI uri;
        try {
            uri = URI.create(u);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("not a valid URL: " + e.getMessage());
        }
        if (!isUrl(u) || uri.getHost() == null) {
            throw new BadInputException(u.equals(asked) ? "only http and https URLs are fetched, not \"" + u + "\""
                    : "a redirect from " + asked + " to \"" + u + "\", which is not an http or https URL");
        }
        if (publicOnly) {
            String host = uri.getHost();
            PublicAddresses.check(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        }
        return uri;
    }

    private HttpResponse<InputStream> send(URI uri, String url) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", "dyad/0.1 (+https://github.com/dyad)").build();
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url, e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("timed out after " + timeout.toSeconds() + " s fetching " + url, e);
        }
    }

    private Response read(HttpResponse<InputStream> resp, String url) throws IOException, BadInputException {
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
