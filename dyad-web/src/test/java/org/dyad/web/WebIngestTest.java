package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.model.Source;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.output.RecordJson;
import org.dyad.read.ReadStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest over HTTP with a stand-in pipeline (no language models): the token, the rate limit, the size limits, the
 * accepted bodies, and that an upload's name never reaches the file system.
 */
class WebIngestTest {
    static final String TOKEN = "s3cret-token";

    @TempDir
    Path dir;

    final AtomicInteger processed = new AtomicInteger();

    /** An article record of the text itself: enough for the store, no NLP. */
    Extraction fake(Source s) {
        processed.incrementAndGet();
        String text = new String(s.bytes(), StandardCharsets.UTF_8);
        ArticleRecord a = new ArticleRecord(s.id(), ReadStage.sha256(s.bytes()), s.hints().getOrDefault("outlet",
                "untitled"), s.hints().get("outlet"), null, s.hints().get("published"), s.hints().get("url"), "en",
                "text", "UTF-8", "test", Map.of(), text, List.of(), List.of());
        return new Extraction(a, List.of(), text);
    }

    TestServer server(WebSettings settings) {
        return new TestServer(dir.resolve("store.db"), settings, this::fake);
    }

    static HttpRequest.Builder post(TestServer s, String query, String type, byte[] body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri("/api/articles" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    static JsonNode body(HttpResponse<String> r) throws Exception {
        return RecordJson.MAPPER.readTree(r.body());
    }

    @Test
    void anArticlePostedWithTheTokenIsStoredOnceAndReadBack() throws Exception {
        try (TestServer s = server(WebSettings.defaults().withTokens(TOKEN, null))) {
            byte[] text = "Vietnam and Japan held talks in Hanoi.".getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> first = s.send(post(s, "?published=2023-05-02&outlet=Wire", "text/plain", text, TOKEN));
            assertEquals(201, first.statusCode(), first.body());
            assertEquals("new", body(first).get("outcome").asText());
            long id = body(first).get("id").asLong();
            HttpResponse<String> again = s.send(post(s, "", "text/plain", text, TOKEN));
            assertEquals(200, again.statusCode());
            assertEquals("unchanged", body(again).get("outcome").asText());
            JsonNode stored = RecordJson.MAPPER.readTree(s.get("/api/articles/" + id).body());
            assertEquals("2023-05-02", stored.get("article").get("published").asText());
            assertTrue(s.get("/article/" + id).body().contains("Vietnam and Japan held talks in Hanoi."));
        }
    }

    @Test
    void aNewArticleIsSeenByReadsCachedBeforeIt() throws Exception {
        try (TestServer s = server(WebSettings.defaults().withTokens(TOKEN, null))) {
            assertEquals(0, body(s.get("/api/articles")).get("items").size());
            s.send(post(s, "", "text/plain", "One.".getBytes(StandardCharsets.UTF_8), TOKEN));
            assertEquals(1, body(s.get("/api/articles")).get("items").size(), "the ingest empties the cache");
        }
    }

    @Test
    void aFloodWithoutTheTokenIsRefusedBeforeAnyWork() throws Exception {
        try (TestServer s = server(WebSettings.defaults().withTokens(TOKEN, null))) {
            byte[] text = "x".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 200; i++) {
                HttpResponse<String> r = s.send(post(s, "", "text/plain", text, i % 2 == 0 ? null : "wrong-token"));
                assertEquals(401, r.statusCode());
                assertEquals("unauthorized", body(r).get("error").asText());
                assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(null));
            }
            assertEquals(0, processed.get(), "nothing reached the pipeline");
        }
    }

    @Test
    void aFloodWithTheTokenIsRateLimited() throws Exception {
        try (TestServer s = server(WebSettings.defaults().withTokens(TOKEN, null).withLimits(1 << 20, 60, 3))) {
            int accepted = 0;
            int limited = 0;
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> r = s.send(post(s, "", "text/plain", ("article " + i).getBytes(
                        StandardCharsets.UTF_8), TOKEN));
                if (r.statusCode() == 429) {
                    limited++;
                    assertEquals("rate_limited", body(r).get("error").asText());
                    assertTrue(Integer.parseInt(r.headers().firstValue("Retry-After").orElse("0")) >= 1);
                } else {
                    assertEquals(201, r.statusCode(), r.body());
                    accepted++;
                }
            }
            assertTrue(accepted >= 3 && accepted <= 5, "a burst of 3, then about one a second: " + accepted);
            assertEquals(20, accepted + limited);
        }
    }

    @Test
    void withoutAnIngestTokenIngestIsOff() throws Exception {
        try (TestServer s = server(WebSettings.defaults())) {
            HttpResponse<String> r = s.send(post(s, "", "text/plain", "x".getBytes(StandardCharsets.UTF_8), "anything"));
            assertEquals(403, r.statusCode());
            assertTrue(body(r).get("message").asText().contains("--ingest-token"));
        }
    }

    @Test
    void oversizedUnknownAndEmptyBodiesAreRefusedClearly() throws Exception {
        try (TestServer s = server(WebSettings.defaults().withTokens(TOKEN, null).withLimits(4096, 600, 100))) {
            HttpResponse<String> big = s.send(post(s, "", "text/plain", new byte[200_000], TOKEN));
            assertEquals(413, big.statusCode(), big.body());
            assertEquals("too_large", body(big).get("error").asText());
            HttpResponse<String> pdf = s.send(post(s, "", "application/pdf", new byte[10], TOKEN));
            assertEquals(415, pdf.statusCode());
            HttpResponse<String> empty = s.send(post(s, "", "text/plain", new byte[0], TOKEN));
            assertEquals(400, empty.statusCode());
            HttpResponse<String> badDate = s.send(post(s, "?published=soon", "text/plain", new byte[3], TOKEN));
            assertEquals(400, badDate.statusCode());
            assertTrue(body(badDate).get("message").asText().startsWith("published "));
            HttpResponse<String> badUrl = s.send(post(s, "?url=javascript:alert(1)", "text/plain", new byte[3], TOKEN));
            assertEquals(400, badUrl.statusCode());
            assertEquals(0, processed.get());
        }
    }

    @Test
    void anUploadIsReadInMemoryWhateverItsName() throws Exception {
        try (TestServer s = server(WebSettings.defaults().withTokens(TOKEN, null))) {
            String boundary = "dyadboundary";
            String name = "../../" + dir.getFileName() + "/escaped.txt";
            String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: text/plain\r\n\r\nJapan and Vietnam signed a trade accord.\r\n--" + boundary
                    + "--\r\n";
            HttpResponse<String> r = s.send(post(s, "", "multipart/form-data; boundary=" + boundary,
                    form.getBytes(StandardCharsets.UTF_8), TOKEN));
            assertEquals(201, r.statusCode(), r.body());
            JsonNode a = body(s.get("/api/articles/" + body(r).get("id").asLong()));
            assertEquals("escaped.txt", a.get("article").get("doc").asText());
            assertEquals("Japan and Vietnam signed a trade accord.", a.get("article").get("text").asText());
            assertFalse(anyFileNamed(dir.getParent(), "escaped.txt"));
        }
    }

    /** Whether a file of that name is anywhere below {@code root}; files other processes remove meanwhile are skipped. */
    private static boolean anyFileNamed(Path root, String name) throws IOException {
        boolean[] found = {false};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                found[0] |= f.getFileName().toString().equals(name);
                return found[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                return FileVisitResult.CONTINUE; // a lock file of another process, gone meanwhile
            }
        });
        return found[0];
    }

    @Test
    void aReadTokenClosesReadsButNotTheStyleSheet() throws Exception {
        try (TestServer s = server(WebSettings.defaults().withTokens(TOKEN, "read-token-1"))) {
            assertEquals(401, s.get("/api/articles").statusCode());
            assertEquals(401, s.get("/").statusCode());
            assertEquals(200, s.get("/static/dyad.css").statusCode());
            assertEquals(200, s.send(HttpRequest.newBuilder(s.uri("/api/articles"))
                    .header("Authorization", "Bearer read-token-1").GET()).statusCode());
        }
    }

    @Test
    void aFeedUrlIsFetchedAndItsArticlesStored() throws Exception {
        String words = "Vietnam and Japan held talks on trade and security in Hanoi this week. ".repeat(15);
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/"
                + "content/\"><channel><title>Test Wire</title><link>http://127.0.0.1/</link><description>d</description>"
                + "<item><title>One</title><link>http://127.0.0.1/one</link><pubDate>Tue, 02 May 2023 08:00:00 GMT"
                + "</pubDate><content:encoded><![CDATA[<p>" + words + "</p>]]></content:encoded></item>"
                + "<item><title>Two</title><link>http://127.0.0.1/two</link><content:encoded><![CDATA[<p>Second. "
                + words + "</p>]]></content:encoded></item></channel></rss>";
        com.sun.net.httpserver.HttpServer feeds = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        feeds.createContext("/feed.xml", ex -> {
            byte[] body = rss.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        feeds.start();
        String url = "http://127.0.0.1:" + feeds.getAddress().getPort() + "/feed.xml";
        try (TestServer s = server(WebSettings.defaults().withTokens(TOKEN, null))) {
            // by default the server fetches only from the public internet: this machine is refused
            HttpResponse<String> local = s.send(HttpRequest.newBuilder(s.uri("/api/feeds?url="
                    + java.net.URLEncoder.encode(url, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(422, local.statusCode(), local.body());
            assertTrue(local.body().contains("refused to fetch from 127.0.0.1 (127.0.0.1): not a public address"),
                    local.body());
            assertEquals(0, body(s.get("/api/articles")).get("items").size());
        }
        try (TestServer s = server(WebSettings.defaults().withTokens(TOKEN, null).withPrivateFetch(true))) {
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/api/feeds?url=" + java.net.URLEncoder.encode(
                    url, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode b = body(r);
            assertEquals(2, b.get("articles").size(), r.body());
            assertEquals("new", b.get("articles").get(0).get("outcome").asText());
            assertEquals(2, body(s.get("/api/articles")).get("items").size());
            for (String bad : new String[] {"file:///etc/passwd", "/etc/passwd", "..%2F..%2Fpom.xml", "ftp://x/y"}) {
                HttpResponse<String> refused = s.send(HttpRequest.newBuilder(s.uri("/api/feeds?url=" + bad))
                        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
                assertEquals(400, refused.statusCode(), bad + " -> " + refused.body());
            }
            assertEquals(401, s.send(HttpRequest.newBuilder(s.uri("/api/feeds?url=" + url))
                    .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        } finally {
            feeds.stop(0);
        }
    }

    @Test
    void uploadNamesAreReducedToSafeBaseNames() {
        assertEquals("passwd", IngestApi.safeName("../../etc/passwd"));
        assertEquals("a_b.html", IngestApi.safeName("C:\\x\\a b.html"));
        assertEquals("upload.bashrc", IngestApi.safeName(".bashrc"));
        assertEquals("upload", IngestApi.safeName(null));
    }
}
