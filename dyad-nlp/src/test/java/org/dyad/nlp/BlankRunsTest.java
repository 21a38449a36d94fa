package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Long runs of one symbol are blanked before tokenizing, keeping every offset; ordinary text is left alone. */
class BlankRunsTest {
    @Test
    void aLongRunOfOneSymbolBecomesSpacesOfTheSameLength() {
        String text = "Vietnam " + "&".repeat(100_000) + " Japan met.";
        String out = CoreNlpStage.blankRuns(text);
        assertEquals(text.length(), out.length());
        assertEquals("Vietnam " + " ".repeat(100_000) + " Japan met.", out);
    }

    @Test
    void shortRunsWordsAndDashesUpToTheLimitAreKept() {
        String text = "Hanoi ... --- !!! " + "-".repeat(CoreNlpStage.MAX_SYMBOL_RUN - 1) + " " + "a".repeat(500)
                + " " + "1".repeat(200) + " " + "\n".repeat(100);
        assertSame(text, CoreNlpStage.blankRuns(text));
    }
}
