package org.dyad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dyad.time.Tense.Orientation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeNormaliserTest {
    /** A Thursday. */
    private static final LocalDate THU = LocalDate.parse("2023-04-13");
    /** A Saturday. */
    private static final LocalDate SAT = LocalDate.parse("2023-04-15");

    private static String norm(String text, LocalDate pub, Orientation o) {
        return TimeNormaliser.normalise(text, null, pub, o, false).value();
    }

    @ParameterizedTest(name = "{0} ({2}, published {1}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Friday through Sunday | 2023-04-13 | FUTURE  | 2023-04-14/2023-04-16
            from Friday to Sunday | 2023-04-13 | FUTURE  | 2023-04-14/2023-04-16
            on Friday             | 2023-04-13 | FUTURE  | 2023-04-14
            on Thursday           | 2023-04-13 | FUTURE  | 2023-04-20
            on Saturday           | 2023-04-15 | PAST    | 2023-04-15
            on Tuesday            | 2023-04-15 | PAST    | 2023-04-11
            on Sunday             | 2023-04-15 | FUTURE  | 2023-04-16
            next Tuesday          | 2023-07-21 | UNKNOWN | 2023-07-25
            last month            | 2023-04-15 | PAST    | 2023-03
            last year             | 2023-04-15 | PAST    | 2022
            this year             | 2023-04-15 | UNKNOWN | 2023
            later this year       | 2023-04-13 | FUTURE  | 2023
            next week             | 2023-07-21 | FUTURE  | 2023-07-24/2023-07-30
            earlier this week     | 2023-04-15 | PAST    | 2023-04-10/2023-04-14
            in 2013               | 2023-04-13 | PAST    | 2013
            in July               | 2023-04-15 | FUTURE  | 2023-07
            in May                | 2023-04-13 | FUTURE  | 2023-05
            in March              | 2023-09-10 | PAST    | 2023-03
            in December 2022      | 2023-04-13 | PAST    | 2022-12
            mid-April             | 2023-05-17 | PAST    | 2023-04
            April 15, 2023        | 2023-09-10 | PAST    | 2023-04-15
            15 April 2023         | 2023-09-10 | PAST    | 2023-04-15
            on April 15           | 2023-04-13 | FUTURE  | 2023-04-15
            yesterday             | 2023-04-15 | PAST    | 2023-04-14
            two weeks ago         | 2023-04-15 | PAST    | 2023-04
            recent                | 2023-04-13 | UNKNOWN | <2023-04-13
            in the coming weeks and months | 2023-04-15 | FUTURE | 2023-04/2023-12
            """)
    void normalisesAgainstThePublicationDateAndTheClauseTense(String text, String pub, Orientation o, String want) {
        assertEquals(want, norm(text, LocalDate.parse(pub), o));
    }

    @Test
    void sinceRunsFromTheYearToThePublicationMonth() {
        assertEquals("2017/2023-04", TimeNormaliser.normalise("2017", null, THU, Orientation.PAST, true).value());
    }

    @Test
    void absoluteDatesNeedNoPublicationDateButRelativeOnesDo() {
        assertEquals("2013", norm("in 2013", null, Orientation.PAST));
        assertEquals("2023-04-15", norm("April 15, 2023", null, Orientation.PAST));
        assertNull(norm("last month", null, Orientation.PAST));
        assertEquals("no-publication-date", TimeNormaliser.normalise("on Friday", null, null, Orientation.FUTURE, false).rule());
    }

    @Test
    void aRangeOfWeekdaysWrapsIntoTheNextWeek() {
        assertEquals("2023-04-14/2023-04-17", norm("Friday through Monday", THU, Orientation.FUTURE));
    }

    @Test
    void durationsAndVagueExpressionsStayUnanchored() {
        assertNull(norm("six years", SAT, Orientation.PAST));
        assertNull(norm("the past decade", SAT, Orientation.PAST));
    }

    @Test
    void theTaggersValueIsUsedOnlyForAbsoluteFormsNoRuleCovers() {
        TimeNormaliser.Result r = TimeNormaliser.normalise("the summer of 2019", "2019-SU", SAT, Orientation.PAST, false);
        assertNull(r.value());
        r = TimeNormaliser.normalise("Christmas 2019", "2019-12-25", SAT, Orientation.PAST, false);
        assertEquals("2019-12-25", r.value());
        assertEquals("tagger", r.rule());
    }
}
