package org.dyad.read;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.Span;

/**
 * The optional header block of a plain-text article: {@code key: value} lines at the very start, closed by a line
 * {@code ---}. Keys are case-insensitive; {@code date} and {@code source} are accepted as {@code published} and
 * {@code outlet}.
 */
public final class HeaderBlock {
    private static final Pattern LINE = Pattern.compile("([A-Za-z][A-Za-z_-]*)[ \\t]*:[ \\t]*(.*?)[ \\t]*");
    private static final Map<String, String> KEYS = Map.of(
            "title", "title", "outlet", "outlet", "source", "outlet", "author", "author", "byline", "author",
            "published", "published", "date", "published", "url", "url", "language", "language", "lang", "language");

    /** A header value and the span of the value in the original text. */
    public record Value(String value, Span span) {
    }

    private HeaderBlock() {
    }

    /**
     * The header's known fields, or an empty map if the text does not start with a header block. Unknown keys are
     * ignored (they stay part of the header, which the cleaner removes as a whole).
     */
    public static Map<String, Value> parse(String text) {
        Map<String, Value> out = new LinkedHashMap<>();
        int end = end(text);
        if (end < 0) {
            return out;
        }
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        while (pos < end) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, lineEnd).replace("\r", "");
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                String key = KEYS.get(m.group(1).toLowerCase(Locale.ROOT));
                if (key != null && !m.group(2).isEmpty() && !out.containsKey(key)) {
                    out.put(key, new Value(m.group(2), new Span(pos + m.start(2), pos + m.end(2))));
                }
            }
            pos = lineEnd + 1;
        }
        return out;
    }

    /**
     * Index just past the closing {@code ---} line (including its line break), or -1 if the text has no header
     * block: every line before {@code ---} must be a {@code key: value} line, and there must be at least one.
     */
    public static int end(String text) {
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int lines = 0;
        while (pos < text.length() && lines <= 40) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, lineEnd).replace("\r", "").strip();
            if (line.equals("---")) {
                return lines > 0 ? (nl < 0 ? text.length() : nl + 1) : -1;
            }
            if (!LINE.matcher(line).matches()) {
                return -1;
            }
            lines++;
            pos = lineEnd + 1;
        }
        return -1;
    }
}
