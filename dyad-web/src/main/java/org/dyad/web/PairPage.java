package org.dyad.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.events.EventRecord;
import org.dyad.ladders.LadderHistory;
import org.dyad.query.Names;
import org.dyad.query.Timeline;
import org.dyad.query.TimelineChart;
import org.dyad.store.StoredFact;

/**
 * {@code /pair/{a}/{b}?from=&to=}: a pair's standing on both ladders, its timeline chart (events per month by
 * quad class and the cooperation index), its ladder history and its events, each with its sentence.
 */
final class PairPage {
    private PairPage() {
    }

    static String render(Context ctx, Reads reads) {
        String a = Params.pathCode(ctx, "a");
        String b = Params.pathCode(ctx, "b");
        String from = Params.date(ctx, "from");
        String to = Params.date(ctx, "to");
        boolean all = Params.flag(ctx, "all_statuses");
        String title = Names.name(a) + " and " + Names.name(b);
        StringBuilder h = new StringBuilder("<h1>").append(Layout.esc(title)).append("</h1>");
        h.append("<form class=\"filters\" method=\"get\"><label>From <input type=\"month\" name=\"from\" value=\"")
                .append(Layout.esc(from == null ? "" : from)).append("\"></label><label>To <input type=\"month\" "
                        + "name=\"to\" value=\"").append(Layout.esc(to == null ? "" : to))
                .append("\"></label><label><input type=\"checkbox\" name=\"all_statuses\" value=\"true\"")
                .append(all ? " checked" : "").append("> planned, hypothetical and negated too</label>"
                        + "<button type=\"submit\">Show</button></form>");
        List<LadderHistory.Standing> now = reads.standings(a, b, LocalDate.now().toString());
        h.append("<section><h2>Today</h2><ul class=\"standings\">");
        if (now.isEmpty()) {
            h.append("<li>on neither country’s ladder</li>");
        }
        for (LadderHistory.Standing s : now) {
            h.append("<li>on <a href=\"/ladder/").append(Layout.esc(s.owner())).append("\">")
                    .append(Layout.esc(Names.name(s.owner()))).append("’s ladder</a>: <strong>")
                    .append(Layout.esc(s.rung().name())).append("</strong> ")
                    .append(Layout.esc(s.since() == null ? "(undated)" : "since " + s.since())).append("</li>");
        }
        h.append("</ul></section>");
        Map<String, Timeline.Month> months = reads.timeline(a, b, from, to, all);
        h.append("<section><h2>Timeline</h2><div class=\"chart\">")
                .append(svg(TimelineChart.svg(a + " – " + b, months))).append("</div>")
                .append(categories(months)).append("</section>");
        h.append(history(reads.history(a, b)));
        List<StoredFact> events = reads.events(a, b, from, to, null);
        Paged<StoredFact> page = Paged.of(events, Params.offset(ctx), Params.DEFAULT_LIMIT);
        h.append("<section id=\"events\"><h2>Events <small>").append(events.size())
                .append("</small></h2><ol class=\"events\" start=\"").append(page.offset() + 1).append("\">");
        for (StoredFact f : page.items()) {
            EventRecord e = (EventRecord) f.fact();
            h.append("<li class=\"event status-").append(Layout.esc(e.status())).append("\"><div class=\"meta\">")
                    .append("<time>").append(Layout.esc(e.date() == null ? "undated" : e.date().value()))
                    .append("</time> <span class=\"badge\">").append(Layout.esc(e.plover() == null ? "CAMEO "
                            + e.cameo() : e.plover().category())).append("</span> <span class=\"status\">")
                    .append(Layout.esc(e.status())).append("</span></div><div>")
                    .append(Layout.esc(FactText.summary(e))).append("</div><blockquote>")
                    .append(Layout.esc(FactText.sentence(e))).append("</blockquote><a class=\"source\" href=\"/article/")
                    .append(f.articleId()).append("#fact-").append(Layout.esc(e.id())).append("\">")
                    .append(Layout.esc(f.doc() == null ? "article " + f.articleId() : Layout.baseName(f.doc())))
                    .append("</a></li>");
        }
        h.append("</ol>").append(Layout.pager(ctx, page)).append("</section>");
        return Layout.page(title, h.toString());
    }

    /** Events per month by PLOVER category, with the two indices: the chart's figures as a table. */
    static String categories(Map<String, Timeline.Month> months) {
        Set<String> cats = new TreeSet<>();
        months.values().forEach(m -> cats.addAll(m.byCategory().keySet()));
        StringBuilder h = new StringBuilder("<details class=\"categories\"><summary>Events per month by category"
                + "</summary><table><thead><tr><th>month</th><th>events</th>");
        for (String c : cats) {
            h.append("<th>").append(Layout.esc(c)).append("</th>");
        }
        h.append("<th>mean Goldstein</th><th>balance</th></tr></thead><tbody>");
        months.forEach((month, m) -> {
            h.append("<tr><td>").append(Layout.esc(month)).append("</td><td>").append(m.total()).append("</td>");
            for (String c : cats) {
                h.append("<td>").append(m.byCategory().getOrDefault(c, 0)).append("</td>");
            }
            h.append(String.format(java.util.Locale.ROOT, "<td>%+.1f</td><td>%+.2f</td></tr>", m.goldstein(),
                    m.balance()));
        });
        return h.append("</tbody></table></details>").toString();
    }

    /** The chart as inline SVG that scales with the page: the fixed size becomes a view box only. */
    static String svg(String chart) {
        return chart.replaceFirst("width=\"\\d+\" height=\"\\d+\" ", "role=\"img\" aria-label=\"timeline\" ");
    }

    private static String history(List<LadderHistory.Step> steps) {
        StringBuilder h = new StringBuilder("<section><h2>Ladder history</h2><table class=\"steps\"><thead><tr>"
                + "<th>date</th><th>ladder</th><th>rung</th><th>step</th><th>evidence</th></tr></thead><tbody>");
        for (LadderHistory.Step s : steps) {
            h.append("<tr><td>").append(Layout.esc(s.date() == null ? "undated" : s.date())).append("</td><td>")
                    .append(Layout.esc(s.owner())).append("</td><td>")
                    .append(Layout.esc(s.rung() == null ? "—" : s.rung().name())).append("</td><td>")
                    .append(Layout.esc(s.type())).append(s.count() > 1 ? " ×" + s.count() : "").append("</td><td>")
                    .append(LadderPage.sources(s.sources())).append("</td></tr>");
        }
        return h.append("</tbody></table></section>").toString();
    }
}
