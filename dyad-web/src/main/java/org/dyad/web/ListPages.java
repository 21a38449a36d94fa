package org.dyad.web;

import io.javalin.http.Context;
import java.util.List;
import org.dyad.copies.CopyRecord;
import org.dyad.copies.Story;
import org.dyad.store.SearchHit;
import org.dyad.store.StoredFact;
import org.dyad.voices.ForecastRecord;
import org.dyad.voices.ForecastResolver;
import org.dyad.voices.QuoteRecord;

/** The list pages: search results, quotes, forecasts with their resolution and the scorecard, a story. */
final class ListPages {
    private ListPages() {
    }

    static String search(Context ctx, Reads reads) {
        String q = Params.text(ctx, "q");
        int offset = Params.offset(ctx);
        Paged<SearchHit> hits = reads.articles(q, Params.date(ctx, "from"), Params.date(ctx, "to"),
                Params.queryCode(ctx, "country"), offset, 20);
        StringBuilder h = new StringBuilder("<h1>Search</h1><form class=\"filters\" action=\"/search\" method=\"get\">"
                + "<input type=\"search\" name=\"q\" value=\"").append(Layout.esc(q == null ? "" : q))
                .append("\" aria-label=\"Search\"><button type=\"submit\">Search</button></form>");
        h.append("<p>").append(q == null ? "All articles, newest first." : hits.total() + " articles match.")
                .append("</p><ul class=\"articles\">");
        for (SearchHit hit : hits.items()) {
            h.append(articleItem(hit));
        }
        h.append("</ul>");
        if (hits.next() != null) {
            h.append("<p><a href=\"/search?q=").append(Layout.esc(Layout.q(q))).append("&amp;offset=")
                    .append(hits.next()).append("\">more</a></p>");
        }
        return Layout.page(q == null ? "Articles" : "Search: " + q, h.toString());
    }

    /** One article in a list: title linked, date, snippet with the matching words marked. */
    static String articleItem(SearchHit h) {
        StringBuilder b = new StringBuilder("<li><a href=\"/article/").append(h.articleId()).append("\">")
                .append(Layout.esc(h.title() == null ? h.key() : h.title())).append("</a> <time>")
                .append(Layout.esc(h.published() == null ? "undated" : h.published())).append("</time>");
        if (h.snippet() != null) {
            b.append("<p class=\"snippet\">").append(Layout.esc(h.snippet().replace('\n', ' '))
                    .replaceAll("\\[([^\\[\\]<>]*)\\]", "<mark>$1</mark>")).append("</p>");
        }
        return b.append("</li>").toString();
    }

    static String quotes(Context ctx, Reads reads) {
        String country = Params.queryCode(ctx, "country");
        String partner = Params.queryCode(ctx, "partner");
        String speaker = Params.text(ctx, "speaker");
        String about = Params.text(ctx, "about");
        List<StoredFact> qs = reads.quotes(country, partner, speaker, about, Params.date(ctx, "from"),
                Params.date(ctx, "to"));
        Paged<StoredFact> page = Paged.of(qs, Params.offset(ctx), Params.DEFAULT_LIMIT);
        StringBuilder h = new StringBuilder("<h1>Quotes <small>").append(qs.size()).append("</small></h1>")
                .append("<form class=\"filters\" method=\"get\"><label>Speaker <input name=\"speaker\" value=\"")
                .append(Layout.esc(speaker == null ? "" : speaker)).append("\"></label><label>About <input name=\"about\" "
                        + "value=\"").append(Layout.esc(about == null ? "" : about)).append("\"></label><label>Country "
                        + "<input name=\"country\" size=\"4\" maxlength=\"3\" value=\"")
                .append(Layout.esc(country == null ? "" : country)).append("\"></label><button type=\"submit\">Filter"
                        + "</button></form><ol class=\"quotes\" start=\"" + (page.offset() + 1) + "\">");
        for (StoredFact f : page.items()) {
            QuoteRecord r = (QuoteRecord) f.fact();
            h.append("<li class=\"quote\"><blockquote>").append(Layout.esc(r.type().equals(QuoteRecord.INDIRECT)
                            ? r.quote() : "“" + r.quote() + "”")).append("</blockquote><div class=\"meta\">— <strong>")
                    .append(Layout.esc(r.speaker().name())).append("</strong>")
                    .append(r.speaker().title() == null ? "" : ", " + Layout.esc(r.speaker().title()))
                    .append(" · ").append(Layout.esc(r.type())).append(" · ").append(source(f)).append("</div></li>");
        }
        return Layout.page("Quotes", h.append("</ol>").append(Layout.pager(ctx, page)).toString());
    }

    private static String source(StoredFact f) {
        return "<a href=\"/article/" + f.articleId() + "#fact-" + Layout.esc(f.fact().id()) + "\">"
                + Layout.esc(f.published() == null ? "undated" : f.published()) + " "
                + Layout.esc(f.doc() == null ? "article " + f.articleId() : Layout.baseName(f.doc())) + "</a>";
    }

    static String forecasts(Context ctx, Reads reads) {
        List<ForecastResolver.Resolution> rs = VoicesApi.forecasts(ctx, reads);
        Paged<ForecastResolver.Resolution> page = Paged.of(rs, Params.offset(ctx), Params.DEFAULT_LIMIT);
        StringBuilder h = new StringBuilder("<h1>Forecasts <small>").append(rs.size()).append("</small></h1>")
                .append("<p>Each resolved as of ").append(Layout.esc(VoicesApi.asOf(ctx)))
                .append(" against the ladder history and the stored events: right, partly right, wrong, or open."
                        + "</p>" + verdictLinks() + "<details class=\"scorecard\"><summary>Scorecard</summary><table><thead><tr><th>"
                        + "source</th><th>right</th><th>partly</th><th>wrong</th><th>open</th></tr></thead><tbody>");
        for (var s : org.dyad.query.Forecasts.scorecard(rs)) {
            h.append("<tr><td>").append(Layout.esc(s.source())).append("</td><td>").append(s.right())
                    .append("</td><td>").append(s.partly()).append("</td><td>").append(s.wrong()).append("</td><td>")
                    .append(s.open()).append("</td></tr>");
        }
        h.append("</tbody></table></details><ol class=\"forecasts\" start=\"").append(page.offset() + 1).append("\">");
        for (ForecastResolver.Resolution r : page.items()) {
            ForecastRecord f = r.forecast();
            h.append("<li class=\"forecast verdict-").append(Layout.esc(r.verdict())).append("\"><div class=\"meta\">"
                    + "<span class=\"verdict\">").append(Layout.esc(r.verdict().replace('_', ' ')))
                    .append("</span> <time>").append(Layout.esc(f.published() == null ? "undated" : f.published()))
                    .append("</time> <strong>").append(Layout.esc(f.source().name())).append("</strong>")
                    .append(f.source().title() == null ? "" : ", " + Layout.esc(f.source().title()))
                    .append("</div><div>").append(Layout.esc(f.claim())).append("</div>");
            String sentence = FactText.sentence(f);
            if (!sentence.equals(f.claim())) {
                h.append("<blockquote>").append(Layout.esc(sentence)).append("</blockquote>");
            }
            h.append("<div class=\"resolution\">")
                    .append(Layout.esc(r.note()));
            if (r.outcome() != null) {
                h.append(" — happened: ").append(Layout.esc(r.outcome().what())).append(' ')
                        .append(Layout.esc(r.outcome().date()));
            }
            h.append("</div><a class=\"source\" href=\"/article?key=").append(Layout.esc(Layout.q(f.doc())))
                    .append("#fact-").append(Layout.esc(f.id())).append("\">").append(Layout.esc(Layout.baseName(f.doc())))
                    .append("</a></li>");
        }
        h.append("</ol>").append(Layout.pager(ctx, page));
        return Layout.page("Forecasts", h.toString());
    }

    private static String verdictLinks() {
        StringBuilder b = new StringBuilder("<p class=\"filters\">Show: <a href=\"/forecasts\">all</a>");
        for (String v : VoicesApi.VERDICTS) {
            b.append("<a href=\"/forecasts?verdict=").append(v).append("\">").append(v.replace('_', ' ')).append("</a>");
        }
        return b.append("</p>").toString();
    }

    static String story(Context ctx, Reads reads) {
        String id = ctx.pathParam("id");
        if (!id.matches("[A-Za-z0-9._:-]{1,80}")) {
            throw ApiError.badRequest("id must be a story id or an article number, got \"" + Params.shorten(id) + "\"");
        }
        Story s = reads.story(id);
        StringBuilder h = new StringBuilder("<h1>Story <small>").append(s.members().size())
                .append(" articles</small></h1><ol class=\"story\">");
        for (Story.Member m : s.members()) {
            var a = reads.store.article(m.key());
            h.append("<li>").append(m.key().equals(s.original()) ? "<span class=\"badge\">original</span> " : "")
                    .append(a.map(x -> "<a href=\"/article/" + x.id() + "\">" + Layout.esc(
                            x.extraction().article().title() == null ? m.key() : x.extraction().article().title())
                            + "</a>").orElse(Layout.esc(m.key()))).append(" <time>")
                    .append(Layout.esc(m.published() == null ? "undated" : m.published())).append("</time> ")
                    .append(m.words()).append(" words<ul>");
            for (CopyRecord c : a.map(x -> x.extraction().facts(CopyRecord.class)).orElse(List.of())) {
                h.append("<li>").append(Layout.esc(FactText.summary(c))).append("</li>");
            }
            h.append("</ul></li>");
        }
        return Layout.page("Story", h.append("</ol>").toString());
    }
}
