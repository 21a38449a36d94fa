package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.dyad.pipeline.BadInputException;
import org.junit.jupiter.api.Test;

/** Redirects followed by hand, and the public-address rule a server's fetches go through. */
class HttpFetcherTest {
    private static final byte[] PAGE = "<html><body><p>Hello.</p></body></html>".getBytes(StandardCharsets.UTF_8);

    @Test
    void followsRedirectsAndReportsWhereItEnded() throws Exception {
        try (LocalServer s = new LocalServer()) {
            s.put("/page", "text/html", PAGE);
            s.redirects.put("/old", "/moved");
            s.redirects.put("/moved", s.url("/page"));
            HttpFetcher.Response r = HttpFetcher.standard(1 << 20).get(s.url("/old"));
            assertEquals(s.url("/page"), r.uri().toString());
            assertEquals(new String(PAGE, StandardCharsets.UTF_8), new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void givesUpOnARedirectLoopAndOnAnotherScheme() throws Exception {
        try (LocalServer s = new LocalServer()) {
            s.redirects.put("/a", "/b");
            s.redirects.put("/b", "/a");
            s.redirects.put("/file", "file:///etc/passwd");
            HttpFetcher f = HttpFetcher.standard(1 << 20);
            assertEquals("more than 5 redirects fetching " + s.url("/a"),
                    assertThrows(BadInputException.class, () -> f.get(s.url("/a"))).getMessage());
            assertEquals("a redirect from " + s.url("/file") + " to \"file:///etc/passwd\", which is not an http or "
                    + "https URL", assertThrows(BadInputException.class, () -> f.get(s.url("/file"))).getMessage());
        }
    }

    @Test
    void aPublicOnlyFetcherRefusesTheLocalMachineAndPrivateNetworks() throws Exception {
        try (LocalServer s = new LocalServer()) {
            s.put("/page", "text/html", PAGE);
            HttpFetcher open = HttpFetcher.standard(1 << 20);
            HttpFetcher guarded = HttpFetcher.publicOnly(1 << 20);
            assertEquals(PAGE.length, open.get(s.url("/page")).body().length, "the plain fetcher reaches it");
            int hits = s.hits.get();
            BadInputException e = assertThrows(BadInputException.class, () -> guarded.get(s.url("/page")));
            assertEquals("refused to fetch from 127.0.0.1 (127.0.0.1): not a public address; the server fetches only "
                    + "from the public internet", e.getMessage());
            assertEquals(hits, s.hits.get(), "refused before any request is sent");
            for (String url : new String[] {"http://localhost:9/", "http://[::1]:9/", "http://10.0.0.7/feed",
                "http://169.254.169.254/latest/meta-data/", "http://192.168.1.1/", "http://0.0.0.0:9/"}) {
                assertTrue(assertThrows(BadInputException.class, () -> guarded.get(url)).getMessage()
                        .startsWith("refused to fetch from "), url);
            }
            assertTrue(assertThrows(BadInputException.class, () -> guarded.withLimit(100).get(s.url("/page")))
                    .getMessage().startsWith("refused to fetch from 127.0.0.1"), "a copy with another limit keeps the rule");
        }
    }

    @Test
    void publicAddressesAreTheGlobalUnicastOnes() throws Exception {
        for (String a : new String[] {"8.8.8.8", "1.1.1.1", "203.0.114.9", "2001:4860:4860::8888"}) {
            assertTrue(PublicAddresses.isPublic(InetAddress.getByName(a)), a);
        }
        for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.10",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::",
            "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "2002:7f00:0001::1", "ff02::1"}) {
            assertFalse(PublicAddresses.isPublic(InetAddress.getByName(a)), a);
        }
    }
}
