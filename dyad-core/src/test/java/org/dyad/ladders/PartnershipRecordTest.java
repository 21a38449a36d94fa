package org.dyad.ladders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dyad.output.FactIndex;
import org.dyad.output.FactKinds;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.Test;

class PartnershipRecordTest {
    static PartnershipRecord record(String type, String value, String asOf) {
        return new PartnershipRecord("a.txt", "p1", "VNM", "USA", "VNM", "VNM:CP", "comprehensive partnership", 3,
                "comprehensive partner", type, new PartnershipRecord.StatementDate("since July 2013", value), asOf,
                null, List.of("CHN"), null, "partnerships:named-rung/status", List.of(new Evidence(3, 9, "Hanoi.")));
    }

    @Test
    void roundTripsThroughJsonAsTheStoreReadsIt() throws Exception {
        PartnershipRecord r = record("in_force", "2013-07/2023-05-17", "2023-05-17");
        ObjectMapper write = new ObjectMapper();
        String json = write.writeValueAsString(r);
        assertTrue(json.startsWith("{\"doc\":\"a.txt\",\"kind\":\"partnership\",\"id\":\"p1\",\"owner\":\"VNM\""), json);
        assertTrue(json.contains("\"rung_name\":\"comprehensive partnership\"") && json.contains("\"as_of\":\"2023-05-17\""),
                json);
        ObjectMapper read = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        assertEquals(r, read.readValue(json, PartnershipRecord.class));
        assertEquals(PartnershipRecord.class, FactKinds.classOf("partnership").orElseThrow());
    }

    @Test
    void isIndexedByTheDayItWasMadeElseByThePeriod() {
        assertEquals(new FactIndex("VNM", "USA", "2023-05-17", "2023-05-17", "VNM:CP", "in_force"),
                record("in_force", "2013-07/2023-05-17", "2023-05-17").index());
        assertEquals(new FactIndex("VNM", "USA", "2013-07", "2023-05-17", "VNM:CP", "in_force"),
                record("in_force", "2013-07/2023-05-17", null).index());
        assertEquals(new FactIndex("VNM", "USA", null, "2023-09-10", "VNM:CP", "upgraded"),
                record("upgraded", "<2023-09-10", null).index());
    }

    @Test
    void refusesAnUnknownType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> record("ally", null, null));
        assertTrue(e.getMessage().contains("unknown partnership statement type \"ally\""), e.getMessage());
    }
}
