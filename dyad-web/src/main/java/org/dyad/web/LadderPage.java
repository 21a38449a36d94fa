package org.dyad.web;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.dyad.ladders.LadderHistory;
import org.dyad.ladders.Rung;
import org.dyad.query.Names;

/**
 * {@code /ladder/{owner}?as_of=2023-09}: a country's ladder at a month, with a slider over the months; moving it
 * replaces the rungs with {@code /ladder/{owner}/rungs?as_of=...} (the page works without script through the form).
 */
final class LadderPage {
    static final YearMonth FIRST = YearMonth.of(2000, 1);

    private LadderPage() {
    }

    static String render(Context ctx, Reads reads, boolean fragment) {
        String owner = Params.pathCode(ctx, "owner");
        String asOf = Params.date(ctx, "as_of");
        LadderHistory.LadderView view = reads.ladder(owner, Params.endOf(asOf));
        String rungs = rungs(view);
        if (fragment) {
            return rungs;
        }
        YearMonth last = YearMonth.now();
        YearMonth at = asOf == null ? last : YearMonth.parse(asOf.substring(0, Math.min(7, asOf.length()))
                + (asOf.length() == 4 ? "-12" : ""));
        if (at.isBefore(FIRST)) {
            at = FIRST;
        }
        long max = FIRST.until(last, java.time.temporal.ChronoUnit.MONTHS);
        long value = Math.min(max, FIRST.until(at, java.time.temporal.ChronoUnit.MONTHS));
        String name = Names.name(owner);
        String b = "<h1>" + Layout.esc(name) + "’s partnership ladder</h1>"
                + "<form id=\"ladder-form\" class=\"slider\" method=\"get\" action=\"/ladder/" + owner + "\" "
                + "data-owner=\"" + owner + "\" data-first=\"" + FIRST + "\">"
                + "<label for=\"as-of-slider\">As of <output id=\"as-of-label\">" + at + "</output></label>"
                + "<input type=\"range\" id=\"as-of-slider\" min=\"0\" max=\"" + max + "\" value=\"" + value + "\" "
                + "step=\"1\" aria-label=\"As of month\">"
                + "<input type=\"month\" id=\"as-of-month\" name=\"as_of\" value=\"" + at + "\" min=\"" + FIRST
                + "\" max=\"" + last + "\"><button type=\"submit\">Show</button></form>"
                + "<div id=\"ladder-rungs\" aria-live=\"polite\">" + rungs + "</div>";
        return Layout.page(name + " ladder", b);
    }

    /** The rungs, top first, each with its partners, the date they reached it and their sources. */
    static String rungs(LadderHistory.LadderView view) {
        StringBuilder b = new StringBuilder("<div class=\"rungs\" data-as-of=\"")
                .append(Layout.esc(view.asOf() == null ? "latest" : view.asOf())).append("\">");
        for (Map.Entry<Rung, List<LadderHistory.Standing>> e : view.rungs().entrySet()) {
            Rung r = e.getKey();
            b.append("<section class=\"rung\" data-rung=\"").append(Layout.esc(r.id())).append("\"><h2>")
                    .append(Layout.esc(r.name())).append(" <small>").append(e.getValue().size()).append("</small></h2>");
            if (e.getValue().isEmpty()) {
                b.append("<p class=\"empty\">none</p>");
            }
            b.append("<ul class=\"partners\">");
            for (LadderHistory.Standing s : e.getValue()) {
                b.append("<li data-partner=\"").append(Layout.esc(s.partner())).append("\" data-rung=\"")
                        .append(Layout.esc(r.id())).append("\"><a class=\"partner\" href=\"/pair/")
                        .append(Layout.esc(view.owner())).append('/').append(Layout.esc(s.partner())).append("\">")
                        .append(Layout.esc(Names.name(s.partner()))).append("</a> <span class=\"since\">")
                        .append(Layout.esc(s.since() == null ? "undated" : (s.arrival() ? "since " : "by ")
                                + s.since())).append("</span>");
                if (s.conflict() != null) {
                    b.append(" <span class=\"conflict\" title=\"").append(Layout.esc(s.conflict()))
                            .append("\">sources disagree</span>");
                }
                b.append(sources(s.sources())).append("</li>");
            }
            b.append("</ul></section>");
        }
        return b.append("</div>").toString();
    }

    /** Sources as a collapsed list: reference records with their URL, article sentences with their article. */
    static String sources(List<LadderHistory.Source> sources) {
        StringBuilder b = new StringBuilder("<details class=\"sources\"><summary>").append(sources.size())
                .append(sources.size() == 1 ? " source" : " sources").append("</summary><ul>");
        for (LadderHistory.Source src : sources) {
            b.append("<li>");
            if (src.kind().equals("reference")) {
                b.append("reference ").append(Layout.externalLink(src.url(), src.url()))
                        .append("verified".equals(src.confidence()) ? "" : " (unverified)");
                if (src.text() != null) {
                    b.append(": ").append(Layout.esc(src.text()));
                }
            } else {
                b.append("<a href=\"/article?key=").append(Layout.esc(Layout.q(src.url())))
                        .append(src.statement() == null ? "" : "#fact-" + Layout.esc(src.statement())).append("\">")
                        .append(Layout.esc(src.doc() == null ? "article" : src.doc())).append("</a> ")
                        .append(Layout.esc(src.published() == null ? "" : src.published())).append(": “")
                        .append(Layout.esc(src.text())).append("”");
            }
            b.append("</li>");
        }
        return b.append("</ul></details>").toString();
    }
}
