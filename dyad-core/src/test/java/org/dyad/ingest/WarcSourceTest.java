package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcSourceTest {
    static WarcResponse response(String uri, int status, String type, byte[] body, String encoding) throws Exception {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
        if (encoding != null) {
            http.addHeader("Content-Encoding", encoding);
        }
        http.body(MediaType.parse(type), body);
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2023-04-13T10:00:00Z")).body(http.build()).build();
    }

    /** Writes the test archive: two articles, a 404, an image, a resource record, a Latin-1 page, a gzip bomb. */
    static Path write(Path file, WarcCompression c, long bombBytes) throws Exception {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), c)) {
            w.write(response("https://news.example/a", 200, "text/html; charset=utf-8",
                    "<html><head><title>A</title></head><body><p>Norland and Sudovia signed a treaty.</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8), null));
            w.write(response("https://news.example/missing", 404, "text/html", "<html>gone</html>".getBytes(StandardCharsets.UTF_8), null));
            w.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}, null));
            w.write(new WarcResource.Builder(URI.create("https://news.example/r")).body(MediaType.HTML, "<html>x</html>".getBytes(StandardCharsets.UTF_8)).build());
            w.write(response("https://news.example/latin", 200, "text/html; charset=ISO-8859-1",
                    "<html><body><p>Le ministre a visité Port-Amsel.</p></body></html>".getBytes(Charset.forName("ISO-8859-1")), null));
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                byte[] zeros = new byte[65536];
                for (long n = 0; n < bombBytes; n += zeros.length) {
                    out.write(zeros);
                }
            }
            w.write(response("https://news.example/bomb", 200, "text/html", gz.toByteArray(), "gzip"));
            w.write(response("https://news.example/b#comments", 200, "application/xhtml+xml",
                    "<html><body><p>The ferry link opened.</p></body></html>".getBytes(StandardCharsets.UTF_8), null));
        }
        return file;
    }

    @Test
    void onlyHtmlResponsesWithStatus200AreArticlesAndABombIsRefused(@TempDir Path dir) throws Exception {
        for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path f = write(dir.resolve(c == WarcCompression.GZIP ? "news.warc.gz" : "news.warc"), c, 4 << 20);
            assertEquals(Sources.Kind.WARC, Sources.kind(f, false));
            List<SourceItem> items = Items.all(Sources.open(f.toString(), 1 << 20, null));
            assertEquals(4, items.size(), items.toString());
            RawArticle a = items.get(0).article();
            assertEquals("https://news.example/a", a.id());
            assertEquals("2023-04-13", a.meta().get("published"));
            assertTrue(a.origin().startsWith(f + " record at offset "), a.origin());
            assertTrue(Items.text(a).contains("signed a treaty"));

            String latin = Items.text(items.get(1).article());
            assertTrue(latin.contains("visité"), latin);

            assertFalse(items.get(2).ok());
            assertTrue(items.get(2).problem().contains("over the 1.0 MB limit"), items.get(2).problem());
            assertTrue(items.get(2).origin().contains("record at offset"));

            assertEquals("https://news.example/b", items.get(3).article().key());
        }
    }

    @Test
    void aFileThatIsNotAWarcIsOneProblem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("junk.warc");
        java.nio.file.Files.writeString(f, "this is not a warc file\n");
        List<SourceItem> items = Items.all(Sources.open(f.toString(), 1 << 20, null));
        assertEquals(1, items.size());
        assertFalse(items.get(0).ok());
    }
}
