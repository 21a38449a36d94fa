package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.model.Source;
import org.dyad.nlp.Dyad;
import org.dyad.output.Extraction;
import org.dyad.read.ReadStage;
import org.junit.jupiter.api.Test;

/**
 * The event coder on sentences written for these tests, through the whole pipeline with the real models (loaded once
 * per JVM). The articles are dated Thursday 2023-04-13 unless a test says otherwise.
 */
class EventsIT {
    static final EventStage STAGE = new EventStage();
    static final Dyad DYAD = Dyad.create(ReadStage.DEFAULT_MAX_BYTES, List.of(STAGE), List.of(EventStage.EVENTS));

    static List<EventRecord> events(String text) throws Exception {
        Extraction x = DYAD.process(new Source("test.txt", text.getBytes(StandardCharsets.UTF_8),
                Map.of("published", "2023-04-13")));
        return x.facts(EventRecord.class);
    }

    static EventRecord only(String text) throws Exception {
        List<EventRecord> evs = events(text);
        assertEquals(1, evs.size(), () -> "one event expected in \"" + text + "\", got " + describe(evs));
        return evs.get(0);
    }

    static String describe(List<EventRecord> evs) {
        return evs.stream().map(e -> e.source().code() + "->" + (e.target() == null ? "-" : e.target().code()) + " "
                + e.cameo() + " " + e.status() + " " + e.rule()).collect(Collectors.joining("; ", "[", "]"));
    }

    static void pair(EventRecord e, String source, String target) {
        assertEquals(source, e.source().code(), "source");
        assertEquals(target, e.target() == null ? null : e.target().code(), "target");
    }

    // --- status -------------------------------------------------------------------------------------------------

    @Test
    void aPastVisitHappenedOnTheTuesdayBeforePublication() throws Exception {
        EventRecord e = only("Australia's foreign minister visited Indonesia on Tuesday.");
        pair(e, "AUS", "IDN");
        assertEquals("042", e.cameo());
        assertEquals("happened", e.status());
        assertEquals("2023-04-11", e.date().value());
        assertEquals("CONSULT", e.plover().category());
        assertEquals("visit", e.plover().mode());
        assertEquals("visit.make:visit-verb", e.rule());
    }

    @Test
    void talksBeingHeldAreOngoing() throws Exception {
        EventRecord e = only("India is holding talks with Japan this week.");
        pair(e, "IND", "JPN");
        assertEquals("040", e.cameo());
        assertEquals("ongoing", e.status());
    }

    @Test
    void aVisitThatWillHappenIsPlannedAndPloverCallsItAgree() throws Exception {
        EventRecord e = only("Germany's chancellor will visit Brazil next month.");
        pair(e, "DEU", "BRA");
        assertEquals("042", e.cameo());
        assertEquals("planned", e.status());
        assertEquals("aux:will", e.statusRule());
        assertEquals("2023-05", e.date().value());
        assertEquals("AGREE", e.plover().category(), "PLOVER codes an announced visit as an intent");
    }

    @Test
    void sanctionsThatCouldBeImposedAreHypothetical() throws Exception {
        EventRecord e = only("Canada could impose new sanctions on Iran.");
        pair(e, "CAN", "IRN");
        assertEquals("163", e.cameo());
        assertEquals("hypothetical", e.status());
        assertEquals("THREATEN", e.plover().category());
    }

    @Test
    void anAgreementThatWasNotSignedIsNegated() throws Exception {
        EventRecord e = only("France did not sign the agreement with Algeria.");
        pair(e, "FRA", "DZA");
        assertEquals("057", e.cameo());
        assertEquals("negated", e.status());
        assertEquals("REJECT", e.plover().category());
    }

    @Test
    void plansToSendTroopsArePlanned() throws Exception {
        EventRecord e = only("Kenya plans to send troops to Haiti.");
        pair(e, "KEN", "HTI");
        assertEquals("154", e.cameo());
        assertEquals("planned", e.status());
        assertEquals("gov:plan", e.statusRule());
    }

    @Test
    void hopingToSignADealIsNotSigningIt() throws Exception {
        EventRecord e = only("Vietnam hopes to sign a trade agreement with Canada.");
        assertEquals("057", e.cameo());
        assertEquals("hypothetical", e.status());
    }

    @Test
    void reportedSpeechKeepsTheStatusOfWhatWasReported() throws Exception {
        EventRecord e = only("The ministry said that Egypt had expelled two Turkish diplomats.");
        pair(e, "EGY", "TUR");
        assertEquals("166", e.cameo());
        assertEquals("happened", e.status());
        assertEquals("SANCTION", e.plover().category());
    }

    // --- dates --------------------------------------------------------------------------------------------------

    @Test
    void aVisitSetForFridayThroughSundayInAThursdayArticle() throws Exception {
        EventRecord e = only("The Indonesian president's visit to Malaysia is set for Friday through Sunday.");
        pair(e, "IDN", "MYS");
        assertEquals("planned", e.status());
        assertEquals("gov:set", e.statusRule());
        assertEquals("Friday through Sunday", e.date().text());
        assertEquals("2023-04-14/2023-04-16", e.date().value());
        assertEquals("2023-04-14", e.index().from());
        assertEquals("2023-04-16", e.index().to());
    }

    @Test
    void lastMonthIsTheMonthBeforePublication() throws Exception {
        EventRecord e = only("Chile signed a border agreement with Peru last month.");
        pair(e, "CHL", "PER");
        assertEquals("2023-03", e.date().value());
    }

    @Test
    void inAYear() throws Exception {
        EventRecord e = only("Vietnam established diplomatic relations with Singapore in 1973.");
        assertEquals("054", e.cameo());
        assertEquals("1973", e.date().value());
    }

    @Test
    void sinceAYearIsAnIntervalToPublication() throws Exception {
        EventRecord e = only("The United States has transferred three patrol boats to Vietnam since 2017.");
        pair(e, "USA", "VNM");
        assertEquals("072", e.cameo());
        assertTrue(e.date().value().startsWith("2017"), e.date().value());
        assertEquals("2017", e.index().from());
    }

    @Test
    void anEventWithoutADateInItsClauseIsUndated() throws Exception {
        EventRecord e = only("Pakistan condemned India's missile test.");
        assertNull(e.date());
    }

    // --- the no-fallback and place rules --------------------------------------------------------------------------

    @Test
    void twoCountriesAndNoEventVerbGiveNoEventAndAreCounted() throws Exception {
        long before = STAGE.counts().noPattern();
        assertEquals(List.of(), events("Vietnam and China share a long land border."));
        assertTrue(STAGE.counts().noPattern() > before, "the sentence is counted as having actors but no pattern");
    }

    @Test
    void aPlaceWhereOfficialsMetIsNotAnActor() throws Exception {
        assertEquals(List.of(), events("Officials met in Hanoi on Monday."));
        EventRecord e = only("American and Chinese officials met in Hanoi on Monday.");
        assertTrue(e.mutual());
        assertEquals(java.util.Set.of("USA", "CHN"), java.util.Set.of(e.source().code(), e.target().code()));
        assertNotNull(e.date());
    }

    @Test
    void aCapitalNamedAsADestinationStandsForTheHostButIsNeverTheSource() throws Exception {
        EventRecord e = only("The Thai prime minister travelled to Tokyo on Monday.");
        pair(e, "THA", "JPN");
        assertTrue(e.target().place(), "the target was named as a place");
    }

    // --- one event, several mentions ----------------------------------------------------------------------------

    @Test
    void theSameVisitMentionedTwiceIsOneEventWithTwoEvidenceSpans() throws Exception {
        List<EventRecord> evs = events("Egypt's foreign minister will visit Jordan on Sunday.\n\n"
                + "The Egyptian minister's visit to Jordan will focus on trade and water.");
        assertEquals(1, evs.size(), describe(evs));
        EventRecord e = evs.get(0);
        assertEquals("v1", e.id());
        assertEquals(2, e.evidence().size());
        assertEquals("2023-04-16", e.date().value());
    }

    // --- CAMEO and PLOVER ---------------------------------------------------------------------------------------

    @Test
    void criticismIsAccuseAndAidIsAid() throws Exception {
        EventRecord c = only("Pakistan condemned India's missile test.");
        pair(c, "PAK", "IND");
        assertEquals("111", c.cameo());
        assertEquals(-2.0, c.goldstein());
        assertEquals("ACCUSE", c.plover().category());
        EventRecord a = only("Norway sent humanitarian aid to Sudan.");
        pair(a, "NOR", "SDN");
        assertEquals("07", a.cameo().substring(0, 2));
        assertEquals("AID", a.plover().category());
    }

    @Test
    void evidenceSlicesTheOriginalInCodePoints() throws Exception {
        String text = "Résumé 🌏 note.\n\nPakistan condemned India's missile test.";
        EventRecord e = only(text);
        int s = text.offsetByCodePoints(0, e.sentence().start());
        int end = text.offsetByCodePoints(s, e.sentence().end() - e.sentence().start());
        assertEquals("Pakistan condemned India's missile test.", text.substring(s, end));
        assertEquals("condemned", e.trigger().text());
    }
}
