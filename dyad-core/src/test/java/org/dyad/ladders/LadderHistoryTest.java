package org.dyad.ladders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.store.Store;
import org.dyad.store.Stores;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LadderHistoryTest {
    private static final LadderHistory REF = LadderHistory.reference();

    private static List<String> partners(LadderHistory.LadderView v, String rung) {
        return v.rungs().entrySet().stream().filter(e -> e.getKey().id().equals(rung)).findFirst().orElseThrow()
                .getValue().stream().map(LadderHistory.Standing::partner).toList();
    }

    @Test
    void vietnamInApril2023HasFourAtTheTopAndTheUnitedStatesThird() {
        LadderHistory.LadderView v = REF.ladder("VNM", "2023-04-16");
        assertEquals(List.of("CHN", "RUS", "IND", "KOR"), partners(v, "VNM:CSP"));
        assertTrue(partners(v, "VNM:CP").contains("USA"));
        assertFalse(partners(v, "VNM:CSP").contains("USA"));
        for (List<LadderHistory.Standing> row : v.rungs().values()) {
            for (LadderHistory.Standing s : row) {
                assertFalse(s.sources().isEmpty(), s.partner() + " has no source");
                assertTrue(s.sources().get(0).url().startsWith("http"), s.partner());
            }
        }
    }

    @Test
    void vietnamInSeptember2023HasTheUnitedStatesAtTheTop() {
        LadderHistory.LadderView v = REF.ladder("VNM", "2023-09-11");
        assertEquals(List.of("CHN", "RUS", "IND", "KOR", "USA"), partners(v, "VNM:CSP"));
        LadderHistory.Standing usa = v.rungs().get(Ladders.standard().rung("VNM:CSP").orElseThrow()).get(4);
        assertEquals("2023-09-10", usa.since());
        assertEquals("https://www.csis.org/blogs/latest-southeast-asia/spotlight-vietnam-september-12-2023",
                usa.sources().get(0).url());
    }

    @Test
    void aPairAsOfADateBeforeAndAfterItsUpgrade() {
        assertEquals("VNM:CP", REF.standing("VNM", "USA", "2023-09-09").orElseThrow().rung().id());
        assertEquals("VNM:CSP", REF.standing("VNM", "USA", "2023-09-10").orElseThrow().rung().id());
        assertEquals("VNM:CP", REF.standing("VNM", "USA", "2013-07-25").orElseThrow().rung().id());
        assertTrue(REF.standing("VNM", "USA", "2013-07-24").isEmpty(), "normalisation is no rung");
        assertEquals("2013-07-25", REF.standing("VNM", "USA", "2020").orElseThrow().since());
        assertEquals("VNM:SR", REF.standing("VNM", "LAO", "1990").orElseThrow().rung().id(), "undated holds always");
        assertTrue(REF.standing("USA", "NZL", "1990").isEmpty(), "suspended in 1986");
    }

    @Test
    void conflictingReferenceRecordsAreFlaggedAndBothShown() {
        LadderHistory.Standing japan = REF.standing("VNM", "JPN", "2012").orElseThrow();
        assertEquals("VNM:SP", japan.rung().id());
        assertEquals("2006", japan.since());
        assertNotNull(japan.conflict());
        assertTrue(japan.conflict().contains("2006 vs 2009"), japan.conflict());
        assertNull(REF.standing("VNM", "IND", "2020").orElseThrow().conflict(), "2016 and 2016-09 agree");
        List<LadderHistory.Step> steps = REF.history("JPN", "VNM");
        assertEquals(2, steps.stream().filter(s -> s.conflict() != null).count());
    }

    @Test
    void countsIncludeTheTopRungWhereTheLadderCountsSo() {
        List<LadderHistory.Count> counts = REF.counts("VNM", "2023-04-16");
        LadderHistory.Count sp = counts.stream().filter(c -> c.rung().id().equals("VNM:SP")).findFirst().orElseThrow();
        assertEquals(13, sp.exclusive());
        assertEquals(17, sp.inclusive(), "17 strategic partners, counting the top four");
    }

    @Test
    void aPairHistoryListsEveryReferenceStepInOrderOnBothLadders() {
        List<String> steps = REF.history("AUS", "VNM").stream().map(s -> s.date() + " " + s.owner() + " " + s.type())
                .toList();
        assertEquals(List.of("2009 VNM established", "2009 AUS established", "2015 VNM enhanced",
                "2018-03 VNM upgraded", "2018-03 AUS upgraded", "2024-03-07 VNM upgraded", "2024-03-07 AUS upgraded"),
                steps);
    }

    // ---------------------------------------------------------------- with stored statements

    private static PartnershipRecord statement(String doc, String id, String owner, String partner, String rung,
                                               String type, String value, String asOf, Integer count) {
        Rung r = Ladders.standard().rung(rung).orElseThrow();
        String text = "Statement " + id + " of " + doc + ".";
        return new PartnershipRecord(doc, id, owner, partner, owner, rung, r.name(), r.rank(), r.name(), type,
                new PartnershipRecord.StatementDate(null, value), asOf, count, null, null, "test",
                List.of(new Evidence(0, text.length(), text)));
    }

    private static Extraction article(String doc, String published, PartnershipRecord... facts) {
        String text = "Text of " + doc;
        ArticleRecord a = new ArticleRecord(doc, "sha-" + doc, doc, null, null, published, null, "en", "text",
                "UTF-8", "test", Map.of(), text, List.of(), List.of());
        return new Extraction(a, List.of(), List.of(facts), text);
    }

    @Test
    void storedStatementsCorroborateAddPartnersAndFlagWhatTheyContradict(@TempDir Path dir) {
        try (Store store = Stores.open(dir.resolve("l.db").toString())) {
            store.ingest("k1", article("a1", "2023-04-14",
                    statement("a1", "p1", "VNM", "USA", "VNM:CP", "in_force", "2013/2023-04-14", "2023-04-14", null),
                    statement("a1", "p2", "VNM", "PRK", "VNM:SP", "upgraded", "2023-04-10", "2023-04-14", null),
                    statement("a1", "p3", "VNM", "RUS", "VNM:SP", "in_force", "2023-04-14", "2023-04-14", null),
                    statement("a1", "p4", "VNM", null, "VNM:SP", "count", "2023-04-14", "2023-04-14", 17)));
            LadderHistory h = new LadderHistory(Ladders.standard(), ReferenceHistory.standard(), store);
            LadderHistory.LadderView v = h.ladder("VNM", "2023-04-16");
            LadderHistory.Standing usa = v.rungs().get(Ladders.standard().rung("VNM:CP").orElseThrow()).stream()
                    .filter(s -> s.partner().equals("USA")).findFirst().orElseThrow();
            assertEquals(List.of("reference", "article"), usa.sources().stream().map(LadderHistory.Source::kind).toList());
            assertEquals("Statement p1 of a1.", usa.sources().get(1).text());
            assertTrue(partners(v, "VNM:SP").contains("PRK"), "a partner only an article names");
            LadderHistory.Standing prk = v.rungs().get(Ladders.standard().rung("VNM:SP").orElseThrow()).stream()
                    .filter(s -> s.partner().equals("PRK")).findFirst().orElseThrow();
            assertEquals("2023-04-10", prk.since());
            LadderHistory.Standing russia = v.rungs().get(Ladders.standard().rung("VNM:CSP").orElseThrow()).stream()
                    .filter(s -> s.partner().equals("RUS")).findFirst().orElseThrow();
            assertTrue(russia.conflict() != null && russia.conflict().contains("an article says strategic partnership"),
                    String.valueOf(russia.conflict()));
            LadderHistory.Count sp = h.counts("VNM", "2023-04-16").stream()
                    .filter(c -> c.rung().id().equals("VNM:SP")).findFirst().orElseThrow();
            assertEquals(1, sp.stated().size());
            assertTrue(sp.stated().get(0).note().startsWith("agrees: the reference has 17 counting the rungs above"),
                    sp.stated().get(0).note());
            assertTrue(h.ladder("VNM", "2023-04-13").rungs().values().stream().flatMap(List::stream)
                    .noneMatch(s -> s.partner().equals("PRK")), "not before the statement was made");
        }
    }

    @Test
    void aPairHistoryGroupsStatementsAndFlagsArticlesThatDateAStepOtherwise(@TempDir Path dir) {
        try (Store store = Stores.open(dir.resolve("h.db").toString())) {
            List<PartnershipRecord> facts = new ArrayList<>();
            facts.add(statement("b1", "p1", "VNM", "USA", "VNM:CSP", "upgraded", "2023-09-10", "2023-09-11", null));
            facts.add(statement("b1", "p2", "VNM", "USA", "VNM:CSP", "upgraded", "2023-09-11", "2023-09-11", null));
            store.ingest("k1", article("b1", "2023-09-11", facts.toArray(new PartnershipRecord[0])));
            store.ingest("k2", article("b2", "2023-07-21",
                    statement("b2", "p1", "VNM", "USA", "VNM:SP", "declined", "2023-07-21", "2023-07-21", null)));
            LadderHistory h = new LadderHistory(Ladders.standard(), ReferenceHistory.standard(), store);
            List<LadderHistory.Step> steps = h.history("USA", "VNM");
            List<String> rows = steps.stream().map(s -> s.date() + " " + s.type() + " " + s.sources().get(0).kind()
                    + (s.conflict() == null ? "" : " !")).toList();
            assertEquals(List.of("1995 normalized reference", "2013-07-25 established reference",
                    "2023-07-21 declined article", "2023-09-10 upgraded reference", "2023-09-10 upgraded article",
                    "2023-09-11 upgraded article !"), rows);
        }
    }
}
