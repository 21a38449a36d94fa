package org.dyad.voices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.dyad.output.FactKinds;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.Test;

class VoicesRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final QuoteRecord.Speaker ANN = new QuoteRecord.Speaker("e3", "Ann Pell",
            "head of the Asia desk at a research institute", "USA", "RES", "short-form");

    @Test
    void aQuoteSurvivesAJsonRoundTripAndIsIndexedBySpeakerAndCountry() throws Exception {
        QuoteRecord q = new QuoteRecord("t.txt", "q1", "direct", "Rain is likely,", "\u201cRain is likely,\u201d Pell said.",
                ANN, "said", "VNM", "2023-04-13", "quotes:direct-cue", List.of(new Evidence(1, 16, "Rain is likely,")));
        String json = JSON.writeValueAsString(q);
        assertTrue(json.contains("\"kind\":\"quote\""), json);
        assertEquals(q, JSON.readValue(json, FactKinds.classOf("quote").orElseThrow()));
        assertEquals("USA", q.index().a());
        assertEquals("VNM", q.index().b());
        assertEquals("direct", q.index().category());
        assertThrows(IllegalArgumentException.class, () -> new QuoteRecord("t", "q1", "paraphrase", "", "", ANN, null,
                null, null, "r", List.of()));
    }

    @Test
    void aForecastSurvivesAJsonRoundTripAndIsIndexedToItsHorizon() throws Exception {
        ForecastRecord f = new ForecastRecord("t.txt", "f1", ANN, "q1",
                new ForecastRecord.Subject("upgrade", "USA", "VNM", "VNM", "VNM:CSP", "upgrade"),
                ForecastRecord.DOES_NOT_HAPPEN, "likely", "unlikely",
                new ForecastRecord.Horizon("this year", "2023", "2023-12-31"), "2023-04-13", "claim",
                "forecasts:quote", List.of(new Evidence(0, 5, "claim")));
        String json = JSON.writeValueAsString(f);
        assertEquals(f, JSON.readValue(json, FactKinds.classOf("forecast").orElseThrow()));
        assertEquals("2023-12-31", f.index().to());
        assertEquals("upgrade", f.index().category());
        assertEquals(ForecastRecord.DOES_NOT_HAPPEN, f.index().status());
        assertThrows(IllegalArgumentException.class, () -> new ForecastRecord("t", "f1", ANN, null, f.subject(),
                "maybe", "likely", null, null, null, "c", "r", List.of()));
    }

    @Test
    void speakersMatchTheGoldByEveryNameWordOrAGroupHead() {
        assertTrue(QuoteScore.sameSpeaker(ANN, "Ann Pell"));
        assertTrue(!QuoteScore.sameSpeaker(new QuoteRecord.Speaker("e9", "Nguyen Phu Trong", null, null, null,
                "name"), "Hanh Nguyen"));
        assertTrue(QuoteScore.sameSpeaker(new QuoteRecord.Speaker(null, "Some analysts", null, null, null, "group"),
                "analysts (unnamed)"));
    }

    @Test
    void scoringCountsFoundQuotesAndRightSpeakers() throws Exception {
        var gold = JSON.readTree("{\"articles\":[{\"doc_id\":\"a\",\"file\":\"a.txt\",\"quotations\":["
                + "{\"id\":\"Q1\",\"type\":\"direct\",\"speaker\":\"Ann Pell\",\"quote\":{\"start\":10,\"end\":20}},"
                + "{\"id\":\"Q2\",\"type\":\"indirect\",\"speaker\":\"analysts\",\"quote\":{\"start\":40,\"end\":60}}],"
                + "\"forecasts\":[{\"id\":\"F1\",\"by\":\"Ann Pell\",\"evidence\":{\"start\":10,\"end\":20}}]}]}");
        QuoteRecord q = new QuoteRecord("a.txt", "q1", "direct", "x", "x", ANN, "said", null, null, "r",
                List.of(new Evidence(12, 18, "x")));
        String s = new QuoteScore(gold).score(Map.of("a.txt", List.of(q)));
        assertTrue(s.contains("recall 0.50 (1/2)  speaker accuracy 1.00 (1/1)  precision 1.00 (1/1)"), s);
        ForecastRecord f = new ForecastRecord("a.txt", "f1", ANN, "q1",
                new ForecastRecord.Subject("other", null, null, null, null, null), ForecastRecord.HAPPENS, "certain",
                "will", null, null, "c", "r", List.of(new Evidence(11, 15, "x")));
        String fs = new ForecastScore(gold).score(Map.of("a.txt", List.of(f)));
        assertTrue(fs.contains("F1 1.00"), fs);
    }
}
