package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.output.Fact;
import org.dyad.store.Store;
import org.dyad.store.Stores;
import org.dyad.text.Evidence;
import org.dyad.voices.ForecastRecord;
import org.dyad.voices.QuoteRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quotes}, {@code forecasts} and {@code scorecard} on a store filled with hand-made quotes and forecasts about
 * a U.S.–Vietnam upgrade (no language models); resolution reads dyad's reference history, in which the pair moved up
 * Vietnam's ladder on 2023-09-10.
 */
class VoicesCommandsTest {
    @TempDir
    Path dir;
    Path db;

    private static EventCommandsTest.Out run(Object command, String... args) {
        return EventCommandsTest.run(command, args);
    }

    private static final Evidence EV = new Evidence(0, 5, "Text.");
    private static final QuoteRecord.Speaker PELL = new QuoteRecord.Speaker("e1", "Ann Pell",
            "director of a research programme", "USA", "RES", "name");
    private static final QuoteRecord.Speaker OKO = new QuoteRecord.Speaker("e2", "Lin Oko", null, "VNM", "GOV", "name");

    private static QuoteRecord quote(String id, QuoteRecord.Speaker s, String type, String words, String about) {
        return new QuoteRecord("a.txt", id, type, words, words, s, "said", about, "2023-04-13", "quotes:test",
                List.of(EV));
    }

    private static ForecastRecord forecast(String id, QuoteRecord.Speaker s, String outcome, String hedge, String by) {
        return new ForecastRecord("a.txt", id, s, "q1", new ForecastRecord.Subject("upgrade", "USA", "VNM", null, null,
                "upgrade"), outcome, hedge, hedge, by == null ? null : new ForecastRecord.Horizon("this year", "2023", by),
                "2023-04-13", "An upgrade is " + hedge + ".", "forecasts:test", List.of(EV));
    }

    @BeforeEach
    void fill() {
        db = dir.resolve("t.db");
        ArticleRecord a = new ArticleRecord("a.txt", "sha-a", "T", null, null, "2023-04-13", null, "en", "text",
                "UTF-8", "test", Map.of(), "Text.", List.of(), List.of());
        List<Fact> facts = List.of(
                quote("q1", PELL, "direct", "Ties will deepen,", "VNM"),
                quote("q2", OKO, "indirect", "Oko said Hanoi was in no hurry.", "USA"),
                quote("q3", PELL, "mixed", "obvious move", null),
                forecast("f1", PELL, ForecastRecord.DOES_NOT_HAPPEN, "likely", "2023-12-31"),
                forecast("f2", OKO, ForecastRecord.HAPPENS, "possible", "2023-12-31"),
                forecast("f3", OKO, ForecastRecord.HAPPENS, "likely", "2023-06-30"));
        try (Store st = Stores.open(db.toString())) {
            st.ingest("/tmp/a.txt", new Extraction(a, List.of(), facts, "Text."));
        }
    }

    @Test
    void quotesFiltersBySpeakerAboutAndPair() {
        var all = run(new QuotesCommand(), "--db", db.toString());
        assertEquals(ExitCodes.OK, all.code());
        assertTrue(all.out().endsWith("3 quotes\n"), all.out());
        var pell = run(new QuotesCommand(), "--speaker", "pell", "--db", db.toString());
        assertTrue(pell.out().contains("Ann Pell (director of a research programme) [direct] \u201cTies will deepen,\u201d"),
                pell.out());
        assertTrue(pell.out().endsWith("2 quotes\n"), pell.out());
        assertTrue(run(new QuotesCommand(), "--about", "hurry", "--db", db.toString()).out().endsWith("1 quote\n"));
        assertTrue(run(new QuotesCommand(), "--pair", "USA", "VNM", "--db", db.toString()).out()
                .endsWith("2 quotes\n"));
    }

    @Test
    void forecastsAreResolvedAgainstTheLadderHistory() {
        var r = run(new ForecastsCommand(), "--pair", "USA", "VNM", "--as-of", "2024-06-01", "--db", db.toString());
        assertEquals(ExitCodes.OK, r.code());
        String out = r.out();
        assertTrue(out.contains("Ann Pell: does_not_happen (likely, \"likely\") upgrade USA-VNM by 2023-12-31"), out);
        assertTrue(out.contains("    wrong: upgraded to comprehensive strategic partnership on 2023-09-10, by 2023-12-31"),
                out);
        assertTrue(out.contains("    right: upgraded"), out);
        assertTrue(out.contains("    partly_right: upgraded"), out);
        assertTrue(out.endsWith("3 forecasts\n"), out);
        var oko = run(new ForecastsCommand(), "--source", "oko", "--as-of", "2024-06-01", "--db", db.toString());
        assertTrue(oko.out().endsWith("2 forecasts\n"), oko.out());
    }

    @Test
    void beforeTheOutcomeAForecastIsOpen() {
        var r = run(new ForecastsCommand(), "--source", "pell", "--as-of", "2023-05-01", "--db", db.toString());
        assertTrue(r.out().contains("    open: no upgrade recorded yet; horizon 2023-12-31"), r.out());
    }

    @Test
    void theScorecardCountsEachSourcesVerdicts() {
        var r = run(new ScorecardCommand(), "--as-of", "2024-06-01", "--db", db.toString());
        assertEquals(ExitCodes.OK, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(1).matches("Ann Pell\\s+0\\s+0\\s+1\\s+0"), r.out());
        assertTrue(lines.get(2).matches("Lin Oko\\s+1\\s+1\\s+0\\s+0"), r.out());
    }
}
