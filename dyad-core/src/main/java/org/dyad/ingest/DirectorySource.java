package org.dyad.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The articles under a directory, recursively, in path order: article files ({@code .txt .text .html .htm .xhtml}
 * or no extension), and the articles inside the containers found there (feeds: {@code .rss .atom}, or {@code .xml}
 * holding a feed; {@code .warc .warc.gz}; {@code .jsonl .ndjson}). Hidden files and folders are skipped, and so are
 * files of other kinds.
 */
public final class DirectorySource extends LazySource {
    private final Path root;
    private final long maxBytes;
    private final HttpFetcher fetcher;
    private Iterator<Path> files;
    private ArticleSource inner;
    private String failure;

    public DirectorySource(String name, Path root, long maxBytes, HttpFetcher fetcher) {
        super(name);
        this.root = root;
        this.maxBytes = maxBytes;
        this.fetcher = fetcher;
    }

    @Override
    SourceItem advance() {
        if (files == null) {
            try (Stream<Path> walk = Files.walk(root)) {
                List<Path> all = walk.filter(Files::isRegularFile).filter(f -> !hidden(root.relativize(f))).sorted()
                        .collect(Collectors.toList());
                files = all.iterator();
            } catch (IOException | UncheckedIOException e) {
                files = List.<Path>of().iterator();
                failure = "cannot list directory: " + FeedSource.oneLine(e);
                return SourceItem.problem(name(), failure);
            }
        }
        while (true) {
            if (inner != null) {
                if (inner.hasNext()) {
                    return inner.next();
                }
                inner.close();
                inner = null;
            }
            if (!files.hasNext()) {
                return null;
            }
            Path f = files.next();
            Sources.Kind kind = Sources.kind(f, false);
            if (kind == Sources.Kind.OTHER) {
                continue;
            }
            // The name the user would recognise: the directory as given, joined with the path below it.
            String name = Path.of(name()).resolve(root.relativize(f)).toString();
            inner = Sources.file(name, f, kind, maxBytes, fetcher);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (inner != null) {
            inner.close();
            inner = null;
        }
    }
}
