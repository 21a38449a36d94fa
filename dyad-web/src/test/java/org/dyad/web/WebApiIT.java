package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.output.RecordJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over real HTTP on a random port, on the demo store (examples and hostile articles). */
class WebApiIT {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.demo();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertEquals(200, r.statusCode(), () -> path + " -> " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return RecordJson.MAPPER.readTree(r.body());
    }

    static String rungOf(JsonNode ladder, String partner) {
        for (JsonNode rung : ladder.get("rungs")) {
            for (JsonNode p : rung.get("partners")) {
                if (p.get("partner").asText().equals(partner)) {
                    return rung.get("name").asText();
                }
            }
        }
        return null;
    }

    @Test
    void theUnitedStatesMovesToVietnamsTopRungBetweenAprilAndOctober2023() throws Exception {
        assertEquals("comprehensive partnership", rungOf(json("/api/ladders/VNM?as_of=2023-04"), "USA"));
        JsonNode october = json("/api/ladders/VNM?as_of=2023-10");
        assertEquals("2023-10-31", october.get("as_of").asText(), "a month asks about its last day");
        assertEquals("comprehensive strategic partnership", rungOf(october, "USA"));
        assertEquals("comprehensive strategic partnership", rungOf(json("/api/ladders/vnm?as_of=2023-09-10"), "USA"));
    }

    @Test
    void aPairHasItsHistoryEventsAndTimeline() throws Exception {
        JsonNode pair = json("/api/pairs/USA/VNM?as_of=2023-10");
        assertFalse(pair.get("standings").isEmpty());
        assertTrue(pair.get("steps").toString().contains("\"2023-09-10\""), pair.toString());
        JsonNode all = json("/api/pairs/USA/VNM/events?limit=500");
        int total = all.get("total").asInt();
        assertTrue(total >= 5, "events between the U.S. and Vietnam: " + total);
        JsonNode page = json("/api/pairs/USA/VNM/events?limit=2&offset=1");
        assertEquals(2, page.get("items").size());
        assertEquals(3, page.get("next").asInt());
        assertEquals(all.get("items").get(1), page.get("items").get(0), "offset 1 is the second event");
        JsonNode first = page.get("items").get(0);
        assertTrue(first.get("article").asLong() > 0);
        assertFalse(first.get("record").get("evidence").isEmpty(), "each event carries its evidence");
        JsonNode since = json("/api/pairs/USA/VNM/events?from=2023-09&limit=500");
        assertTrue(since.get("total").asInt() < total && since.get("total").asInt() > 0, since.toString());
        JsonNode planned = json("/api/pairs/USA/VNM/events?status=planned&limit=500");
        planned.get("items").forEach(i -> assertEquals("planned", i.get("record").get("status").asText()));
        JsonNode timeline = json("/api/pairs/USA/VNM/timeline");
        assertFalse(timeline.get("months").isEmpty());
        for (JsonNode m : timeline.get("months")) {
            assertTrue(m.get("events").asInt() > 0 && m.get("month").asText().matches("\\d{4}-\\d{2}"));
        }
        JsonNode vnm = json("/api/events?country=VNM&limit=1");
        assertTrue(vnm.get("total").asInt() >= total);
    }

    @Test
    void articlesAreSearchedListedAndShownWithTheirFacts() throws Exception {
        JsonNode hits = json("/api/articles?q=Hanoi&limit=3");
        assertEquals(3, hits.get("items").size());
        assertTrue(hits.get("items").get(0).get("snippet").asText().contains("["), hits.toString());
        JsonNode list = json("/api/articles?limit=100");
        assertTrue(list.get("items").size() >= 18);
        JsonNode dated = json("/api/articles?from=2023-09&to=2023-09");
        dated.get("items").forEach(i -> assertTrue(i.get("published").asText().startsWith("2023-09"), i.toString()));
        JsonNode japan = json("/api/articles?country=JPN&limit=100");
        assertTrue(japan.get("total").asInt() > 0 && japan.get("total").asInt() < list.get("items").size(),
                japan.toString());
        long id = list.get("items").get(0).get("articleId").asLong();
        JsonNode a = json("/api/articles/" + id);
        assertEquals(id, a.get("id").asLong());
        assertNotNull(a.get("article").get("text").asText());
        assertTrue(a.has("entities") && a.has("facts") && a.has("story"));
        JsonNode injected = json("/api/articles?q=" + enc("'; DROP TABLE articles; --"));
        assertNotNull(injected.get("items"));
        assertEquals(list.get("items").size(), json("/api/articles?limit=100").get("items").size(),
                "a query is data, never SQL");
    }

    @Test
    void quotesForecastsAndTheScorecard() throws Exception {
        JsonNode quotes = json("/api/quotes?limit=500");
        assertTrue(quotes.get("total").asInt() > 0);
        JsonNode q = quotes.get("items").get(0).get("record");
        assertTrue(q.has("speaker") && q.has("evidence"));
        String name = q.get("speaker").get("name").asText();
        json("/api/quotes?speaker=" + enc(name.substring(0, Math.min(4, name.length())))).get("items")
                .forEach(i -> assertTrue(i.get("record").get("speaker").get("name").asText().toLowerCase()
                        .contains(name.substring(0, Math.min(4, name.length())).toLowerCase())));
        JsonNode forecasts = json("/api/forecasts?as_of=2025-01-01");
        assertTrue(forecasts.get("total").asInt() > 0);
        for (JsonNode f : forecasts.get("items")) {
            assertTrue(List.of("right", "wrong", "partly_right", "open").contains(f.get("verdict").asText()));
        }
        json("/api/forecasts?country=USA&partner=VNM");
        json("/api/forecasts?verdict=right&as_of=2025-01-01").get("items")
                .forEach(f -> assertEquals("right", f.get("verdict").asText()));
        JsonNode card = json("/api/scorecard?as_of=2025-01-01");
        assertFalse(card.get("sources").isEmpty());
    }

    @Test
    void aStoryListsTheCopiesOfAnArticle() throws Exception {
        JsonNode list = json("/api/articles?limit=100");
        JsonNode story = null;
        for (JsonNode item : list.get("items")) {
            JsonNode a = json("/api/articles/" + item.get("articleId").asLong());
            if (!a.get("story").isNull()) {
                story = a.get("story");
                break;
            }
        }
        assertNotNull(story, "the spun copy of the state visit forms a story");
        JsonNode s = json("/api/stories/" + enc(story.get("id").asText()));
        assertTrue(s.get("members").size() >= 2);
        assertTrue(s.get("members").toString().contains("\"original\":true"));
    }

    @Test
    void badParametersGetAOneLineJsonErrorNamingTheParameter() throws Exception {
        String[][] cases = {
                {"/api/ladders/VIETNAM", "owner"}, {"/api/ladders/VNM?as_of=2023-13", "as_of"},
                {"/api/ladders/VNM?as_of=yesterday", "as_of"}, {"/api/articles?limit=0", "limit"},
                {"/api/articles?limit=abc", "limit"}, {"/api/articles?country=Japan", "country"}, {"/api/articles?offset=-1", "offset"},
                {"/api/articles/abc", "id"}, {"/api/pairs/USA/V1M/events", "b"},
                {"/api/pairs/USA/VNM/events?status=maybe", "status"}, {"/api/pairs/USA/VNM/timeline?all_statuses=2",
                        "all_statuses"}, {"/api/forecasts?partner=VNM", "partner"},
                {"/api/forecasts?as_of=2024-02", "as_of"}, {"/api/forecasts?verdict=maybe", "verdict"}, {"/api/articles?q=" + "x".repeat(300), "q"},
                {"/api/stories/" + enc("a b<c>"), "id"}};
        for (String[] c : cases) {
            HttpResponse<String> r = server.get(c[0]);
            assertEquals(400, r.statusCode(), c[0] + " -> " + r.body());
            JsonNode body = RecordJson.MAPPER.readTree(r.body());
            assertEquals("bad_request", body.get("error").asText());
            String message = body.get("message").asText();
            assertTrue(message.startsWith(c[1] + " "), c[0] + " -> " + message);
            assertFalse(message.contains("\n"));
        }
    }

    @Test
    void missingThingsAre404AndWrongMethods405InTheSameShape() throws Exception {
        for (String path : List.of("/api/articles/999999", "/api/nothing", "/api/ladders/ZZZ", "/api/stories/nope")) {
            HttpResponse<String> r = server.get(path);
            assertEquals(404, r.statusCode(), path + " -> " + r.body());
            JsonNode body = RecordJson.MAPPER.readTree(r.body());
            assertEquals("not_found", body.get("error").asText(), path);
            assertFalse(body.get("message").asText().isBlank());
        }
        HttpResponse<String> del = server.send(HttpRequest.newBuilder(server.uri("/api/articles/1")).DELETE());
        assertTrue(del.statusCode() == 405 || del.statusCode() == 404, del.statusCode() + " " + del.body());
        assertTrue(RecordJson.MAPPER.readTree(del.body()).has("error"));
        HttpResponse<String> ingest = server.send(HttpRequest.newBuilder(server.uri("/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("Vietnam and Japan held talks.")));
        assertEquals(403, ingest.statusCode(), "ingest is off without a token: " + ingest.body());
        assertEquals("ingest_disabled", RecordJson.MAPPER.readTree(ingest.body()).get("error").asText());
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteThatAnswers() throws Exception {
        JsonNode doc = json(OpenApi.PATH);
        assertEquals("3.0.3", doc.get("openapi").asText());
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertTrue(paths.containsAll(List.of("/api/articles", "/api/articles/{id}", "/api/ladders/{owner}",
                "/api/pairs/{a}/{b}", "/api/pairs/{a}/{b}/events", "/api/pairs/{a}/{b}/timeline", "/api/events",
                "/api/quotes", "/api/forecasts", "/api/scorecard", "/api/stories/{id}")), paths.toString());
        for (String p : paths) {
            if (!doc.get("paths").get(p).has("get") || p.contains("stories")) {
                continue;
            }
            String concrete = p.replace("{id}", "1").replace("{owner}", "VNM").replace("{a}", "USA")
                    .replace("{b}", "VNM");
            assertEquals(200, server.get(concrete).statusCode(), concrete);
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/ladder/VNM", "/api/articles", "/api/nothing", "/static/dyad.js")) {
            HttpResponse<String> r = server.get(path);
            assertEquals(Headers.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertTrue(r.headers().firstValue("Server").isEmpty(), "no server banner: " + path);
        }
    }

    @Test
    void noRequestPathReachesTheFileSystem() throws Exception {
        for (String path : List.of("/static/../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml", "/static/dyad.css/..%2f..%2fpom.xml",
                "/static/..%5c..%5cpom.xml", "/article/..%2f..%2fetc%2fpasswd", "/static/", "/pom.xml")) {
            HttpResponse<String> r = server.get(path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " -> " + r.statusCode());
            assertFalse(r.body().contains("<modelVersion>") || r.body().contains("root:"), path);
        }
    }

    @Test
    void hostileArticlesComeBackAsTextInEveryPage() throws Exception {
        for (String name : List.of("hostile-markup.html", "hostile-plain.txt")) {
            long id = DemoStore.id(server.store, DemoStore.HOSTILE.resolve(name));
            for (String path : List.of("/article/" + id, "/search?q=pwned", "/", "/quotes", "/pair/JPN/VNM")) {
                String html = server.get(path).body();
                assertFalse(html.matches("(?s).*<script(?![^>]*src=\"/static/dyad\\.js\")[^>]*>.*"),
                        path + " has a script element of the article's");
                assertFalse(html.matches("(?is).*<[a-z]+[^>]*\\son[a-z]+\\s*=.*"), path + " has an event handler");
                assertFalse(html.matches("(?is).*(href|src)\\s*=\\s*\"?\\s*javascript:.*"), path + " links to javascript:");
                assertFalse(html.contains("<iframe") || html.contains("<svg onload"), path);
            }
            assertTrue(server.get("/article/" + id).body().contains("&lt;script&gt;"), "the text shows the tag as text");
        }
    }

    @Test
    void fiftyClientsReadWithoutErrors() throws Exception {
        int articles = json("/api/articles?limit=500").get("items").size();
        WebLoad.Result r = WebLoad.run(server.base, WebLoad.readPaths(articles), 50, Duration.ofSeconds(120), 2000);
        assertEquals(0, r.errors(), r::toString);
        assertEquals(2000, r.requests(), r::toString);
        System.out.println("WebApiIT load: " + r);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

}
