package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.pipeline.BadInputException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file ({@code .warc} or {@code .warc.gz}, e.g. Common Crawl's CC-NEWS), read one record at
 * a time with jwarc. Only {@code response} records with HTTP status 200 and an HTML content type are articles; other
 * records are passed over silently. The payload is de-chunked and decompressed (within the size limit: a record
 * whose payload grows past it is refused, however small it was compressed) and decoded per the charset its HTTP
 * {@code Content-Type} names. An article's id and key are its target URI; the capture date fills a publication date
 * the page does not state.
 */
public final class WarcSource extends LazySource {
    private final WarcReader reader;
    private final long maxBytes;
    private final String openFailure;
    private boolean broken;

    public WarcSource(String name, Path path, long maxBytes) {
        super(name);
        this.maxBytes = maxBytes;
        WarcReader r = null;
        String fail = null;
        try {
            r = new WarcReader(path);
            r.setLenient(true);
        } catch (IOException | RuntimeException e) {
            fail = "not a readable WARC file: " + FeedSource.oneLine(e);
        }
        this.reader = r;
        this.openFailure = fail;
    }

    @Override
    SourceItem advance() {
        if (openFailure != null) {
            if (broken) {
                return null;
            }
            broken = true;
            return SourceItem.problem(name(), openFailure);
        }
        while (!broken) {
            long offset = reader.position();
            String origin = name() + " record at offset " + offset;
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                broken = true; // the framing is lost: nothing after this point can be trusted
                return SourceItem.problem(origin, "unreadable WARC record, rest of file skipped: " + FeedSource.oneLine(e));
            }
            if (next.isEmpty()) {
                return null;
            }
            if (!(next.get() instanceof WarcResponse resp)) {
                continue;
            }
            try {
                SourceItem item = item(resp, origin);
                if (item != null) {
                    return item;
                }
            } catch (IOException | RuntimeException e) {
                return SourceItem.problem(origin, "unreadable response: " + FeedSource.oneLine(e));
            } catch (BadInputException e) {
                return SourceItem.problem(origin, e.getMessage());
            }
        }
        return null;
    }

    private SourceItem item(WarcResponse resp, String origin) throws IOException, BadInputException {
        if (!resp.contentType().base().toString().equals("application/http")) {
            return null;
        }
        HttpResponse http = resp.http();
        String type = http.headers().first("Content-Type").orElse(null);
        if (http.status() != 200 || !Payloads.isHtmlType(type)) {
            return null;
        }
        String uri = resp.target();
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = Limits.read(in, maxBytes, "the record's payload");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("url", uri);
        meta.put("published", Payloads.day(resp.date()));
        byte[] bytes = Payloads.decodeHttp(body, type);
        return SourceItem.of(RawArticle.of(uri, origin, Payloads.canonical(uri), meta, bytes));
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing was written; closing a reader cannot lose data
            }
        }
    }
}
