package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dyad.output.FactIndex;
import org.dyad.output.FactKinds;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.Test;

class EventRecordTest {
    static EventRecord event(String id, String src, String srcEntity, String srcType, String tgt, String cameo,
                             String status, String date, Evidence ev) {
        EventRecord.Actor s = new EventRecord.Actor(src, srcType, "GOV", src + " name", srcEntity, src, false);
        EventRecord.Actor t = tgt == null ? null : new EventRecord.Actor(tgt, "COUNTRY", null, tgt, "e9", tgt, false);
        return new EventRecord("doc.txt", id, s, t, false, cameo, "label", 1.0,
                new EventRecord.Plover("CONSULT", "visit", null), 1.0, status, "test", date == null ? null
                : new EventRecord.When(date, date, "time:test"), ev, ev, "visit.make:visit-verb", List.of(ev));
    }

    @Test
    void theRecordIsTheClassFactKindsNamesAndRoundTripsThroughJson() throws Exception {
        assertEquals(EventRecord.class, FactKinds.classOf("event").orElseThrow());
        EventRecord e = event("v1", "USA", "e1", "PERSON", "VNM", "042", "planned", "2023-04-14/2023-04-16",
                new Evidence(3, 10, "visited"));
        ObjectMapper m = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        String json = m.writeValueAsString(e);
        assertTrue(json.contains("\"kind\":\"event\""), json);
        assertFalse(json.contains("index"), "the index is not part of the record");
        assertEquals(e, m.readValue(json, EventRecord.class));
    }

    @Test
    void theIndexHoldsThePairTheDateRangeThePloverCategoryAndTheStatus() {
        Evidence ev = new Evidence(0, 1, "x");
        assertEquals(new FactIndex("USA", "VNM", "2023-04-14", "2023-04-16", "CONSULT", "planned"),
                event("v1", "USA", "e1", "PERSON", "VNM", "042", "planned", "2023-04-14/2023-04-16", ev).index());
        FactIndex before = event("v1", "USA", "e1", "PERSON", "VNM", "041", "happened", "<2023-04-13", ev).index();
        assertNull(before.from());
        assertEquals("2023-04-13", before.to());
        FactIndex since = event("v1", "USA", "e1", "PERSON", null, "072", "happened", ">2017", ev).index();
        assertEquals("2017", since.from());
        assertNull(since.to());
        assertNull(since.b());
        assertNull(event("v1", "USA", "e1", "PERSON", "VNM", "042", "happened", null, ev).index().from());
    }
}
