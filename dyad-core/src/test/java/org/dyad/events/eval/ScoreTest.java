package org.dyad.events.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorDictionary;
import org.dyad.events.EventRecord;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.Test;

/** Scoring on small gold files written for this test. */
class ScoreTest {
    static final ActorDictionary DICT = ActorDictionary.standard();
    static final ObjectMapper JSON = new ObjectMapper();

    static EventRecord event(String src, String tgt, boolean mutual, String cameo, String category, String mode,
                             String status) {
        Evidence ev = new Evidence(0, 1, "x");
        return new EventRecord("a.txt", "v1", new EventRecord.Actor(src, "COUNTRY", null, src, "e1", src, false),
                tgt == null ? null : new EventRecord.Actor(tgt, "COUNTRY", null, tgt, "e2", tgt, false), mutual, cameo,
                "", 0, category == null ? null : new EventRecord.Plover(category, mode, null), null, status, "t", null,
                ev, ev, "r", List.of(ev));
    }

    @Test
    void goldActorTextIsReadWithTheDictionaries() {
        GoldActors g = new GoldActors(DICT);
        LocalDate d = LocalDate.of(2023, 4, 13);
        assertEquals(Set.of("VNM"), g.codes("Vietnam (Hanoi)", d));
        assertEquals(Set.of("VNM"), g.codes("senior Vietnamese officials", d));
        assertEquals(Set.of("USA", "VNM"), g.codes("United States and Vietnam", d));
        assertEquals(Set.of(GoldActors.COUNTERPART), g.codes("bilateral", d));
        assertEquals(Set.of(), g.codes("unnamed activist (external: someone)", d));
    }

    @Test
    void seedsScoringMatchesCodesRootAndStatusOneToOne() throws Exception {
        JsonNode gold = JSON.readTree("""
                {"articles":[{"file":"a.txt","metadata":{"publication_date":{"value":"2023-04-13"}},"events":[
                  {"id":"G1","actor":"United States","target":"Vietnam (Hanoi)","cameo":"042","status":"planned"},
                  {"id":"G2","actor":"Vietnam and United States","target":"bilateral","cameo":"057",
                   "alt_cameo":["030"],"status":"happened"},
                  {"id":"G3","actor":"China","target":"Vietnam","cameo":"111","status":"happened (repeated)"}]}]}
                """);
        SeedsScore s = new SeedsScore(gold, DICT);
        String report = s.score(Map.of("a.txt", List.of(
                event("USA", "VNM", false, "042", "AGREE", null, "planned"),
                event("VNM", "USA", true, "030", "AGREE", null, "happened"),
                event("CHN", "VNM", false, "111", "ACCUSE", null, "hypothetical"),
                event("RUS", "UKR", false, "190", "ASSAULT", null, "happened"))));
        assertTrue(report.startsWith("events (source, target, CAMEO root or gold alternative, status): precision 0.500"
                + "  recall 0.667  F1 0.571  (2 matched, 3 gold, 4 predicted)"), report);
        assertTrue(report.contains("strict (gold CAMEO root only): P 0.250 R 0.333"), report);
        assertTrue(report.contains("11           {status happened→hypothetical=1}"), report);
        String details = s.details(Map.of("a.txt", List.of(event("USA", "VNM", false, "042", "AGREE", null, "planned"))));
        assertTrue(details.contains("OK   G1") && details.contains("MISS G2"), details);
    }

    @Test
    void ploverScoringNamesGoldCodesNoRecordCanMatch() throws Exception {
        JsonNode gold = JSON.readTree("""
                [{"id":"r1","text":"t","event":"CONSULT","source":[{"code":"RUS"}],"target":[{"code":"JAP"}]},
                 {"id":"r2","text":"t","event":"DEMAND","source":[{"code":"IGO"}],"target":[{"code":"SDN"}]}]
                """);
        String report = new PloverScore(gold, DICT).score(Map.of());
        assertTrue(report.contains("gold codes that are not country codes (records using them cannot be matched): "
                + "{JAP=1}"), report);
        assertFalse(new PloverScore(JSON.readTree("[" + gold.get(1) + "]"), DICT).score(Map.of())
                .contains("not country codes"));
    }

    @Test
    void ploverScoringReadsOlderCategoryNames() throws Exception {
        JsonNode gold = JSON.readTree("""
                [{"id":"r1","text":"t","event":"DISAPPROVE","source":[{"code":"ALB"}],"target":[{"code":"SRB"}]},
                 {"id":"r2","text":"t","event":"INVESTIGATE","source":[{"code":"HRV"}],"target":[{"code":"HRV"}]},
                 {"id":"r3","text":"t","event":"AGREE","source":[{"code":"USA"},{"code":"JOR"}],"target":""},
                 {"id":"r4","text":"t","event":"FIGHT","source":[{"code":"ISR"}],"target":[{"code":"LBN"}]}]
                """);
        PloverScore s = new PloverScore(gold, DICT);
        String report = s.score(Map.of(
                "r1", List.of(event("ALB", "SRB", false, "111", "ACCUSE", "disapprove", "happened")),
                "r2", List.of(event("HRV", "HRV", false, "111", "ACCUSE", "disapprove", "happened")),
                "r3", List.of(event("JOR", "USA", true, "030", "AGREE", null, "happened")),
                "r4", List.of(event("ISR", "LBN", false, "190", "SANCTION", null, "happened"))));
        assertTrue(report.startsWith("PLOVER category accuracy with correct source and target codes: 0.500 (2 of 4)"),
                report);
        assertTrue(report.contains("INVESTIGATE  {ACCUSE/disapprove=1}"), report);
        String details = s.details(Map.of("r1", List.of(event("ALB", "SRB", false, "111", "ACCUSE", "disapprove",
                "happened")), "r4", List.of(event("ISR", "SYR", false, "190", "ASSAULT", null, "happened"))));
        assertTrue(details.contains("OK   r1 DISAPPROVE [ALB]→[SRB]"), details);
        assertTrue(details.contains("MISS r2 INVESTIGATE [HRV]→[HRV] | dyad: no event"), details);
        assertTrue(details.contains("MISS r4 FIGHT [ISR]→[LBN] | dyad: other actors [ISR→SYR ASSAULT r]"), details);
    }

    @Test
    void anArmedGroupOfNoOneCountryCountsAsTheGoldsInternationalMilitarizedGroup() throws Exception {
        JsonNode gold = JSON.readTree("""
                [{"id":"r1","text":"t","event":"FIGHT","source":[{"code":"USA"}],"target":[{"code":"IMG"}]}]
                """);
        EventRecord.Actor armed = new EventRecord.Actor("al-qaeda", "ORGANIZATION", "MIL", "al-Qaeda", "e2",
                "al-Qaeda", false);
        EventRecord e = event("USA", null, false, "190", "ASSAULT", null, "happened");
        EventRecord hit = new EventRecord(e.doc(), e.id(), e.source(), armed, false, "190", "", 0,
                new EventRecord.Plover("ASSAULT", null, "military"), null, "happened", "t", null, e.sentence(),
                e.trigger(), "r", e.evidence());
        assertTrue(new PloverScore(gold, DICT).score(Map.of("r1", List.of(hit))).startsWith(
                "PLOVER category accuracy with correct source and target codes: 1.000 (1 of 1)"));
    }
}
