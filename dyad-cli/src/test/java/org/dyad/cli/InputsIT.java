package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * {@code dyad ingest} and {@code extract} over a feed served on a local port, a WARC archive and a JSON Lines file:
 * a bad line costs one error naming file:line, a French article is skipped with a note, and a second run over the
 * grown inputs processes only what is new.
 */
class InputsIT {
    private static final String FERRY = "Norland and Sudovia agreed on Tuesday to reopen the ferry link between "
            + "Port Amsel and Kessen, the two foreign ministers said after talks in Port Amsel. ";
    private static final String FRENCH = "Les ministres des affaires étrangères se sont rencontrés mardi à Port-Amsel "
            + "pour discuter de la liaison par ferry, qui sera rouverte en mai selon le gouvernement.";

    @TempDir
    Path tmp;

    @Test
    void feedsWarcAndJsonLinesAreIngestedIncrementally() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger pageHits = new AtomicInteger();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> pages = new java.util.concurrent.ConcurrentHashMap<>();
        server.createContext("/", ex -> {
            String body = pages.get(ex.getRequestURI().getPath());
            if (ex.getRequestURI().getPath().startsWith("/news/")) {
                pageHits.incrementAndGet();
            }
            byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", ex.getRequestURI().getPath().equals("/feed")
                    ? "application/rss+xml" : "text/html; charset=utf-8");
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
        server.start();
        try {
            pages.put("/news/ferry", "<html><head><title>Ferry link to reopen</title></head><body><article><p>"
                    + FERRY + "</p></article></body></html>");
            pages.put("/feed", rss(base, "<item><title>Ferry link to reopen</title><link>" + base + "/news/ferry</link>"
                    + "<pubDate>Tue, 11 Apr 2023 08:00:00 GMT</pubDate><description>Short.</description></item>"));

            Path jsonl = tmp.resolve("articles.jsonl");
            Files.writeString(jsonl, line("https://example.org/grain", "Grain deal signed",
                    "Sudovia and Norland signed a grain deal in Kessen on Monday, officials said.") + "\n"
                    + "{\"title\": broken\n"
                    + line("https://example.org/fr", "Liaison par ferry", FRENCH) + "\n");
            Path warc = tmp.resolve("crawl.warc.gz");
            try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                        ("<html><head><title>Border talks</title></head><body><p>Norland's prime minister met Sudovia's "
                                + "president in Kessen on Wednesday to discuss the border.</p></body></html>")
                                .getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(URI.create("https://example.org/border"))
                        .date(Instant.parse("2023-04-12T10:00:00Z")).body(http).build());
            }
            Path db = tmp.resolve("x.db");

            Cli.Run first = Cli.run("ingest", "--db", db, "--threads", "1", base + "/feed", jsonl, warc);
            assertEquals(ExitCodes.SOME_FAILED, first.code(), first::toString);
            assertEquals(1, first.errLines().size(), first::toString);
            assertTrue(first.errLines().get(0).startsWith("dyad: " + jsonl + ":2: not valid JSON: "), first::toString);
            assertTrue(first.out().contains("articles: 3 new, 0 unchanged, 0 replaced, 1 failed"), first::toString);
            assertTrue(first.out().contains("skipped before NLP: 0 already stored, 1 not in a supported language "
                    + "(fr 1: not supported yet)"), first::toString);
            assertEquals(1, pageHits.get());
            assertTrue(Cli.query(db, st -> st.article(base + "/news/ferry")).isPresent());

            // Grow the feed and the JSON Lines file: only the new items are processed, the linked page not refetched.
            pages.put("/news/visit", "<html><head><title>Visit</title></head><body><p>The president of Sudovia will "
                    + "visit Norland in May, her office said on Thursday.</p></body></html>");
            pages.put("/feed", rss(base, "<item><title>Visit</title><link>" + base + "/news/visit</link></item>"
                    + "<item><title>Ferry link to reopen</title><link>" + base + "/news/ferry</link></item>"));
            Files.writeString(jsonl, Files.readString(jsonl).replace("{\"title\": broken\n", "")
                    + line(null, "Fishing talks", "Norland and Sudovia will hold fishing talks in June.") + "\n");
            Cli.Run second = Cli.run("ingest", "--db", db, "--threads", "1", base + "/feed", jsonl, warc);
            assertEquals(ExitCodes.OK, second.code(), second::toString);
            assertTrue(second.out().contains("articles: 2 new, 3 unchanged, 0 replaced, 0 failed"), second::toString);
            assertTrue(second.out().contains("skipped before NLP: 3 already stored, 1 not in a supported language"),
                    second::toString);
            assertEquals(2, pageHits.get(), "the stored linked page is not fetched again");

            Cli.Run x = Cli.run("extract", jsonl);
            List<JsonNode> skipped = x.jsonLines().stream().filter(n -> n.path("kind").asText().equals("skipped")).toList();
            assertEquals(1, skipped.size(), x::toString);
            assertEquals("https://example.org/fr", skipped.get(0).path("doc").asText());
            assertEquals("fr", skipped.get(0).path("language").asText());
            assertEquals("skipped: language fr (not supported yet)", skipped.get(0).path("reason").asText());
        } finally {
            server.stop(0);
        }
    }

    private static String rss(String base, String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Meridian Wire</title>"
                + "<link>" + base + "/</link><description>World</description>" + items + "</channel></rss>";
    }

    private static String line(String url, String title, String text) throws IOException {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        if (url != null) {
            m.put("url", url);
        }
        m.put("title", title);
        m.put("published", "2023-04-10");
        m.put("text", text);
        return Cli.JSON.writeValueAsString(m);
    }
}
