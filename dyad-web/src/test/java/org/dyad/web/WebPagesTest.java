package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.store.SearchHit;
import org.junit.jupiter.api.Test;

/** The HTML helpers: escaping, links, highlights and snippets never let article text become markup. */
class WebPagesTest {
    @Test
    void escapingCoversTextAndAttributes() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Layout.esc("<script>alert('x')</script> & \"q\""));
        assertEquals("", Layout.esc(null));
    }

    @Test
    void onlyHttpAddressesBecomeLinks() {
        assertTrue(Layout.externalLink("https://example.org/a?b=1&c=2", "x").startsWith(
                "<a href=\"https://example.org/a?b=1&amp;c=2\""));
        assertEquals("javascript:alert(1)", Layout.externalLink("javascript:alert(1)", "javascript:alert(1)"));
        assertEquals("&quot; onmouseover=&quot;x", Layout.externalLink("http://a\" onmouseover=\"x",
                "\" onmouseover=\"x"));
    }

    @Test
    void highlightedTextIsEscapedInsideAndOutsideTheMarks() {
        String text = "Before <b>bold</b>.\n\nAfter <img src=x onerror=alert(1)>.";
        String html = Highlights.render(text, List.of());
        assertFalse(html.contains("<b>") || html.contains("<img"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("</p><p>"), "paragraphs are kept");
    }

    @Test
    void snippetsMarkOnlyBalancedTerms() {
        String item = ListPages.articleItem(new SearchHit(3, "k", "<i>t</i>", null, "a [Hanoi] b ]<script>[", 1));
        assertTrue(item.contains("<mark>Hanoi</mark>"));
        assertTrue(item.contains("&lt;script&gt;") && item.contains("&lt;i&gt;t&lt;/i&gt;"));
        assertFalse(item.contains("<script>"));
    }

    @Test
    void codePointsAreMappedToCharIndices() {
        String s = "a\uD83D\uDE00b";
        assertEquals(3, Highlights.charIndex(s, 2));
        assertEquals(-1, Highlights.charIndex(s, 9));
    }
}
