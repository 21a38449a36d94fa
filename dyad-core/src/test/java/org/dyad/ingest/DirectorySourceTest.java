package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySourceTest {
    @Test
    void aDirectoryYieldsItsArticleFilesAndTheArticlesInsideItsContainers(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub/.hidden"));
        Files.writeString(dir.resolve("a.txt"), "Norland and Sudovia signed a treaty.");
        Files.writeString(dir.resolve("sub/b.html"), "<html><body>Ferry</body></html>");
        Files.writeString(dir.resolve("sub/.hidden/c.txt"), "hidden");
        Files.writeString(dir.resolve("notes.pdf"), "not an article");
        Files.writeString(dir.resolve("config.xml"), "<config/>");
        Files.writeString(dir.resolve("sub/feed.xml"), FeedSourceTest.rss("https://example.org"));
        Files.writeString(dir.resolve("z.jsonl"), "{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
        List<String> ids = Items.all(Sources.open(dir.toString(), 1 << 20, null)).stream()
                .map(i -> i.ok() ? i.article().id() : "problem:" + i.origin()).collect(Collectors.toList());
        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("sub/b.html").toString(), "https://example.org/full",
                "problem:" + dir.resolve("sub/feed.xml") + " item 2", dir.resolve("sub/feed.xml") + "#3",
                dir.resolve("z.jsonl") + ":1", dir.resolve("z.jsonl") + ":2"), ids);
    }

    @Test
    void aMissingPathIsOneProblem() {
        List<SourceItem> items = Items.all(Sources.open("/no/such/dir", 100, null));
        assertEquals(1, items.size());
        assertEquals("no such file or directory", items.get(0).problem());
    }
}
