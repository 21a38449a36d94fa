package org.dyad.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dyad.clean.CleanStage;
import org.dyad.model.Format;
import org.dyad.model.Input;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.read.Html;
import org.dyad.text.CleanText;
import org.dyad.text.Evidence;

/**
 * An article's cleaned text with each fact's evidence placed in it. Evidence offsets point into the original input
 * (for HTML, the page source), so the original is cleaned again to recover the map from cleaned characters back to
 * it; when that no longer gives the stored text (the cleaning rules changed since ingest), the text is shown without
 * highlights. Every piece of text is escaped: nothing of the article is ever markup.
 */
final class Highlights {
    private static final CleanStage CLEAN = new CleanStage();

    /** A fact's span in the cleaned text, [start, end) in chars. */
    record Span(int start, int end, Fact fact) {
    }

    private Highlights() {
    }

    /** The spans of the facts in the cleaned text, or null when the cleaned text cannot be rebuilt. */
    static List<Span> spans(Extraction x) {
        ArticleRecord a = x.article();
        String original = x.original();
        if (original == null || a.text() == null) {
            return null;
        }
        CleanText ct;
        try {
            boolean html = "html".equalsIgnoreCase(a.format());
            ct = CLEAN.clean(new Input(original, a.charset(), html ? Format.HTML : Format.TEXT, a.sha256(),
                    html ? Html.parse(original, "") : null));
        } catch (RuntimeException e) {
            return null;
        }
        if (!ct.text().equals(a.text())) {
            return null;
        }
        List<Span> out = new ArrayList<>();
        for (Fact f : x.facts()) {
            for (Evidence ev : evidence(f)) {
                int s = charIndex(original, ev.start());
                int e = charIndex(original, ev.end());
                if (s < 0 || e < 0) {
                    continue;
                }
                int cs = -1;
                int ce = -1;
                for (int i = 0; i < ct.length(); i++) {
                    if (ct.origEnd(i) > ct.origStart(i) && ct.origStart(i) >= s && ct.origEnd(i) <= e) {
                        if (cs < 0) {
                            cs = i;
                        }
                        ce = i + 1;
                    }
                }
                if (cs >= 0) {
                    out.add(new Span(cs, ce, f));
                }
            }
        }
        return out;
    }

    /** The evidence to highlight: an event's trigger word when it has one, else the fact's evidence spans. */
    private static List<Evidence> evidence(Fact f) {
        if (f instanceof org.dyad.events.EventRecord e && e.trigger() != null) {
            return List.of(e.trigger());
        }
        List<Evidence> ev = FactText.evidence(f);
        return ev.isEmpty() ? List.of() : List.of(ev.get(0));
    }

    /** Char index of code point {@code cp} in {@code s}, or -1 when outside. */
    static int charIndex(String s, int cp) {
        if (cp < 0 || cp > s.codePointCount(0, s.length())) {
            return -1;
        }
        return s.offsetByCodePoints(0, cp);
    }

    /**
     * The cleaned text as HTML: paragraphs, each fact's span in a {@code <mark>} linked to the fact's record below
     * (the first span of a fact carries the anchor {@code at-ID}).
     */
    static String render(String text, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        if (spans != null) {
            for (Span s : spans) {
                cuts.add(s.start());
                cuts.add(s.end());
            }
        }
        StringBuilder b = new StringBuilder("<div class=\"article-text\"><p>");
        java.util.Set<String> anchored = new java.util.HashSet<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                List<Span> cover = new ArrayList<>();
                if (spans != null) {
                    for (Span s : spans) {
                        if (s.start() <= prev && s.end() >= cut) {
                            cover.add(s);
                        }
                    }
                }
                String escaped = Layout.esc(text.substring(prev, cut));
                if (cover.isEmpty()) {
                    b.append(paragraphs(escaped));
                } else {
                    Fact f = cover.get(cover.size() - 1).fact();
                    StringBuilder ids = new StringBuilder();
                    for (Span s : cover) {
                        ids.append(ids.length() == 0 ? "" : " ").append(s.fact().id());
                    }
                    for (Span s : cover) {
                        if (anchored.add(s.fact().id())) {
                            b.append("<span class=\"anchor\" id=\"at-").append(Layout.esc(s.fact().id()))
                                    .append("\"></span>");
                        }
                    }
                    String piece = escaped.replaceAll("\n\\s*\n", "<br><br>").replace("\n", "<br>");
                    b.append("<a class=\"hl k-").append(Layout.esc(f.kind())).append(cover.size() > 1 ? " multi" : "")
                            .append("\"").append(" href=\"#fact-").append(Layout.esc(f.id()))
                            .append("\" data-facts=\"").append(Layout.esc(ids)).append("\" title=\"")
                            .append(Layout.esc(ids)).append("\">").append(piece).append("</a>");
                }
            }
            prev = cut;
        }
        return b.append("</p></div>").toString();
    }

    private static String paragraphs(String escaped) {
        return escaped.replaceAll("\n\\s*\n", "</p><p>").replace("\n", "<br>");
    }
}
