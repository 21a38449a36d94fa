package org.dyad.web;

import java.util.List;
import org.dyad.copies.Story;
import org.dyad.output.ArticleRecord;
import org.dyad.output.EntityRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.store.StoredArticle;

/**
 * {@code /article/{id}}: an article's metadata, its cleaned text with each fact's evidence highlighted in place and
 * linked to the fact's record below, the records (linked to their JSON), and the entities.
 */
final class ArticlePage {
    private ArticlePage() {
    }

    static String render(Reads reads, StoredArticle s) {
        Extraction x = s.extraction();
        ArticleRecord a = x.article();
        String title = a.title() == null ? "Article " + s.id() : a.title();
        StringBuilder h = new StringBuilder("<article><h1>").append(Layout.esc(title)).append("</h1>");
        h.append("<p class=\"meta\">").append(Layout.esc(a.outlet() == null ? "" : a.outlet() + " · "))
                .append(Layout.esc(a.published() == null ? "undated" : a.published()))
                .append(a.author() == null ? "" : " · " + Layout.esc(a.author())).append(" · ")
                .append(Layout.externalLink(a.url(), a.url() == null ? s.key() : a.url()))
                .append(" · <a href=\"/api/articles/").append(s.id()).append("\">JSON</a></p>");
        Story story = ArticlesApi.story(reads, s.key());
        if (story != null) {
            h.append("<p class=\"story\">One of ").append(story.members().size()).append(" articles of <a href=\"/story/")
                    .append(Layout.esc(Layout.q(story.id()))).append("\">a story</a>")
                    .append(story.original().equals(s.key()) ? " (the original)" : "").append(".</p>");
        }
        List<Highlights.Span> spans = Highlights.spans(x);
        if (spans == null) {
            h.append("<p class=\"note\">The highlights are not shown: this article was cleaned by other rules than "
                    + "the server’s. Each fact below quotes its evidence.</p>");
        }
        h.append("<div class=\"legend\"><span class=\"hl k-event\">event</span><span class=\"hl k-partnership\">"
                + "partnership</span><span class=\"hl k-quote\">quote</span><span class=\"hl k-forecast\">forecast"
                + "</span><span class=\"hl k-relation\">relation</span><span class=\"hl k-copy\">copy</span></div>");
        h.append(Highlights.render(a.text() == null ? "" : a.text(), spans));
        h.append("<section><h2>Facts <small>").append(x.facts().size()).append("</small></h2><ol class=\"facts\">");
        for (Fact f : x.facts()) {
            h.append("<li id=\"fact-").append(Layout.esc(f.id())).append("\" class=\"fact k-")
                    .append(Layout.esc(f.kind())).append("\"><div class=\"meta\"><span class=\"badge\">")
                    .append(Layout.esc(f.kind())).append("</span> <code>").append(Layout.esc(f.id()))
                    .append("</code> <a href=\"#at-").append(Layout.esc(f.id())).append("\">in the text</a> · rule <code>")
                    .append(Layout.esc(f.rule())).append("</code></div><div>").append(Layout.esc(FactText.summary(f)))
                    .append("</div><blockquote>").append(Layout.esc(FactText.sentence(f))).append("</blockquote></li>");
        }
        h.append("</ol></section>");
        h.append("<section><h2>Entities <small>").append(x.entities().size()).append("</small></h2><ul class=\"entities\">");
        for (EntityRecord e : x.entities()) {
            h.append("<li><strong>").append(Layout.esc(e.name())).append("</strong> <span class=\"badge\">")
                    .append(Layout.esc(e.type())).append("</span> ").append(Layout.esc(e.code() == null ? "" : e.code()))
                    .append(e.title() == null ? "" : " · " + Layout.esc(e.title())).append("</li>");
        }
        h.append("</ul></section></article>");
        return Layout.page(title, h.toString());
    }
}
