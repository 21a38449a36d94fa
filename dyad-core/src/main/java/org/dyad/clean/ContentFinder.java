package org.dyad.clean;

import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds a page's main content and, when the content has no {@code <h1>} of its own, the headline to put before it.
 *
 * <p>The biggest paragraph block is the element with most text in its own {@code <p>} children, outside chrome. The
 * {@link Scope#HTML_CONTENT} selectors are tried in order; for each, the match outside chrome with most paragraph
 * text is taken if it holds at least half as much paragraph text as the biggest block (any text, on a page without
 * paragraphs). Failing all, the biggest block is the content; on a page without paragraphs, the element with most
 * text of its own when it holds half the page's text, else the body. The
 * headline is the first non-empty {@code <h1>} outside chrome.
 */
final class ContentFinder {
    /** Limits on how many elements are looked at, so hostile pages stay linear. */
    private static final int MAX_CANDIDATES = 200;
    private static final int MAX_HEADLINES = 20;

    /** The main content, and the headline outside it (or {@code null}). */
    record Found(Element content, Element headline) {
    }

    private ContentFinder() {
    }

    static Found find(Element body, BoilerplateRules rules, Chrome chrome, PageStats stats) {
        Element block = biggestBlock(chrome, stats);
        int blockText = block == null ? 0 : stats.ownParagraphs(block);
        Element content = null;
        for (Rule rule : rules.of(Scope.HTML_CONTENT)) {
            Element pick = null;
            int best = 0;
            List<Element> matches = body.select(rule.css());
            for (Element e : matches.subList(0, Math.min(matches.size(), MAX_CANDIDATES))) {
                int score = blockText > 0 ? stats.paragraphs(e) : stats.text(e);
                if (score > best && stats.has(e) && !chrome.inChrome(e)) {
                    pick = e;
                    best = score;
                }
            }
            if (pick != null && best * 2 >= blockText) {
                content = pick;
                break;
            }
        }
        if (content == null && block == null) {
            content = textBlock(body, chrome, stats);
        }
        if (content == null) {
            content = block != null ? block : body;
        }
        return new Found(content, headline(body, content, chrome));
    }

    private static Element biggestBlock(Chrome chrome, PageStats stats) {
        List<Element> ranked = stats.elements().stream().filter(e -> stats.ownParagraphs(e) > 0)
                .sorted(Comparator.comparingInt(stats::ownParagraphs).reversed()).limit(MAX_CANDIDATES).toList();
        return ranked.stream().filter(e -> !chrome.inChrome(e)).findFirst().orElse(null);
    }

    /**
     * On a page without paragraphs (text in {@code <br>}-separated runs, old table layouts), the element with most
     * text of its own (its direct text children), outside chrome, when that is at least half the page's text.
     */
    private static Element textBlock(Element body, Chrome chrome, PageStats stats) {
        Element best = null;
        int most = 0;
        for (Element e : stats.elements()) {
            int own = 0;
            for (org.jsoup.nodes.TextNode t : e.textNodes()) {
                own += PageStats.visible(t.getWholeText());
            }
            if (own > most && !chrome.inChrome(e)) {
                best = e;
                most = own;
            }
        }
        return best != null && most * 2 >= stats.text(body) ? best : null;
    }

    private static Element headline(Element body, Element content, Chrome chrome) {
        if (content.nameIs("h1") || content.selectFirst("h1") != null) {
            return null;
        }
        List<Element> h1s = body.getElementsByTag("h1");
        for (Element h : h1s.subList(0, Math.min(h1s.size(), MAX_HEADLINES))) {
            if (h.hasText() && !chrome.inChrome(h) && !isAncestor(h, content)) {
                return h;
            }
        }
        return null;
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element x = e.parent(); x != null; x = x.parent()) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }
}
