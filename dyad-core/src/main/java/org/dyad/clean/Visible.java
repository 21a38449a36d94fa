package org.dyad.clean;

import org.dyad.text.CleanText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** Records the visible text of a dropped element (from its first to its last non-blank char) as one removed span. */
final class Visible {
    private Visible() {
    }

    static void recordRemoved(Node node, String rule, String original, Chrome chrome, CleanText.Builder out) {
        int[] span = {Integer.MAX_VALUE, -1};
        node.filter((n, depth) -> {
            if (n instanceof Element e && n != node && chrome.invisible(e)) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            if (n instanceof TextNode t && !t.isBlank()) {
                Range r = t.sourceRange();
                if (r.isTracked() && r.endPos() <= original.length()) {
                    int s = r.startPos();
                    int e = r.endPos();
                    while (s < e && Character.isWhitespace(original.charAt(s))) {
                        s++;
                    }
                    while (e > s && Character.isWhitespace(original.charAt(e - 1))) {
                        e--;
                    }
                    span[0] = Math.min(span[0], s);
                    span[1] = Math.max(span[1], e);
                }
            }
            return NodeFilter.FilterResult.CONTINUE;
        });
        out.removed(span[0], span[1], rule);
    }
}
