package org.dyad.events;

import static org.dyad.events.EventRecordTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.Test;

class MergeTest {
    private static final Evidence S1 = new Evidence(0, 40, "Blinken will visit Vietnam.");
    private static final Evidence S2 = new Evidence(41, 90, "His visit to Vietnam is set for Friday through Sunday.");

    @Test
    void twoMentionsOfOneVisitBecomeOneEventWithBothSentences() {
        List<EventRecord> out = Merge.merge(List.of(
                event(null, "USA", "e1", "PERSON", "VNM", "042", "planned", null, S1),
                event(null, "USA", "e1", "PERSON", "VNM", "042", "planned", "2023-04-14/2023-04-16", S2)));
        assertEquals(1, out.size());
        assertEquals("v1", out.get(0).id());
        assertEquals(List.of(S1, S2), out.get(0).evidence());
        assertEquals("2023-04-14/2023-04-16", out.get(0).date().value(), "the date a later mention gives is kept");
    }

    @Test
    void differentActionsStatusesDatesOrPeopleStayApart() {
        List<EventRecord> out = Merge.merge(List.of(
                event(null, "USA", "e1", "PERSON", "VNM", "042", "planned", null, S1),
                event(null, "USA", "e1", "PERSON", "VNM", "041", "planned", null, S2),
                event(null, "USA", "e1", "PERSON", "VNM", "042", "negated", null, S2),
                event(null, "USA", "e1", "PERSON", "VNM", "042", "planned", "2024", S2),
                event(null, "USA", "e2", "PERSON", "VNM", "042", "planned", null, S2)));
        assertEquals(4, out.size(), "only the undated planned visit by e1 merges");
        assertEquals(List.of("v1", "v2", "v3", "v4"), out.stream().map(EventRecord::id).toList());
    }

    @Test
    void happenedAndOngoingAreOneStatusForMerging() {
        assertEquals(1, Merge.merge(List.of(
                event(null, "USA", "e1", "PERSON", "VNM", "040", "happened", null, S1),
                event(null, "USA", "e1", "PERSON", "VNM", "040", "ongoing", null, S2))).size());
    }

    @Test
    void aMentionWithoutTargetJoinsTheSameSourcesEventThatHasOne() {
        List<EventRecord> out = Merge.merge(List.of(
                event(null, "USA", "e1", "PERSON", null, "042", "planned", null, S1),
                event(null, "USA", "e1", "PERSON", "VNM", "042", "planned", null, S2)));
        assertEquals(1, out.size());
        assertEquals("VNM", out.get(0).target().code());
    }
}
