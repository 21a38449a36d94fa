package org.dyad.voices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.ladders.HistoryRecord;
import org.dyad.ladders.LadderHistory;
import org.dyad.ladders.Ladders;
import org.dyad.ladders.ReferenceHistory;
import org.junit.jupiter.api.Test;

/** Resolution on a hand-made ladder history: Freedonia (USA here) moves up Vietnam's ladder on 2023-09-10. */
class ForecastResolverTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final ForecastResolver RESOLVER = ForecastResolver.of(new LadderHistory(Ladders.standard(),
            ReferenceHistory.of(List.of(
                    new HistoryRecord("VNM", "USA", "VNM:CP", "2013-07-25", "established", "https://example.org/a",
                            "verified", null, 1),
                    new HistoryRecord("VNM", "USA", "VNM:CSP", "2023-09-10", "upgraded", "https://example.org/b",
                            "verified", null, 2))), null), null);

    private static ForecastRecord forecast(String outcome, String hedge, String made, String by, String kind) {
        return new ForecastRecord("t.txt", "f1", new QuoteRecord.Speaker("e1", "Ann Pell", null, "USA", null, "name"),
                "q1", new ForecastRecord.Subject(kind, "USA", "VNM", null, null, "upgrade"), outcome, hedge, "x",
                by == null ? null : new ForecastRecord.Horizon("this year", by.substring(0, 4), by), made, "claim",
                "forecasts:quote", List.of());
    }

    @Test
    void anUpgradeCalledUnlikelyThisYearIsWrongWhenItCameInSeptember() {
        var r = RESOLVER.resolve(forecast(ForecastRecord.DOES_NOT_HAPPEN, "likely", "2023-04-13", "2023-12-31",
                "upgrade"), TODAY);
        assertEquals(ForecastResolver.WRONG, r.verdict());
        assertEquals("2023-09-10", r.outcome().date());
        assertEquals("https://example.org/b", r.outcome().source());
    }

    @Test
    void anUpgradeHopedForThisYearIsRight() {
        var r = RESOLVER.resolve(forecast(ForecastRecord.HAPPENS, "hoped", "2023-04-15", "2023-12-31", "upgrade"),
                TODAY);
        assertEquals(ForecastResolver.RIGHT, r.verdict());
    }

    @Test
    void anUpgradeExpectedByJuneIsPartlyRightWhenItCameLater() {
        var r = RESOLVER.resolve(forecast(ForecastRecord.HAPPENS, "likely", "2023-04-15", "2023-06-30", "upgrade"),
                TODAY);
        assertEquals(ForecastResolver.PARTLY, r.verdict());
    }

    @Test
    void aForecastWhoseHorizonHasNotPassedStaysOpen() {
        var r = RESOLVER.resolve(forecast(ForecastRecord.HAPPENS, "likely", "2023-04-15", "2023-12-31", "upgrade"),
                LocalDate.of(2023, 6, 1));
        assertEquals(ForecastResolver.OPEN, r.verdict());
    }

    @Test
    void anUpgradeThatNeverCameMakesTheHopeWrongAndTheDoubtRightOnceTheHorizonPassed() {
        assertEquals(ForecastResolver.WRONG, RESOLVER.resolve(forecast(ForecastRecord.HAPPENS, "likely",
                "2024-01-10", "2024-03-31", "upgrade"), TODAY).verdict());
        assertEquals(ForecastResolver.RIGHT, RESOLVER.resolve(forecast(ForecastRecord.DOES_NOT_HAPPEN, "likely",
                "2024-01-10", "2024-03-31", "upgrade"), TODAY).verdict());
    }

    @Test
    void aForecastWithoutHorizonIsHeldToAYear() {
        var r = RESOLVER.resolve(forecast(ForecastRecord.DOES_NOT_HAPPEN, "likely", "2023-04-13", null, "upgrade"),
                TODAY);
        assertEquals(ForecastResolver.WRONG, r.verdict());
        assertEquals("2024-04-13", r.deadline());
    }

    @Test
    void otherSubjectsStayOpen() {
        assertEquals(ForecastResolver.OPEN, RESOLVER.resolve(forecast(ForecastRecord.HAPPENS, "certain",
                "2023-04-13", "2023-12-31", "other"), TODAY).verdict());
    }
}
