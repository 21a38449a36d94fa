package org.dyad.voices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.model.Source;
import org.dyad.nlp.Dyad;
import org.dyad.output.Extraction;
import org.dyad.read.ReadStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotes and forecasts on an article written for these tests, through the whole pipeline with the real models
 * (loaded once per JVM). The article is dated Thursday 2023-04-13.
 */
class VoicesIT {
    static final Dyad DYAD = Dyad.create(ReadStage.DEFAULT_MAX_BYTES, List.of(new QuoteStage(), new ForecastStage()),
            List.of(QuoteStage.QUOTES, ForecastStage.FORECASTS));

    static final String ARTICLE = String.join("\n",
            "title: Envoy hails \u201cnew chapter\u201d in ties",
            "---",
            "Envoy hails \u201cnew chapter\u201d in ties",
            "",
            "\u201cThe talks went well and both sides want more,\u201d said Mara Quist, a senior fellow at the Oslo "
                    + "Institute for Peace Research.",
            "",
            "Quist said the two governments would meet again in May.",
            "",
            "\u201cWe are patient people,\u201d she said. \u201cNobody in Hanoi is in a hurry.",
            "",
            "\u201cThat is how they have always worked.\u201d",
            "",
            "Quist called the agreement an \u201cimportant step\u201d for both countries.",
            "",
            "Analysts said an upgrade of ties between the United States and Vietnam was unlikely this year.",
            "",
            "The harbour was busy on Tuesday, according to Peter Lindqvist, a spokesman for the port authority.",
            "",
            "\u201cAn upgrade could happen in the coming weeks and months,\u201d said Peter Lindqvist.",
            "");

    static Extraction extraction;

    @BeforeAll
    static void run() throws Exception {
        extraction = DYAD.process(new Source("voices.txt", ARTICLE.getBytes(StandardCharsets.UTF_8),
                Map.of("published", "2023-04-13")));
    }

    static List<QuoteRecord> quotes() {
        return extraction.facts(QuoteRecord.class);
    }

    static QuoteRecord quote(String words) {
        return quotes().stream().filter(q -> q.quote().contains(words) || q.context().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with \"" + words + "\" in " + describe()));
    }

    static String describe() {
        return quotes().stream().map(q -> q.id() + " " + q.type() + " " + q.speaker().name() + " (" + q.speaker().how()
                + "): " + q.quote()).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    @Test
    void aDirectQuoteHasItsSpeakerWithTheTitleAsGiven() {
        QuoteRecord q = quote("The talks went well");
        assertEquals(QuoteRecord.DIRECT, q.type(), describe());
        assertEquals("The talks went well and both sides want more,", q.quote());
        assertEquals("Mara Quist", q.speaker().name());
        assertNotNull(q.speaker().title(), describe());
        assertTrue(q.speaker().title().contains("senior fellow"), q.speaker().title());
    }

    @Test
    void aShortFormIsTheSamePerson() {
        QuoteRecord q = quote("would meet again");
        assertEquals(QuoteRecord.INDIRECT, q.type());
        assertEquals("Mara Quist", q.speaker().name());
    }

    @Test
    void aPronounIsTheLastPersonSpokenOfAndAQuoteGoesOnAcrossParagraphs() {
        assertEquals("Mara Quist", quote("We are patient people").speaker().name(), describe());
        QuoteRecord next = quote("Nobody in Hanoi");
        assertEquals("Mara Quist", next.speaker().name(), describe());
        QuoteRecord last = quote("how they have always worked");
        assertEquals("Mara Quist", last.speaker().name(), describe());
    }

    @Test
    void aQuotedFragmentInReportedSpeechIsMixed() {
        QuoteRecord q = quote("important step");
        assertEquals(QuoteRecord.MIXED, q.type(), describe());
        assertEquals("important step", q.quote());
        assertEquals("Mara Quist", q.speaker().name());
    }

    @Test
    void accordingToNamesTheSpeaker() {
        QuoteRecord q = quote("harbour was busy");
        assertEquals(QuoteRecord.INDIRECT, q.type());
        assertEquals("Peter Lindqvist", q.speaker().name());
        assertEquals("according to", q.cue());
    }

    @Test
    void anUnnamedGroupIsASpeaker() {
        QuoteRecord q = quote("was unlikely this year");
        assertEquals("Analysts", q.speaker().name());
        assertEquals("group", q.speaker().how());
    }

    @Test
    void theHeadlineQuoteIsNotAQuote() {
        assertTrue(quotes().stream().noneMatch(q -> q.quote().contains("new chapter")), describe());
    }

    static ForecastRecord forecast(String words) {
        return extraction.facts(ForecastRecord.class).stream().filter(f -> f.claim().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no forecast with \"" + words + "\" in "
                        + extraction.facts(ForecastRecord.class)));
    }

    @Test
    void anUpgradeCalledUnlikelyThisYearIsAForecastThatItWillNotHappenBy31December() {
        ForecastRecord f = forecast("was unlikely this year");
        assertEquals(ForecastRecord.DOES_NOT_HAPPEN, f.outcome());
        assertEquals("likely", f.hedge());
        assertEquals("unlikely", f.hedgeText());
        assertEquals("upgrade", f.subject().kind());
        assertEquals(java.util.Set.of("USA", "VNM"), java.util.Set.of(f.subject().a(), f.subject().b()));
        assertEquals("2023-12-31", f.horizon().by());
        assertEquals("Analysts", f.source().name());
    }

    @Test
    void theComingWeeksAndMonthsRunToTheEndOfTheYear() {
        ForecastRecord f = forecast("coming weeks and months");
        assertEquals(ForecastRecord.HAPPENS, f.outcome());
        assertEquals("possible", f.hedge());
        assertEquals("2023-12-31", f.horizon().by());
        assertEquals("Peter Lindqvist", f.source().name());
    }

    @Test
    void aMeetingExpectedInMayIsAVisitForecastByTheEndOfMay() {
        ForecastRecord f = forecast("meet again in May");
        assertEquals("visit", f.subject().kind());
        assertEquals("2023-05-31", f.horizon().by());
        assertEquals("likely", f.hedge());
    }
}
