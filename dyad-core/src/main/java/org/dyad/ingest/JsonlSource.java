package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Articles as JSON Lines: one JSON object per line with {@code text} (plain text) or {@code html} (a page or a
 * fragment), and optionally {@code url}, {@code title}, {@code published} (or {@code date}), {@code author},
 * {@code outlet} and {@code language}. Blank lines are passed over; a line that is not such an object is a problem
 * naming {@code file:line}, and the lines after it go on. A line longer than the size limit is refused without being
 * held in memory.
 */
public final class JsonlSource extends LazySource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final String fileKey;
    private final long maxBytes;
    private InputStream in;
    private String openFailure;
    private int line;
    private boolean eof;

    public JsonlSource(String name, Path path, long maxBytes) {
        super(name);
        this.path = path;
        this.fileKey = FileArticles.key(path);
        this.maxBytes = maxBytes;
        try {
            in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        } catch (IOException e) {
            openFailure = "cannot read: " + FeedSource.oneLine(e);
        }
    }

    @Override
    SourceItem advance() {
        if (openFailure != null) {
            String f = openFailure;
            openFailure = null;
            eof = true;
            return SourceItem.problem(name(), f);
        }
        while (!eof) {
            byte[] bytes;
            boolean tooLong;
            try {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                tooLong = readLine(buf);
                bytes = buf.toByteArray();
            } catch (IOException e) {
                eof = true;
                return SourceItem.problem(name() + ":" + (line + 1), "cannot read: " + FeedSource.oneLine(e));
            }
            line++;
            String origin = name() + ":" + line;
            if (tooLong) {
                return SourceItem.problem(origin, String.format(java.util.Locale.ROOT,
                        "line is over the %.1f MB limit for one article (raise it with --max-bytes)", maxBytes / 1048576.0));
            }
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                return item(JSON.readTree(text), origin);
            } catch (JsonProcessingException e) {
                return SourceItem.problem(origin, "not valid JSON: " + FeedSource.oneLine(e).replaceAll(" at \\[Source.*", ""));
            }
        }
        return null;
    }

    /** Reads one line into {@code buf}; returns whether it was cut at the limit (the rest is skipped). */
    private boolean readLine(ByteArrayOutputStream buf) throws IOException {
        boolean tooLong = false;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (buf.size() < maxBytes) {
                buf.write(b);
            } else {
                tooLong = true;
            }
        }
        if (b < 0) {
            eof = true;
        }
        return tooLong;
    }

    private SourceItem item(JsonNode o, String origin) {
        if (!o.isObject()) {
            return SourceItem.problem(origin, "not a JSON object");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (String k : new String[] {"title", "author", "outlet", "url", "language"}) {
            meta.put(k, str(o, k));
        }
        String published = str(o, "published") != null ? str(o, "published") : str(o, "date");
        if (published != null) {
            var d = org.dyad.time.DateParsing.parse(published);
            if (d.isEmpty()) {
                return SourceItem.problem(origin, "\"published\": \"" + published + "\" is not a date");
            }
            meta.put("published", d.get().toString());
        }
        String url = meta.get("url");
        if (url != null && !HttpFetcher.isUrl(url)) {
            return SourceItem.problem(origin, "\"url\": \"" + url + "\" is not an http(s) URL");
        }
        String html = str(o, "html");
        String text = str(o, "text");
        byte[] bytes;
        if (html != null) {
            bytes = Payloads.isWholePage(html) ? html.getBytes(StandardCharsets.UTF_8) : Payloads.page(meta.get("title"), html);
        } else if (text != null) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            return SourceItem.problem(origin, "no \"text\" or \"html\" field");
        }
        String id = url != null ? url : origin;
        String key = url != null ? Payloads.canonical(url) : fileKey + "#line=" + origin.substring(origin.lastIndexOf(':') + 1);
        return SourceItem.of(RawArticle.of(id, origin, key, meta, bytes));
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    @Override
    public void close() {
        eof = true;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // read-only
            }
        }
    }
}
