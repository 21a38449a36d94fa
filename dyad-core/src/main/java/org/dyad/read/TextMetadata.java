package org.dyad.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.MetaValue;
import org.dyad.text.CleanText;
import org.dyad.text.Span;
import org.dyad.time.DateParsing;

/**
 * Metadata inferred from the article text when the input states none: the headline (the first short line without
 * final punctuation), a byline ("By NAME – OUTLET – April 13, 2023"), and a wire dateline ("HANOI (Reuters) –").
 * Every value points at its span in the original; the source is {@code text}.
 */
final class TextMetadata {
    /** "By Jane Roe", up to a dash, pipe, comma or end of line. */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|by)[\\s\\u00A0]+(\\p{Lu}[\\p{L}.'’-]*(?:[ \\u00A0]+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|bin|al))*)");
    private static final Pattern DASH_PART = Pattern.compile("[–—|]\\s*([^–—|]+?)\\s*(?=[–—|]|$)");
    /** "HANOI (Reuters) –" at the start of a paragraph. */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .,'-]{1,40}\\(([^()]{2,40})\\)\\s*[–—-]");
    private static final int MAX_TITLE_WORDS = 30;

    private TextMetadata() {
    }

    static Map<String, MetaValue> infer(CleanText clean) {
        Map<String, MetaValue> out = new LinkedHashMap<>();
        String t = clean.text();
        int pos = 0;
        boolean first = true;
        while (pos < t.length()) {
            int end = t.indexOf('\n', pos);
            if (end < 0) {
                end = t.length();
            }
            String line = t.substring(pos, end).strip();
            int lead = t.substring(pos, end).indexOf(line.isEmpty() ? " " : line);
            int ls = pos + Math.max(lead, 0);
            if (!line.isEmpty()) {
                if (first && !out.containsKey("title")) {
                    if (isTitle(line)) {
                        out.put("title", mv(clean, line, ls, ls + line.length()));
                        first = false;
                    } else if (words(line) >= 4) {
                        first = false; // the article starts with body text: no headline to infer
                    }
                }
                byline(clean, line, ls, out);
                dateline(clean, line, ls, out);
            }
            pos = end + 1;
        }
        return out;
    }

    private static boolean isTitle(String line) {
        int w = words(line);
        char last = line.charAt(line.length() - 1);
        return w >= 4 && w <= MAX_TITLE_WORDS && last != '.' && last != ':' && last != ',' && last != '”'
                && Character.isUpperCase(line.codePointAt(0));
    }

    private static void byline(CleanText clean, String line, int ls, Map<String, MetaValue> out) {
        if (words(line) > 20) {
            return;
        }
        Matcher m = BYLINE.matcher(line);
        if (!m.find()) {
            return;
        }
        out.putIfAbsent("author", mv(clean, m.group(1), ls + m.start(1), ls + m.end(1)));
        DateParsing.find(line).ifPresent(f -> out.putIfAbsent("published",
                new MetaValue(f.date().toString(), "text", clean.toOriginal(ls + f.start(), ls + f.end()))));
        Matcher d = DASH_PART.matcher(line);
        while (d.find()) {
            String part = d.group(1).strip();
            if (!part.isEmpty() && DateParsing.find(part).isEmpty() && Character.isUpperCase(part.charAt(0))) {
                out.putIfAbsent("outlet", mv(clean, part, ls + d.start(1), ls + d.start(1) + part.length()));
                break;
            }
        }
    }

    private static void dateline(CleanText clean, String line, int ls, Map<String, MetaValue> out) {
        Matcher m = DATELINE.matcher(line);
        if (m.find()) {
            out.putIfAbsent("outlet", mv(clean, m.group(1), ls + m.start(1), ls + m.end(1)));
        }
    }

    private static MetaValue mv(CleanText clean, String value, int cs, int ce) {
        Span s = clean.toOriginal(cs, ce);
        return new MetaValue(value.replace('\u00A0', ' ').strip(), "text", s);
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
