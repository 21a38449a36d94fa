package org.dyad.ladders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceHistoryTest {
    private static final ReferenceHistory H = ReferenceHistory.standard();

    /** Every partner of the project's Vietnam reference table (vietnam-partnerships.csv), as ISO codes. */
    private static final Set<String> VIETNAM_TABLE = Set.of("CHN", "RUS", "IND", "KOR", "USA", "JPN", "AUS", "FRA",
            "MYS", "NZL", "IDN", "SGP", "THA", "GBR", "EUR", "ESP", "DEU", "ITA", "PHL", "BRA", "CZE", "KAZ", "AZE",
            "BLR", "FIN", "BGR", "ZAF", "CHL", "VEN", "ARG", "UKR", "DNK", "MMR", "CAN", "HUN", "NLD", "BRN", "MNG",
            "ARE", "LAO", "KHM", "CUB");

    @Test
    void vietnamHasEveryPartnerOfTheReferenceTableWithASource() {
        Set<String> partners = H.of("VNM").stream().map(HistoryRecord::partner).collect(Collectors.toSet());
        assertEquals(VIETNAM_TABLE, partners);
        for (HistoryRecord r : H.of("VNM")) {
            assertTrue(r.source().startsWith("http"), r + " has no source URL");
        }
    }

    @Test
    void earlierLevelsAreKeptAsSteps() {
        List<String> usa = H.pair("USA", "VNM").stream().map(r -> r.date() + " " + r.event() + " " + r.rung()).toList();
        assertEquals(List.of("1995 normalized null", "2013-07-25 established VNM:CP", "2023-09-10 upgraded VNM:CSP"), usa);
        assertEquals(List.of("2009", "2015", "2018-03", "2024-03-07"), H.pair("AUS", "VNM").stream()
                .filter(r -> r.owner().equals("VNM")).map(HistoryRecord::date).toList());
    }

    @Test
    void recordsThatDisagreeAreKeptSideBySide() {
        List<HistoryRecord> japan = H.pair("JPN", "VNM").stream()
                .filter(r -> r.owner().equals("VNM") && "VNM:SP".equals(r.rung()) && r.datesArrival()).toList();
        assertEquals(List.of("2006", "2009"), japan.stream().map(HistoryRecord::date).toList());
        assertEquals(2, H.pair("CHN", "EUR").stream().filter(r -> r.owner().equals("EUR")).count(),
                "the EU-China partnership as strategic and as comprehensive strategic");
    }

    @Test
    void everyLadderBesidesVietnamHasAStart() {
        for (String owner : List.of("CHN", "IND", "IDN", "JPN", "AUS", "EUR", "USA")) {
            assertTrue(H.of(owner).size() >= 4, owner);
        }
    }

    @Test
    void knowsIsAboutEnteringARung() {
        assertTrue(H.knows("USA", "PHL", "USA:ALLY"));
        assertTrue(!H.knows("USA", "VNM", "USA:ALLY"));
    }
}
