package org.dyad.web;

/**
 * The page frame (navigation, search, the style sheet and script) and the one HTML escaping helper every page
 * uses for every string that comes from an article, the store or the request.
 */
final class Layout {
    private Layout() {
    }

    /** Text made safe for HTML element content and quoted attribute values. */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A link only to an http(s) address (a source URL from data or an article); else the escaped text alone. */
    static String externalLink(String url, String text) {
        if (url != null && url.matches("(?i)https?://[^\\s\"'<>]+")) {
            return "<a href=\"" + esc(url) + "\" rel=\"noopener noreferrer nofollow\">" + esc(text) + "</a>";
        }
        return esc(text);
    }

    /** A URL query value, percent-encoded. */
    static String q(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** "previous" and "next" links for a page of a list, keeping the request's other parameters. */
    static String pager(io.javalin.http.Context ctx, Paged<?> p) {
        if (p.offset() == 0 && p.next() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("<nav class=\"pager\">");
        if (p.offset() > 0) {
            b.append(pageLink(ctx, Math.max(0, p.offset() - p.limit()), "← previous"));
        }
        b.append("<span>").append(p.offset() + 1).append("–").append(p.offset() + p.items().size())
                .append(p.total() == null ? "" : " of " + p.total()).append("</span>");
        if (p.next() != null) {
            b.append(pageLink(ctx, p.next(), "next →"));
        }
        return b.append("</nav>").toString();
    }

    private static String pageLink(io.javalin.http.Context ctx, int offset, String text) {
        StringBuilder q = new StringBuilder();
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("offset")) {
                vs.forEach(v -> q.append(q.length() == 0 ? "" : "&").append(q(k)).append('=').append(q(v)));
            }
        });
        q.append(q.length() == 0 ? "" : "&").append("offset=").append(offset);
        return "<a href=\"" + esc(ctx.path() + "?" + q) + "\">" + esc(text) + "</a>";
    }

    /** The last part of a path or address: the file an article came from. */
    static String baseName(String doc) {
        if (doc == null) {
            return "";
        }
        String d = doc.endsWith("/") ? doc.substring(0, doc.length() - 1) : doc;
        return d.substring(d.lastIndexOf('/') + 1);
    }

    static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · dyad</title>"
                + "<link rel=\"stylesheet\" href=\"/static/dyad.css\">"
                + "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"
                + "<script src=\"/static/dyad.js\" defer></script></head>\n<body><header><nav>"
                + "<a class=\"brand\" href=\"/\">dyad</a>"
                + "<a href=\"/ladder/VNM\">Ladders</a><a href=\"/pair/USA/VNM\">Pairs</a>"
                + "<a href=\"/quotes\">Quotes</a><a href=\"/forecasts\">Forecasts</a>"
                + "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" placeholder=\"Search articles\" aria-label=\"Search articles\">"
                + "</form></nav></header>\n<main>" + body + "</main>\n<footer>Every fact cites its article and "
                + "sentence. JSON API: <a href=\"" + OpenApi.PATH + "\">" + OpenApi.PATH + "</a></footer>"
                + "</body></html>\n";
    }
}
