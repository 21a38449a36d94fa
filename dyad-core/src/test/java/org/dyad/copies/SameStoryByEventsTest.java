package org.dyad.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.junit.jupiter.api.Test;

/** Same-story links between articles that report one event in other words (texts written for this test). */
class SameStoryByEventsTest {
    /** Another outlet's report of the meeting in {@link CopyTexts#SOURCE}: same people and facts, other words. */
    static final String OTHER_OUTLET = "Chile's top diplomat was in the Norwegian capital this week, where he and"
            + " his host decided that relations between the two nations deserve a comprehensive partnership. The"
            + " agreement names fisheries, clean energy and the protection of polar oceans as areas of work.\n\n"
            + " Norwegian investors are interested in lithium and green hydrogen in the South American country, a"
            + " spokesman said, and commerce is expected to grow from last year's level. Van Klaveren described"
            + " the Nordic nations as valued partners. A commission on science and education will begin its"
            + " work next year in Santiago, according to the Chilean foreign ministry.";

    private static Extraction article(String doc, String text) {
        ArticleRecord a = new ArticleRecord(doc, "sha-" + doc, "T", null, null, "2023-06-06", null, "en", "text",
                "UTF-8", "test", Map.of(), text, List.of(), List.of());
        return new Extraction(a, List.of(), List.of(), text);
    }

    private static List<CopyRecord> check(String text, CopyDetector.SharedEvents shared) {
        MemoryCopyIndex index = new MemoryCopyIndex();
        CopyDetector d = new CopyDetector(index, k -> Optional.empty(), shared);
        d.add("a", d.check("a", article("a.txt", CopyTexts.SOURCE)));
        return d.check("b", article("b.txt", text)).records();
    }

    @Test
    void anotherOutletsReportOfTheSameEventIsTheSameStory() {
        List<CopyRecord> rs = check(OTHER_OUTLET, (key, x) -> List.of("a"));
        assertEquals(1, rs.size());
        assertEquals("same-story", rs.get(0).type());
        assertEquals("copy.same-story:events", rs.get(0).rule());
    }

    @Test
    void withoutASharedEventTheRewriteSharesTooLittleWording() {
        assertEquals(List.of(), check(OTHER_OUTLET, CopyDetector.SharedEvents.NONE));
    }

    @Test
    void aSharedEventWithoutOverlappingContentIsNotOneStory() {
        assertEquals(List.of(), check(CopyTexts.NEGATIVE, (key, x) -> List.of("a", "b", "unknown")));
    }
}
