package org.dyad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.model.MetaValue;
import org.dyad.pipeline.Doc;
import org.dyad.testkit.Tagged;
import org.dyad.text.CleanText;
import org.junit.jupiter.api.Test;

/** Time expressions found by their words (no tagger's DATE tags) and normalised, on hand-tagged sentences. */
class TimeStageTest {
    private static List<String> times(String published, Tagged t) {
        Doc doc = new Doc("t.txt");
        doc.put(Layers.CLEAN, CleanText.identity(t.text()));
        doc.put(Layers.SENTENCES, t.sentences());
        doc.put(Layers.META, new ArticleMeta(Map.of("published", new MetaValue(published, "flag", null))));
        new TimeStage().process(doc);
        return doc.get(Layers.TIMES).stream().map(x -> x.text() + "=" + x.value()).toList();
    }

    @Test
    void findsDatesByTheirWordsAndNormalisesThem() {
        Tagged t = new Tagged()
                .sentence("In/IN mid-April/NNP ,/, Blinken/NNP came/VBD to/TO Hanoi/NNP ./.")
                .sentence("They/PRP spoke/VBD on/IN April/NNP 15/CD ,/, 2023/CD and/CC again/RB last/JJ month/NN ./.")
                .sentence("Ties/NNS were/VBD set/VBN up/RP in/IN 2013/CD ,/, two/CD weeks/NNS ago/RB he/PRP said/VBD ./.");
        assertEquals(List.of("mid-April=2023-04", "April 15 , 2023=2023-04-15", "last month=2023-06", "2013=2013",
                "two weeks ago=2023-07"), times("2023-07-21", t));
    }

    @Test
    void aWeekdayRangeInAFutureClause() {
        Tagged t = new Tagged().sentence("The/DT visit/NN is/VBZ set/VBN for/IN Friday/NNP through/IN Sunday/NNP ./.",
                "1>0:det", "3>1:nsubj:pass", "3>2:aux:pass", "-1>3:root", "5>4:case", "3>5:obl", "7>6:case",
                "5>7:nmod", "3>8:punct");
        assertEquals(List.of("Friday through Sunday=2023-04-14/2023-04-16"), times("2023-04-13", t));
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreNot() {
        Tagged t = new Tagged()
                .sentence("Officials/NNS may/MD march/VB on/IN Sunday/NNP ./.")
                .sentence("Hanoi/NNP has/VBZ 17/CD strategic/JJ partners/NNS and/CC 2,000/CD troops/NNS ./.");
        List<String> got = times("2023-04-13", t);
        assertEquals(1, got.size(), got.toString());
        assertEquals("Sunday", got.get(0).substring(0, got.get(0).indexOf('=')));
    }

    @Test
    void theTaggersRunsStillCount() {
        Tagged t = new Tagged().sentence("Talks/NNS resumed/VBD in/IN the/DT spring/NN/DATE ./.");
        assertEquals(List.of("spring=null"), times("2023-07-21", t));
    }
}
