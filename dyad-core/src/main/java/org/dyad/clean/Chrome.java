package org.dyad.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides which elements of one page are chrome (navigation, banners, share buttons, comment sections...) by the
 * {@link Scope#HTML_DROP} selectors and the {@link Scope#HTML_WORD} words of their id and class. A word never makes
 * chrome of the page's {@code html}/{@code body}, of an element matching {@link Scope#HTML_CONTENT}, or of an element
 * holding at least half of the page's text (a layout wrapper such as {@code content-sidebar-wrap}). One instance
 * per page and thread.
 */
final class Chrome {
    /** Removed spans of chrome are recorded under this prefix and the rule id: {@code html-chrome:nav}. */
    static final String RULE_PREFIX = "html-chrome:";
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CASE_CHANGE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    private final PageRules rules;
    private final PageStats stats;
    private final int pageText;
    private final Map<Element, Boolean> inChrome = new IdentityHashMap<>();

    Chrome(PageRules rules, PageStats stats, Element body) {
        this.rules = rules;
        this.stats = stats;
        this.pageText = stats.text(body);
    }

    /** Never visible (a script, a style): dropped without a record. */
    boolean invisible(Element e) {
        return rules.first(Scope.HTML_SKIP, e) != null;
    }

    /** The id of the chrome rule {@code e} itself matches, or {@code null}. */
    String ruleFor(Element e) {
        Rule drop = rules.first(Scope.HTML_DROP, e);
        if (drop != null) {
            return drop.id();
        }
        if (e.nameIs("body") || e.nameIs("html") || (pageText > 0 && stats.text(e) * 2 >= pageText)
                || rules.first(Scope.HTML_CONTENT, e) != null) {
            return null;
        }
        List<String> words = words(e.id() + " " + e.className());
        for (Rule r : rules.rules().of(Scope.HTML_WORD)) {
            for (String w : words) {
                if (r.matches(w)) {
                    return r.id();
                }
            }
        }
        return null;
    }

    /** Whether {@code e} or one of its ancestors is invisible or chrome (remembered, so many calls stay linear). */
    boolean inChrome(Element e) {
        List<Element> unknown = new ArrayList<>();
        Boolean known = null;
        for (Element x = e; x != null && known == null; x = x.parent()) {
            known = inChrome.get(x);
            if (known == null) {
                unknown.add(x);
            }
        }
        boolean result = known != null && known;
        for (int i = unknown.size() - 1; i >= 0; i--) {
            Element x = unknown.get(i);
            result = result || invisible(x) || ruleFor(x) != null;
            inChrome.put(x, result);
        }
        return result;
    }

    /** The words of an id or class attribute: split at non-alphanumerics and case changes, lower-cased. */
    static List<String> words(String attribute) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATORS.split(attribute)) {
            for (String w : CASE_CHANGE.split(part)) {
                if (!w.isEmpty()) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
