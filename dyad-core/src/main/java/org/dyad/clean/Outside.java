package org.dyad.clean;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.dyad.text.CleanText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Records the visible text outside the main content and the headline as removed: chrome as
 * {@code html-chrome:<id>}, anything else as {@code html-outside}, one span per top-level element dropped.
 */
final class Outside implements NodeFilter {
    static final String RULE = "html-outside";

    private final Set<Node> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> path = Collections.newSetFromMap(new IdentityHashMap<>());
    private final String original;
    private final Chrome chrome;
    private final CleanText.Builder out;

    private Outside(String original, Chrome chrome, CleanText.Builder out) {
        this.original = original;
        this.chrome = chrome;
        this.out = out;
    }

    static void record(Element body, ContentFinder.Found found, String original, Chrome chrome,
            CleanText.Builder out) {
        Outside o = new Outside(original, chrome, out);
        for (Element k : new Element[] {found.content(), found.headline()}) {
            if (k != null) {
                o.kept.add(k);
                for (Element x = k.parent(); x != null; x = x.parent()) {
                    o.path.add(x);
                }
            }
        }
        body.filter(o);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (kept.contains(node)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof Element e) {
            if (path.contains(e)) {
                return FilterResult.CONTINUE;
            }
            if (!chrome.invisible(e)) {
                String rule = chrome.ruleFor(e);
                Visible.recordRemoved(e, rule == null ? RULE : Chrome.RULE_PREFIX + rule, original, chrome, out);
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode t && !t.isBlank()) {
            Visible.recordRemoved(t, RULE, original, chrome, out);
        }
        return FilterResult.CONTINUE;
    }
}
