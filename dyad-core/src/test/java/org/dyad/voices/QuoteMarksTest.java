package org.dyad.voices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteStage.marks(text).stream().map(m -> text.substring(m.begin(), m.end())).toList();
    }

    @Test
    void curlyAndStraightMarksArePaired() {
        assertEquals(List.of("Rain is likely,", "Not today."),
                quoted("\u201cRain is likely,\u201d said Ann Pell. She added: \"Not today.\""));
    }

    @Test
    void aQuoteLeftOpenAtAParagraphEndGoesOnInTheNextParagraph() {
        String text = "\u201cThe first part runs on.\n\n\u201cThe second part ends here,\u201d she said.";
        assertEquals(List.of("The first part runs on.", "The second part ends here,"), quoted(text));
    }

    @Test
    void anUnclosedMarkEndsAtItsParagraphWhenTheNextOneDoesNotOpenAQuote() {
        assertEquals(List.of(), quoted("He called it \u201ca plan\nThen nothing."));
    }

    @Test
    void theHeadlineIsFoundAtTheStartOfTheText() {
        String text = "Ministers \u201cready to talk\u201d\n\nThe ministers met on Monday.";
        assertEquals(text.indexOf("\n"), QuoteStage.headlineEnd(text, "Ministers \u201cready to talk\u201d"));
        assertEquals(0, QuoteStage.headlineEnd(text, null));
    }

    @Test
    void linesWithoutSentencePunctuationAreHeadingsNotSpeech() {
        String text = "Talks \u201cgoing well\u201d, envoy says\n\nThe envoy said talks were going well.";
        assertTrue(QuoteStage.unpunctuated(text, 3));
        assertFalse(QuoteStage.unpunctuated(text, text.indexOf("The envoy")));
    }

    @Test
    void emptyAndRandomTextsGiveWellFormedSpans() {
        assertEquals(List.of(), QuoteStage.marks(""));
        Random r = new Random(5);
        String alphabet = "ab \n\"\u201c\u201d.,";
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.nextInt(60); i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            for (QuoteStage.Marked m : QuoteStage.marks(t)) {
                assertTrue(0 <= m.begin() && m.begin() <= m.end() && m.end() <= t.length(), t);
            }
        }
    }
}
