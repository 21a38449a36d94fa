package org.dyad.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.model.MetaValue;
import org.dyad.text.Span;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * Article metadata an HTML page states: JSON-LD {@code NewsArticle} blocks first, then Open Graph / article meta
 * tags, then plain {@code <title>}, {@code <meta name=author>}, {@code <time datetime>}, canonical link and
 * {@code <html lang>}. Each value carries the span of the attribute or text it came from.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlMetadata() {
    }

    static Map<String, MetaValue> read(Document dom, String original) {
        Map<String, MetaValue> out = new LinkedHashMap<>();
        jsonLd(dom, original, out);
        meta(dom, "title", out, "meta[property=og:title]", "meta[name=twitter:title]");
        meta(dom, "author", out, "meta[name=author]", "meta[property=article:author]");
        meta(dom, "published", out, "meta[property=article:published_time]", "meta[name=date]",
                "meta[name=pubdate]", "meta[itemprop=datePublished]", "meta[name=dcterms.date]",
                "meta[name=DC.date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "time[datetime]");
        meta(dom, "outlet", out, "meta[property=og:site_name]", "meta[name=application-name]");
        meta(dom, "url", out, "link[rel=canonical]", "meta[property=og:url]");
        if (!out.containsKey("title")) {
            Element t = dom.selectFirst("head > title");
            if (t != null && !t.text().isBlank()) {
                out.put("title", pageTitle(dom, t, original));
            }
        }
        if (!out.containsKey("author")) {
            // A byline marked up as such: hCard ("author vcard"), rel=author, schema.org microdata.
            for (Element e : dom.select(".author.vcard .fn, .author.vcard, [itemprop=author] [itemprop=name], "
                    + "[itemprop=author], a[rel=author]")) {
                String name = e.text().strip();
                if (!name.isEmpty() && name.length() <= 80) {
                    out.put("author", new MetaValue(name, "html-meta", inner(e)));
                    break;
                }
            }
        }
        Element html = dom.selectFirst("html[lang]");
        if (html != null && !html.attr("lang").isBlank()) {
            out.putIfAbsent("language", value(html, "lang", html.attr("lang").strip()));
        }
        return out;
    }

    private static void meta(Document dom, String key, Map<String, MetaValue> out, String... selectors) {
        if (out.containsKey(key)) {
            return;
        }
        for (String sel : selectors) {
            for (Element e : dom.select(sel)) {
                String attr = e.hasAttr("content") ? "content" : e.hasAttr("href") ? "href" : "datetime";
                String v = e.attr(attr).strip();
                if (v.isEmpty()) {
                    continue;
                }
                if (key.equals("published")) {
                    var d = org.dyad.time.DateParsing.parse(v);
                    if (d.isEmpty()) {
                        continue;
                    }
                    out.put(key, new MetaValue(d.get().toString(), "html-meta", valueSpan(e, attr)));
                } else {
                    out.put(key, value(e, attr, v));
                }
                return;
            }
        }
    }

    /** Separators between a headline and a site's name in {@code <title>}: "Headline | Site", "Site - Headline". */
    private static final java.util.regex.Pattern TITLE_SEPARATOR = java.util.regex.Pattern.compile("\\s+[|\\-–—·:»]\\s+");

    /**
     * The headline a {@code <title>} holds: the page's first {@code <h1>} when the title contains it ("Headline |
     * Site"); else, when the title is cut by separators, its longest part of at least three words; else the title.
     */
    private static MetaValue pageTitle(Document dom, Element t, String original) {
        String title = t.text().strip();
        Element h1 = dom.selectFirst("body h1");
        if (h1 != null) {
            String h = h1.text().strip();
            if (h.length() >= 10 && !h.equals(title) && title.contains(h)) {
                return new MetaValue(h, "html-meta", inner(h1));
            }
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length > 1) {
            String best = "";
            for (String p : parts) {
                if (p.strip().length() > best.length()) {
                    best = p.strip();
                }
            }
            if (best.split("\\s+").length >= 3) {
                return new MetaValue(best, "html-meta", locate(original, inner(t), best));
            }
        }
        return new MetaValue(title, "html-meta", inner(t));
    }

    private static MetaValue value(Element e, String attr, String v) {
        return new MetaValue(v, "html-meta", valueSpan(e, attr));
    }

    private static Span valueSpan(Element e, String attr) {
        for (Attribute a : e.attributes()) {
            if (a.getKey().equalsIgnoreCase(attr)) {
                Range r = a.sourceRange().valueRange();
                if (r.isTracked() && r.endPos() >= r.startPos()) {
                    return new Span(r.startPos(), r.endPos());
                }
            }
        }
        return null;
    }

    private static Span inner(Element e) {
        Range start = e.sourceRange();
        Range end = e.endSourceRange();
        if (start.isTracked() && end.isTracked() && end.startPos() >= start.endPos()) {
            return new Span(start.endPos(), end.startPos());
        }
        return null;
    }

    private static Span nodeSpan(org.jsoup.nodes.Node n) {
        Range r = n.sourceRange();
        return r.isTracked() && r.endPos() >= r.startPos() ? new Span(r.startPos(), r.endPos()) : null;
    }

    private static void jsonLd(Document dom, String original, Map<String, MetaValue> out) {
        for (Element script : dom.select("script[type=application/ld+json]")) {
            String json = script.data();
            JsonNode root;
            try {
                root = JSON.readTree(json);
            } catch (java.io.IOException e) {
                continue; // a broken JSON-LD block is common on the web; the meta tags still count
            }
            JsonNode art = findArticle(root);
            if (art == null) {
                continue;
            }
            Span scriptSpan = script.dataNodes().isEmpty() ? inner(script) : nodeSpan(script.dataNodes().get(0));
            put(out, "title", text(art.get("headline")), original, scriptSpan);
            put(out, "author", name(art.get("author")), original, scriptSpan);
            put(out, "outlet", name(art.get("publisher")), original, scriptSpan);
            put(out, "url", text(art.get("url")), original, scriptSpan);
            String date = text(art.get("datePublished"));
            org.dyad.time.DateParsing.parse(date).ifPresent(d -> {
                Span s = locate(original, scriptSpan, date);
                out.putIfAbsent("published", new MetaValue(d.toString(), "json-ld", s));
            });
            return;
        }
    }

    private static void put(Map<String, MetaValue> out, String key, String v, String original, Span within) {
        if (v != null && !v.isBlank() && !out.containsKey(key)) {
            out.put(key, new MetaValue(v.strip(), "json-ld", locate(original, within, v)));
        }
    }

    /** Where {@code v} stands inside the script, if it is written there verbatim (no JSON escapes). */
    private static Span locate(String original, Span within, String v) {
        if (within == null || v == null) {
            return null;
        }
        int i = original.indexOf(v, within.start());
        return i >= 0 && i + v.length() <= within.end() ? new Span(i, i + v.length()) : null;
    }

    private static JsonNode findArticle(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode f = findArticle(c);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (n.has("@graph")) {
            return findArticle(n.get("@graph"));
        }
        String type = n.path("@type").isArray() ? n.path("@type").path(0).asText() : n.path("@type").asText();
        return type.endsWith("Article") || type.equals("ReportageNewsArticle") ? n : null;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.isTextual() ? n.asText() : null;
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode c : n) {
                String s = name(c);
                if (s != null) {
                    sb.append(sb.length() > 0 ? ", " : "").append(s);
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        }
        return n.isTextual() ? n.asText() : text(n.get("name"));
    }
}
