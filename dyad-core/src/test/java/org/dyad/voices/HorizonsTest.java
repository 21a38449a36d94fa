package org.dyad.voices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HorizonsTest {

    @Test
    void theLastDayOfAYearMonthDayAndInterval() {
        assertEquals("2023-12-31", Horizons.lastDay("2023"));
        assertEquals("2024-02-29", Horizons.lastDay("2024-02"));
        assertEquals("2023-09-10", Horizons.lastDay("2023-09-10"));
        assertEquals("2023-12-31", Horizons.lastDay("2023-04/2023-12"));
        assertEquals("2023-04-12", Horizons.lastDay("<2023-04-13"));
        assertNull(Horizons.lastDay(">2017"));
        assertNull(Horizons.lastDay(null));
        assertNull(Horizons.lastDay("soon"));
    }

    @Test
    void beforeAYearEndsOnTheLastDayOfThePreviousOne() {
        assertEquals("2023-12-31", Horizons.dayBefore("2024"));
        assertEquals("2023-06-30", Horizons.dayBefore("2023-07"));
    }

    @Test
    void theComingWeeksAndMonthsRunToTheEndOfTheYear() {
        ForecastRecord.Horizon h = Horizons.phrase("It could happen in the coming weeks and months.",
                LocalDate.of(2023, 4, 15));
        assertEquals("coming weeks and months", h.text());
        assertEquals("2023-12-31", h.by());
    }

    @Test
    void anytimeSoonHasNoDate() {
        ForecastRecord.Horizon h = Horizons.phrase("Few expect a deal anytime soon.", LocalDate.of(2023, 4, 15));
        assertEquals("anytime soon", h.text());
        assertNull(h.by());
        assertNull(Horizons.phrase("Nothing about time here.", LocalDate.of(2023, 4, 15)));
    }

    @Test
    void beforeASeasonEndsTheDayBeforeItBeginsAndByASeasonAtItsEnd() {
        LocalDate march = LocalDate.of(2023, 3, 30);
        assertEquals("2023-08-31", Horizons.phrase("A visit before the autumn would surprise her.", march).by());
        assertEquals("2023-11-30", Horizons.phrase("They may sign by the fall.", march).by());
        assertEquals("2024-08-31", Horizons.phrase("Talks could end by the summer of 2024.", march).by());
        assertEquals("2024-02-29", Horizons.phrase("A deal could come in the winter.", LocalDate.of(2023, 3, 30)).by());
        assertEquals("2024-11-30", Horizons.phrase("Maybe in the autumn.", LocalDate.of(2023, 12, 5)).by(),
                "after this year's autumn, the next one");
    }
}
