package org.dyad.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassifierTest {
    private static Optional<CopyType> type(String a, String b) {
        return Classifier.classify(Signature.of(a), Signature.of(b)).map(Classifier.Match::type);
    }

    @Test
    void eachCopyIsRecognisedAsItsType() {
        assertEquals(Optional.of(CopyType.EXACT), type(CopyTexts.SOURCE, CopyTexts.EXACT));
        assertEquals(Optional.of(CopyType.NEAR), type(CopyTexts.SOURCE, CopyTexts.NEAR));
        assertEquals(Optional.of(CopyType.SPUN), type(CopyTexts.SOURCE, CopyTexts.SPUN));
        assertEquals(Optional.of(CopyType.TRANSLATED), type(CopyTexts.SOURCE, CopyTexts.TRANSLATED));
    }

    @Test
    void classificationIsSymmetric() {
        for (String copy : new String[] {CopyTexts.EXACT, CopyTexts.NEAR, CopyTexts.SPUN, CopyTexts.TRANSLATED}) {
            assertEquals(type(CopyTexts.SOURCE, copy), type(copy, CopyTexts.SOURCE));
        }
    }

    @Test
    void anArticleOnTheSameTopicIsNotACopy() {
        assertEquals(Optional.empty(), type(CopyTexts.SOURCE, CopyTexts.NEGATIVE));
        assertEquals(Optional.empty(), type(CopyTexts.SPUN, CopyTexts.NEGATIVE));
    }

    @Test
    void scoresAreInRangeAndExactScoresOne() {
        assertEquals(1.0, Classifier.classify(Signature.of(CopyTexts.SOURCE), Signature.of(CopyTexts.EXACT))
                .orElseThrow().score());
        double spun = Classifier.classify(Signature.of(CopyTexts.SOURCE), Signature.of(CopyTexts.SPUN))
                .orElseThrow().score();
        assertTrue(spun >= Classifier.SPUN && spun < 1, "spun score " + spun);
    }

    @Test
    void textsTooShortToTellAreNeverCopies() {
        assertEquals(Optional.empty(), type("Norway and Chile met.", "Norway and Chile met."));
        assertEquals(Optional.empty(), type("", ""));
    }

    @Test
    void copyTypesRoundTripTheirLabels() {
        for (CopyType t : CopyType.values()) {
            assertEquals(t, CopyType.of(t.label()));
        }
    }
}
