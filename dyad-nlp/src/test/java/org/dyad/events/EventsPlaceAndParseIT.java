package org.dyad.events;

import static org.dyad.events.EventsIT.only;
import static org.dyad.events.EventsIT.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Region names, support verbs and the patterns added with them, on sentences written for these tests, through the
 * whole pipeline with the real models.
 */
class EventsPlaceAndParseIT {

    /** The one event of {@code text}, checked for its actors and CAMEO code. */
    private static EventRecord coded(String text, String source, String target, String cameo) throws Exception {
        EventRecord e = only(text);
        pair(e, source, target);
        assertEquals(cameo, e.cameo(), "CAMEO code");
        return e;
    }

    @Test
    void aCompassWordAndACountryAreAPlaceInThatCountry() throws Exception {
        coded("Turkish jets bombed northern Iraq on Tuesday.", "TUR", "IRQ", "195");
    }

    @Test
    void aStateOfSiegeIsAStateOfEmergency() throws Exception {
        assertEquals("coerce.restrict:martial-law",
                coded("Bolivia's government declared a state of siege in La Paz.", "BOL", "BOL", "1724").rule());
    }

    @Test
    void theAddresseeOfANounEventMayHangOnItsSupportVerb() throws Exception {
        coded("Germany issued a stern warning on Monday to Iran that it must free the sailors.", "DEU", "IRN", "100");
    }
}
