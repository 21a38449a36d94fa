package org.dyad.clean;

import java.util.Set;
import org.dyad.text.CleanText;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Appends the visible text of an element's subtree to a draft, mapped to the original: entities decode to chars
 * standing for the whole entity, a run of white space (NBSP included) becomes one space standing for its first char,
 * and block elements are separated by a blank line inserted where the block boundary is. Inside {@code <pre>}, a
 * white-space run holding a line break becomes that line break. Chrome inside the subtree
 * is dropped and recorded as {@code html-chrome:<id>}. Iterative, so any nesting depth is fine. One instance per
 * page.
 */
final class HtmlText implements NodeFilter {
    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "br",
            "tr", "section", "article", "figure", "figcaption", "pre", "dd", "dt", "td", "th", "ul", "ol", "dl",
            "table", "caption", "header", "footer", "main", "nav", "aside", "hr", "address", "details", "summary",
            "fieldset", "legend", "center", "form", "hgroup", "body", "html");
    /** Elements whose text is raw: entities in them are not decoded. */
    private static final Set<String> RAW = Set.of("xmp", "plaintext", "noembed", "noframes");

    private final String original;
    private final CleanText.Builder out;
    private final Chrome chrome;
    private Node root;
    private int boundaryAt = -1;
    private int spaceFrom = -1;
    private int spaceTo = -1;
    private char spaceChar = ' ';
    private int preDepth;
    private int lastEnd;

    HtmlText(String original, CleanText.Builder out, Chrome chrome) {
        this.original = original;
        this.out = out;
        this.chrome = chrome;
    }

    /** Appends the text of {@code element} and its descendants (the element itself is never treated as chrome). */
    void emit(Element element) {
        root = element;
        element.filter(this);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof Element e) {
            edge(e, true);
            if (node != root && chrome.invisible(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String rule = node == root ? null : chrome.ruleFor(e);
            if (rule != null) {
                Visible.recordRemoved(e, Chrome.RULE_PREFIX + rule, original, chrome, out);
                return FilterResult.SKIP_ENTIRELY;
            }
            preDepth += e.nameIs("pre") ? 1 : 0;
        } else if (node instanceof TextNode t) {
            text(t);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            edge(e, false);
            preDepth -= e.nameIs("pre") ? 1 : 0;
        }
        return FilterResult.CONTINUE;
    }

    private void edge(Element e, boolean start) {
        if (!BLOCKS.contains(e.normalName()) || out.length() == 0) {
            return;
        }
        Range r = start ? e.sourceRange() : e.endSourceRange();
        int pos = r.isTracked() ? (start ? r.startPos() : r.endPos()) : -1;
        if (boundaryAt < 0) {
            boundaryAt = pos >= 0 && pos <= original.length() ? pos : lastEnd;
        }
        spaceFrom = -1;
    }

    private void text(TextNode t) {
        Range r = t.sourceRange();
        if (!r.isTracked() || r.startPos() < 0 || r.endPos() > original.length()) {
            return;
        }
        int s = r.startPos();
        int e = r.endPos();
        if (t instanceof CDataNode && e - s >= 12 && original.startsWith("<![CDATA[", s)
                && original.startsWith("]]>", e - 3)) {
            s += 9;
            e -= 3;
        }
        Element parent = t.parent();
        boolean decode = parent == null || !RAW.contains(parent.normalName());
        for (int i = s; i < e;) {
            Entity.Decoded d = decode && original.charAt(i) == '&' ? Entity.at(original, i, e) : null;
            if (d == null) {
                put(original.charAt(i), i, i + 1);
                i++;
            } else {
                for (int k = 0; k < d.text().length(); k++) {
                    put(d.text().charAt(k), i, i + d.length());
                }
                i += d.length();
            }
        }
    }

    private void put(char c, int from, int to) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0') {
            boolean newline = c == '\n' && preDepth > 0;
            if (out.length() > 0 && boundaryAt < 0 && (spaceFrom < 0 || newline && spaceChar != '\n')) {
                spaceFrom = from;
                spaceTo = to;
                spaceChar = newline ? '\n' : ' ';
            }
            return;
        }
        if (boundaryAt >= 0) {
            out.insert("\n\n", boundaryAt);
            boundaryAt = -1;
        } else if (spaceFrom >= 0) {
            out.append(spaceChar, spaceFrom, spaceTo);
        }
        spaceFrom = -1;
        out.append(c, from, to);
        lastEnd = to;
    }
}
