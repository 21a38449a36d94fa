package org.dyad.web;

import org.dyad.ladders.Ladder;
import org.dyad.ladders.Ladders;
import org.dyad.query.Names;
import org.dyad.store.SearchHit;

/** {@code /}: what the store holds, the ladders, and the latest articles. */
final class HomePage {
    private HomePage() {
    }

    static String render(Reads reads) {
        StringBuilder b = new StringBuilder("<h1>dyad</h1><p class=\"lead\">How countries relate, from the news, "
                + "each fact with its article and sentence.</p>");
        var counts = reads.store.stats().counts();
        b.append("<p class=\"stats\">").append(counts.getOrDefault("articles", 0L)).append(" articles, ")
                .append(counts.getOrDefault("facts", 0L)).append(" facts, ")
                .append(counts.getOrDefault("entities", 0L)).append(" entities</p>");
        b.append("<section><h2>Partnership ladders</h2><ul class=\"chips\">");
        for (Ladder l : Ladders.standard().ladders()) {
            b.append("<li><a href=\"/ladder/").append(Layout.esc(l.owner())).append("\">")
                    .append(Layout.esc(Names.name(l.owner()))).append("</a></li>");
        }
        b.append("</ul></section><section><h2>Latest articles</h2><ul class=\"articles\">");
        for (SearchHit h : reads.store.list(0, 30)) {
            b.append(ListPages.articleItem(h));
        }
        b.append("</ul></section>");
        return Layout.page("Home", b.toString());
    }
}
