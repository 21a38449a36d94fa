package org.dyad.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * How much visible text (non-white-space chars) each element of a page holds: in all, inside {@code <p>}s, and in
 * its own {@code <p>} children. Computed in one iterative pass, so pages nested thousands deep are fine.
 */
final class PageStats {
    private static final int TEXT = 0;
    private static final int PARAGRAPHS = 1;
    private static final int OWN_PARAGRAPHS = 2;

    private final Map<Element, int[]> stats = new IdentityHashMap<>();
    private final List<Element> elements = new ArrayList<>();

    static PageStats of(Element root, PageRules rules) {
        PageStats p = new PageStats();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (node != root && rules.first(Scope.HTML_SKIP, e) != null) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    p.stats.put(e, new int[3]);
                    p.elements.add(e);
                } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    p.add(parent, TEXT, visible(t.getWholeText()));
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && node != root && e.parent() != null) {
                    int[] s = p.stats.get(e);
                    p.add(e.parent(), TEXT, s[TEXT]);
                    boolean para = e.nameIs("p");
                    p.add(e.parent(), PARAGRAPHS, para ? s[TEXT] : s[PARAGRAPHS]);
                    p.add(e.parent(), OWN_PARAGRAPHS, para ? s[TEXT] : 0);
                }
                return FilterResult.CONTINUE;
            }
        });
        return p;
    }

    private void add(Element e, int which, int n) {
        int[] s = stats.get(e);
        if (s != null) {
            s[which] += n;
        }
    }

    static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0' ? 0 : 1;
        }
        return n;
    }

    /** Whether the element was counted (it is not inside an invisible element). */
    boolean has(Element e) {
        return stats.containsKey(e);
    }

    int text(Element e) {
        return get(e, TEXT);
    }

    int paragraphs(Element e) {
        return get(e, PARAGRAPHS);
    }

    int ownParagraphs(Element e) {
        return get(e, OWN_PARAGRAPHS);
    }

    private int get(Element e, int which) {
        int[] s = stats.get(e);
        return s == null ? 0 : s[which];
    }

    /** The counted elements in document order. */
    List<Element> elements() {
        return elements;
    }
}
