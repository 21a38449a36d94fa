package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.dyad.output.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits on what one request may cost, and many concurrent clients, on an empty store (no language models). */
class WebLimitsTest {
    @TempDir
    Path dir;

    TestServer server() {
        return new TestServer(dir.resolve("empty.db"), WebSettings.defaults().withTokens("ingest-token", null)
                .withLimits(64 * 1024, 30, 5), source -> {
                    throw new IllegalStateException("no ingest here");
                });
    }

    @Test
    void oversizedHeadersAndAddressesAreRefused() throws Exception {
        try (TestServer s = server()) {
            HttpResponse<String> header = s.send(HttpRequest.newBuilder(s.uri("/api/articles"))
                    .header("X-Padding", "x".repeat(40_000)));
            assertEquals(431, header.statusCode());
            assertEquals("too_large", RecordJson.MAPPER.readTree(header.body()).get("error").asText(), header.body());
            assertEquals("nosniff", header.headers().firstValue("X-Content-Type-Options").orElse(null));
            HttpResponse<String> url = s.get("/api/articles?q=" + "x".repeat(40_000));
            assertTrue(url.statusCode() == 414 || url.statusCode() == 431, "status " + url.statusCode());
            assertEquals(200, s.get("/api/articles").statusCode(), "the server goes on");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        try (TestServer s = server()) {
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/api/articles"))
                    .header("Authorization", "Bearer ingest-token").header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1 << 20])));
            assertEquals(413, r.statusCode());
            assertEquals("too_large", RecordJson.MAPPER.readTree(r.body()).get("error").asText());
        }
    }

    @Test
    void twoHundredConcurrentClientsGetAnswers() throws Exception {
        try (TestServer s = server()) {
            WebLoad.Result r = WebLoad.run(s.base, WebLoad.readPaths(0), 200, Duration.ofSeconds(60), 4000);
            assertEquals(0, r.errors(), r::toString);
            assertEquals(4000, r.requests(), r::toString);
        }
    }
}
