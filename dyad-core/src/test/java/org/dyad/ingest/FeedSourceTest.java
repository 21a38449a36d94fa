package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {
    static final String LONG = ("The foreign ministers of Norland and Sudovia met in Port Amsel on Tuesday to discuss "
            + "fishing rights, a new ferry link and the border crossings that have been closed since the spring. ").repeat(8);

    static String rss(String base) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>Meridian Wire</title><link>" + base + "/</link><description>World</description>"
                + "<item><title>Ministers meet in Port Amsel</title><link>" + base + "/full</link>"
                + "<pubDate>Tue, 11 Apr 2023 08:00:00 GMT</pubDate><description>Short summary.</description>"
                + "<content:encoded><![CDATA[<p>" + LONG + "</p>]]></content:encoded></item>"
                + "<item><title>Summit postponed</title><link>" + base + "/linked</link>"
                + "<pubDate>Wed, 12 Apr 2023 09:30:00 GMT</pubDate><description>The summit was postponed.</description></item>"
                + "<item><title>No link here</title><description>Only a short note without any link.</description></item>"
                + "</channel></rss>\n";
    }

    @Test
    void itemsWithFullContentAreReadFromTheFeedAndOthersFetchTheirLinkedPage(@TempDir Path dir) throws Exception {
        try (LocalServer http = new LocalServer()) {
            String page = "<html><head><title>Summit postponed</title></head><body><p>The summit between Norland and "
                    + "Sudovia was postponed.</p></body></html>";
            http.put("/linked", "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
            Path feed = dir.resolve("world.rss");
            Files.writeString(feed, rss(http.url("")));
            List<SourceItem> items = Items.all(Sources.open(feed.toString(), 1 << 20, HttpFetcher.standard(1 << 20)));
            assertEquals(3, items.size());

            RawArticle full = items.get(0).article();
            assertEquals(http.url("/full"), full.key());
            assertFalse(full.remote());
            assertEquals("2023-04-11", full.meta().get("published"));
            assertEquals("Meridian Wire", full.meta().get("outlet"));
            String body = Items.text(full);
            assertTrue(body.contains("<title>Ministers meet in Port Amsel</title>") && body.contains("ferry link"), body);
            assertEquals(0, http.hits.get(), "an item with its full content is not fetched");

            RawArticle linked = items.get(1).article();
            assertTrue(linked.remote());
            assertTrue(Items.text(linked).contains("was postponed"));
            assertEquals(1, http.hits.get());
            assertEquals(feed + " item 2", linked.origin());

            RawArticle nolink = items.get(2).article();
            assertTrue(nolink.key().endsWith("world.rss#item-3"), nolink.key());
        }
    }

    @Test
    void aFeedCanBeFetchedFromAUrl() throws Exception {
        try (LocalServer http = new LocalServer()) {
            http.put("/feed", "application/rss+xml", rss(http.url("")).getBytes(StandardCharsets.UTF_8));
            List<SourceItem> items = Items.all(Sources.open(http.url("/feed"), 1 << 20, HttpFetcher.standard(1 << 20)));
            assertEquals(3, items.size());
            assertTrue(items.get(0).ok());
        }
    }

    @Test
    void anAtomFeedIsReadToo(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("blog.xml");
        Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Harbour Notes</title><id>urn:x</id><updated>2023-05-02T00:00:00Z</updated>"
                + "<entry><title>Ferry link opens</title><id>urn:e1</id><link href=\"https://example.org/ferry\"/>"
                + "<updated>2023-05-02T10:00:00Z</updated><author><name>Ana Petrov</name></author>"
                + "<content type=\"html\">&lt;p&gt;" + LONG + "&lt;/p&gt;</content></entry></feed>");
        assertEquals(Sources.Kind.FEED, Sources.kind(feed, false));
        List<SourceItem> items = Items.all(Sources.open(feed.toString(), 1 << 20, null));
        assertEquals(1, items.size());
        RawArticle a = items.get(0).article();
        assertEquals("https://example.org/ferry", a.id());
        assertEquals("Ana Petrov", a.meta().get("author"));
        assertEquals("2023-05-02", a.meta().get("published"));
    }

    @Test
    void aFeedThatTriesToReadALocalFileThroughAnExternalEntityIsRefused(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-PASSWORD");
        Path feed = dir.resolve("evil.rss");
        Files.writeString(feed, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title>"
                + "<description>&xxe; " + LONG + "</description></item></channel></rss>");
        List<SourceItem> items = Items.all(Sources.open(feed.toString(), 1 << 20, null));
        assertEquals(1, items.size());
        assertFalse(items.get(0).ok());
        assertTrue(items.get(0).problem().contains("DOCTYPE"), items.get(0).problem());
        assertFalse(items.get(0).problem().contains("TOP-SECRET"));
    }

    @Test
    void aBrokenFeedIsOneProblemNamingTheFile(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("broken.rss");
        Files.writeString(feed, "<rss><channel><item><title>unclosed");
        List<SourceItem> items = Items.all(Sources.open(feed.toString(), 1 << 20, null));
        assertEquals(1, items.size());
        assertEquals(feed.toString(), items.get(0).origin());
        assertTrue(items.get(0).problem().startsWith("not a readable RSS or Atom feed"), items.get(0).problem());
    }

    @Test
    void aLinkedPageOverTheSizeLimitIsRefusedWithAClearMessage() throws Exception {
        try (LocalServer http = new LocalServer()) {
            http.put("/big", "text/html", "<html><body>".concat("x".repeat(5000)).getBytes(StandardCharsets.UTF_8));
            try {
                HttpFetcher.standard(1000).get(http.url("/big"));
                throw new AssertionError("no refusal");
            } catch (org.dyad.pipeline.BadInputException e) {
                assertTrue(e.getMessage().contains("over the"), e.getMessage());
            }
        }
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        try {
            HttpFetcher.standard(1000).get("file:///etc/passwd");
            throw new AssertionError("no refusal");
        } catch (org.dyad.pipeline.BadInputException e) {
            assertTrue(e.getMessage().startsWith("only http and https"), e.getMessage());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDateOutsideYearsOneThousandToNineThousandIsNoDate(@TempDir Path dir) throws Exception {
        // Found by the hostile corpus (HostileInputs "date-3"): year 99999 made the metadata stage fail the article.
        Path feed = dir.resolve("f.rss");
        Files.writeString(feed, rss("https://example.org").replace("Tue, 11 Apr 2023", "Tue, 11 Apr 99999"));
        RawArticle a = Items.all(Sources.open(feed.toString(), 1 << 20, null)).get(0).article();
        assertEquals(null, a.meta().get("published"));
    }

    @Test
    void aFeedNestedTooDeepIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        // Found by the hostile corpus (HostileInputs "nesting-xml-5000"): Rome overflowed the stack.
        Path feed = dir.resolve("deep.rss");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>"
                + "<x>".repeat(5000) + "</x>".repeat(5000) + "</description></item></channel></rss>");
        List<SourceItem> items = Items.all(Sources.open(feed.toString(), 1 << 20, null));
        assertEquals(1, items.size());
        assertEquals("not a readable RSS or Atom feed: the feed is nested more than 200 elements deep",
                items.get(0).problem());
    }
}
