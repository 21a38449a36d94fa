package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.text.CleanText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {
    private static final String ARTICLE = "The two foreign ministers met for three hours and agreed to meet again in the autumn.";

    /** Cleans "ARTICLE, blank line, line" and returns the removed rules (checking the article stays). */
    private static List<String> rulesRemoving(String line) {
        CleanText c = CleanFixtures.text(ARTICLE + "\n\n" + line + "\n");
        CleanFixtures.assertInvariant(c);
        assertEquals(ARTICLE, c.text(), "for line: " + line);
        return c.removed().stream().map(CleanText.Removed::rule).toList();
    }

    private static void assertKept(String sentence) {
        CleanText c = CleanFixtures.text(ARTICLE + "\n\n" + sentence);
        assertEquals(ARTICLE + "\n\n" + sentence, c.text());
        assertEquals(List.of(), c.removed());
    }

    @Test
    void headerBlockAtTheStartIsRemoved() {
        String header = "title: Talks resume\noutlet: Example Times\nurl: https://example.org/a\n---\n";
        CleanText c = CleanFixtures.text(header + ARTICLE + "\n");
        assertEquals(ARTICLE, c.text());
        assertEquals(List.of(new CleanText.Removed(0, header.length() - 1, "header-block")), c.removed());
        assertEquals(header.length(), c.origStart(0));
    }

    @Test
    void headerBlockNeedsItsDashesAndTheVeryStart() {
        assertKept("title: Talks resume\noutlet: Example Times");
        String late = ARTICLE + "\n\ntitle: Talks resume\n---\n\nMore text.";
        assertEquals(late, CleanFixtures.text(late).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "En poursuivant la visite de ce site, vous acceptez l’utilisation de traceurs (cookies) pour la mesure d’audience.",
        "We use cookies to give you the best experience on our website. By continuing, you agree to our cookie policy.",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können. Mit der Nutzung stimmen Sie zu.",
        "Utilizamos cookies propias y de terceros. Si continúa navegando, consideramos que acepta su uso.",
        "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.",
        "By continuing to use this site you consent to our terms.",
        "Accept all cookies", "Cookie settings", "Tout accepter", "Alle akzeptieren", "Plus d’informations"})
    void cookieNoticesInAnyLanguageAreRemoved(String notice) {
        assertEquals(List.of("cookie-notice"), rulesRemoving(notice));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The ministry said cookies sold at the fair raised funds",
        "Regulators said the site had placed tracking cookies without consent, a practice the agency wants banned.",
        "Comments from the two capitals were cautious.",
        "Related talks on shipping lanes will resume in March.",
        "More from the ministry is expected on Friday.",
        "Share prices in both countries rose after the announcement.",
        "The advertisement campaign was paid for by the embassy, the minister said in a long interview."})
    void realSentencesMentioningBoilerplateWordsStay(String sentence) {
        assertKept(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Your email address will not be published. Required fields are marked *",
        "Name *", "Save my name, email, and website in this browser for the next time I comment.", "Post Comment"})
    void commentFormLinesAreRemoved(String line) {
        assertEquals(List.of("comment-form"), rulesRemoving(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Leave a Reply", "Be First to Comment", "12 Comments", "Laisser un commentaire"})
    void commentSectionHeadingRemovesEverythingAfterIt(String heading) {
        assertEquals(List.of("comment-form"), rulesRemoving(heading + "\n\nA reader: well, this is a long comment that "
                + "looks just like article text, with more than sixty characters.\n\nAnother reply."));
    }

    @Test
    void commentHeadingBeforeAnyArticleTextRemovesOnlyItself() {
        CleanText c = CleanFixtures.text("Leave a comment\n\n" + ARTICLE + "\n\nSecond paragraph.");
        assertEquals(ARTICLE + "\n\nSecond paragraph.", c.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Print Friendly, PDF & Email", "Share this:", "Share on Facebook", "Tweet",
        "Facebook Twitter WhatsApp Email", "Translate / Dịch", "Click to share on Twitter (Opens in new window)"})
    void printShareAndTranslateWidgetsAreRemoved(String line) {
        assertEquals(List.of("print-share-widget"), rulesRemoving(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"See also\u00A0 Ministers trade barbs over a dam", "READ MORE:\u00A0Why the talks stalled",
        "More from AmericasMore posts in Americas »", "Related: The charter at twelve", "Also read: Five facts",
        "Related stories", "Lire aussi : Le traité en cinq points"})
    void relatedLinksAreRemoved(String line) {
        assertEquals(List.of("related-link"), rulesRemoving(line));
    }

    @Test
    void adMarkersAreRemovedInlineAndAsLines() {
        CleanText c = CleanFixtures.text("[ad_1]\nFirst line. [ad_2] Second sentence.\nAdvertisement\nLast line.\n");
        assertEquals("First line. Second sentence.\nLast line.", c.text());
        assertEquals(List.of("ad-marker", "ad-marker", "ad-marker"),
                c.removed().stream().map(CleanText.Removed::rule).toList());
        CleanFixtures.assertInvariant(c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Source link", "Press \"Enter\" to skip to content", "Skip to content"})
    void sourceLinksAndSkipLinksAreRemoved(String line) {
        assertEquals(1, rulesRemoving(line).size());
    }

    @Test
    void repeatedCaptionLosesBothCopiesButARepeatedParagraphKeepsOne() {
        String caption = "Ministers pose for a photo in the garden of the residence. (photo: A. Writer / Agency)";
        CleanText c = CleanFixtures.text(caption + "\n\n" + caption + "\n\n" + ARTICLE + "\n\n" + ARTICLE + "\n");
        assertEquals(ARTICLE, c.text());
        assertEquals(List.of("repeated-caption", "repeated-paragraph"),
                c.removed().stream().map(CleanText.Removed::rule).toList());
        assertKept(caption);
    }

    @Test
    void noBreakSpaceBecomesASpaceOneCharForOne() {
        CleanText c = CleanFixtures.text("By\u00A0Gabriel");
        assertEquals("By Gabriel", c.text());
        assertEquals(2, c.origStart(2));
        assertEquals(3, c.origEnd(2));
    }

    @Test
    void blankLinesAreCollapsedAndTrimmed() {
        CleanText c = CleanFixtures.text("\n\n  \nOne.\n\n\n\nTwo.\nThree.\n\nShare this:\n\n\nFour.\n\n");
        assertEquals("One.\n\nTwo.\nThree.\n\nFour.", c.text());
        CleanFixtures.assertInvariant(c);
    }

    @Test
    void windowsLineEndingsAreKept() {
        CleanText c = CleanFixtures.text("One.\r\n\r\nTweet\r\n\r\nTwo.\r\n");
        assertEquals("One.\r\n\r\nTwo.", c.text());
    }

    @Test
    void emptyInputGivesEmptyText() {
        assertEquals("", CleanFixtures.text("").text());
        assertEquals("", CleanFixtures.text("\n\n").text());
        assertTrue(CleanFixtures.text("Tweet").removed().size() == 1);
    }
}
