package org.dyad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.model.Sentence;
import org.dyad.testkit.Tagged;
import org.dyad.time.Tense.Orientation;
import org.junit.jupiter.api.Test;

class TenseTest {
    @Test
    void aFutureClauseInsideReportedSpeechIsFuture() {
        // "Blinken will visit Hanoi on Friday , officials said ." — SUTime reads the past "said" and picks last Friday.
        Sentence s = new Tagged().sentence(
                "Blinken/NNP will/MD visit/VB Hanoi/NNP on/IN Friday/NNP ,/, officials/NNS said/VBD ./.",
                "8>2:ccomp", "2>0:nsubj", "2>1:aux", "2>3:obj", "5>4:case", "2>5:obl", "8>7:nsubj", "-1>8:root")
                .sentences().get(0);
        assertEquals(Orientation.FUTURE, Tense.of(s, 5));
        assertEquals(Orientation.PAST, Tense.of(s, 7));
    }

    @Test
    void scheduledEventsAreFuture() {
        // "The visit is set for Friday ."
        Sentence s = new Tagged().sentence("The/DT visit/NN is/VBZ set/VBN for/IN Friday/NNP ./.",
                "1>0:det", "3>1:nsubj:pass", "3>2:aux:pass", "-1>3:root", "5>4:case", "3>5:obl").sentences().get(0);
        assertEquals(Orientation.FUTURE, Tense.of(s, 5));
    }

    @Test
    void pastAndPresentClauses() {
        Sentence past = new Tagged().sentence("They/PRP met/VBD on/IN Saturday/NNP",
                "1>0:nsubj", "-1>1:root", "3>2:case", "1>3:obl").sentences().get(0);
        assertEquals(Orientation.PAST, Tense.of(past, 3));
        Sentence perfect = new Tagged().sentence("Ties/NNS have/VBP grown/VBN since/IN 2017/CD",
                "2>0:nsubj", "2>1:aux", "-1>2:root", "4>3:case", "2>4:obl").sentences().get(0);
        assertEquals(Orientation.PAST, Tense.of(perfect, 4));
    }

    @Test
    void anInfinitiveTakesTheOrientationOfTheVerbItComplements() {
        // "Washington plans to upgrade ties in September ."
        Sentence s = new Tagged().sentence("Washington/NNP plans/VBZ/O/plan to/TO upgrade/VB ties/NNS in/IN September/NNP",
                "1>0:nsubj", "-1>1:root", "3>2:mark", "1>3:xcomp", "3>4:obj", "6>5:case", "3>6:obl").sentences().get(0);
        assertEquals(Orientation.FUTURE, Tense.of(s, 6));
    }
}
