package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.text.CleanText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {
    private static final String P1 = "<p>The two delegations met in the capital on Monday and signed a short memorandum.</p>";
    private static final String P2 = "<p>A second round of talks is planned for the spring, officials said afterwards.</p>";
    private static final String T1 = "The two delegations met in the capital on Monday and signed a short memorandum.";
    private static final String T2 = "A second round of talks is planned for the spring, officials said afterwards.";

    private static CleanText clean(String html) {
        CleanText c = CleanFixtures.html(html);
        CleanFixtures.assertInvariant(c);
        return c;
    }

    private static List<String> rules(CleanText c) {
        return c.removed().stream().map(CleanText.Removed::rule).toList();
    }

    @Test
    void articleElementIsTheContent() {
        CleanText c = clean("<body><div class=teaser><p>Short teaser.</p></div><article>" + P1 + P2 + "</article></body>");
        assertEquals(T1 + "\n\n" + T2, c.text());
        assertEquals(List.of(Outside.RULE), rules(c));
    }

    @Test
    void amongSeveralArticlesTheOneWithMostParagraphTextWins() {
        CleanText c = clean("<body><article><p>Teaser one.</p></article><article>" + P1 + P2
                + "</article><article><p>Teaser two.</p></article></body>");
        assertEquals(T1 + "\n\n" + T2, c.text());
    }

    @Test
    void microdataAndClassSelectorsFindTheBody() {
        assertEquals(T1, clean("<body><div>Menu</div><div itemprop=articleBody>" + P1 + "</div></body>").text());
        assertEquals(T1, clean("<body><div>Menu</div><div class=entry-content>" + P1 + "</div></body>").text());
        assertEquals(T1, clean("<body><div>Menu</div><main>" + P1 + "</main><div>Footer text</div></body>").text());
    }

    @Test
    void withoutContentElementsTheBiggestParagraphBlockWins() {
        CleanText c = clean("<body><div><p>Short.</p></div><div class=x>" + P1 + P2 + "</div><div><p>Other.</p></div></body>");
        assertEquals(T1 + "\n\n" + T2, c.text());
    }

    @Test
    void headlineOutsideTheArticleComesFirst() {
        CleanText c = clean("<body><header><nav>Home</nav><h1>Site name</h1></header><div class=top><h1>Talks resume"
                + "</h1></div><article>" + P1 + "</article></body>");
        assertEquals("Talks resume\n\n" + T1, c.text());
    }

    @Test
    void chromeIsDroppedAndRecordedWithItsRule() {
        CleanText c = clean("<body><article>" + P1 + "<nav>Home World</nav><div id=cookie-notice>We use cookies.</div>"
                + "<div class='social-share'>Share</div><div class='ad-slot'>Buy now</div><div class=adSlot>Buy</div>"
                + "<div class=shadow><p>Shadowed text stays.</p></div>" + P2 + "</article></body>");
        assertEquals(T1 + "\n\nShadowed text stays.\n\n" + T2, c.text());
        assertEquals(List.of("html-chrome:nav", "html-chrome:cookie", "html-chrome:share", "html-chrome:advert"),
                rules(c));
    }

    @Test
    void layoutWrappersWithChromeWordsAreNotChrome() {
        CleanText c = clean("<body class='tag-social'><div class='content-sidebar-wrap'><div class=entry-content>" + P1
                + P2 + "</div><div class=sidebar><p>Widget.</p></div></div></body>");
        assertEquals(T1 + "\n\n" + T2, c.text());
        assertEquals(List.of("html-chrome:sidebar"), rules(c));
    }

    @Test
    void textRulesApplyToParagraphsInsideTheArticle() {
        CleanText c = clean("<article>" + P1 + "<p>See also: <a href=/x>An older story</a></p>" + P2 + "</article>");
        assertEquals(T1 + "\n\n" + T2, c.text());
        assertEquals(List.of("related-link"), rules(c));
    }

    @Test
    void entitiesMapToTheirWholeRange() {
        String html = "<p>A&amp;B&rsquo;s&nbsp;deal&#8212;now</p>";
        CleanText c = clean(html);
        assertEquals("A&B’s deal—now", c.text());
        assertEquals("&amp;", html.substring(c.origStart(1), c.origEnd(1)));
        assertEquals("&rsquo;", html.substring(c.origStart(3), c.origEnd(3)));
        assertEquals("&nbsp;", html.substring(c.origStart(5), c.origEnd(5)));
        assertEquals("&#8212;", html.substring(c.origStart(10), c.origEnd(10)));
    }

    @Test
    void whiteSpaceRunsCollapseToTheirFirstChar() {
        String html = "<p>one \n\t two</p>";
        CleanText c = clean(html);
        assertEquals("one two", c.text());
        assertEquals(6, c.origStart(3));
        assertEquals(7, c.origEnd(3));
    }

    @Test
    void blocksAndBreaksAreSeparatedByABlankLineInsertedAtTheBoundary() {
        String html = "<div>one<br>two</div><p>three</p>";
        CleanText c = clean(html);
        assertEquals("one\n\ntwo\n\nthree", c.text());
        assertEquals(html.indexOf("<br>"), c.origStart(3));
        assertEquals(c.origStart(3), c.origEnd(3));
        assertEquals(html.indexOf("<p>"), c.origStart(8));
    }

    @Test
    void scriptsAndHeadAreDroppedWithoutARecord() {
        CleanText c = clean("<html><head><title>T</title><script>x()</script></head><body><article>" + P1
                + "<script>var a = '<p>no</p>';</script><style>p{}</style></article></body></html>");
        assertEquals(T1, c.text());
        assertEquals(List.of(), c.removed());
    }

    @Test
    void tenThousandNestedDivsKeepTheTextAtTheBottom() {
        String html = "<div>".repeat(10_000) + "Deep text at the bottom." + "</div>".repeat(10_000);
        CleanText c = clean(html);
        assertEquals("Deep text at the bottom.", c.text());
        String withParagraphs = "<div class=wrap>".repeat(10_000) + P1 + "</div>".repeat(10_000);
        assertEquals(T1, clean(withParagraphs).text());
    }

    @Test
    void treesReallyTenThousandDeepAreWalkedWithoutRecursion() {
        String html = "<div class=x>".repeat(10_000) + P1 + "<nav>Menu</nav>" + "</div>".repeat(10_000);
        Document deep = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true).setMaxDepth(100_000));
        CleanText c = new HtmlCleaner(BoilerplateRules.defaults()).clean(html, deep);
        assertEquals(T1, c.text());
        assertEquals(List.of("html-chrome:nav"), rules(c));
    }

    @Test
    void emptyAndTextlessPagesGiveEmptyText() {
        assertEquals("", clean("").text());
        assertEquals("", clean("<html><head><title>Only a title</title></head><body></body></html>").text());
        assertTrue(clean("<body><nav>Home</nav></body>").text().isEmpty());
    }
}
