package org.dyad.ladders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LaddersTest {
    private static final Ladders L = Ladders.standard();

    @ParameterizedTest(name = "\"{0}\" is {1} on Vietnam's ladder")
    @CsvSource(delimiter = '|', value = {
        "comprehensive strategic partnership|VNM:CSP",
        "Comprehensive Strategic Partnership|VNM:CSP",
        "comprehensive strategic partners|VNM:CSP",
        "comprehensive strategic partner|VNM:CSP",
        "complete strategic partnership|VNM:CSP",
        "complete strategic associate|VNM:CSP",
        "Partner Strategy Comprehensive|VNM:CSP",
        "strategic comprehensive partnership|VNM:CSP",
        "comprehensive strategic cooperative partnership|VNM:CSP",
        "comprehensve strategic partnersip|VNM:CSP",
        "strategic partnership|VNM:SP",
        "strategic partners|VNM:SP",
        "strategic companions|VNM:SP",
        "Partner Strategy|VNM:SP",
        "extensive strategic partnership|VNM:SP",
        "enhanced strategic partnership|VNM:SP",
        "comprehensive partnership|VNM:CP",
        "complete partnership|VNM:CP",
        "complete associate|VNM:CP",
        "comprehensive partners|VNM:CP",
        "enhanced comprehensive partnership|VNM:CP",
        "comprehensive cooperative partnership|VNM:CP",
        "special relations|VNM:SR",
        "special relationship|VNM:SR",
    })
    void variantsSpunAndTranslatedFormsNameTheRung(String phrase, String rung) {
        assertEquals(rung, L.lookup("VNM", phrase).map(Rung::id).orElse("none"), phrase);
    }

    @ParameterizedTest(name = "\"{0}\" names no rung")
    @ValueSource(strings = {"Regional Comprehensive Economic Partnership", "Trans-Pacific Partnership",
        "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "strategic trust",
        "strategic competition", "comprehensive policy", "trading partner", "key partner", "partnership",
        "economic partnership", "strategic partnership council", "Strategic Partnership Forum", "strategic dialogue",
        "comprehensive", "Center for Strategic and International Studies", "strategic studies", "global partnership",
        "like-minded companions", "strategic relations"})
    void unrelatedPhrasesNameNoRung(String phrase) {
        assertEquals(List.of(), L.lookup(phrase), phrase);
    }

    @Test
    void aPhraseNamesTheRungOnEveryLadderThatHasIt() {
        List<String> ids = L.lookup("comprehensive strategic partnership").stream().map(Rung::id).toList();
        assertTrue(ids.containsAll(List.of("VNM:CSP", "CHN:CSP", "IND:CSP", "IDN:CSP", "JPN:CSP", "AUS:CSP",
                "EUR:CSP")), ids.toString());
        assertEquals(List.of("CHN:CSPC"), L.lookup("comprehensive strategic partnership of coordination for a new era")
                .stream().map(Rung::id).toList());
        assertEquals(List.of("CHN:AW"), L.lookup("all-weather strategic cooperative partnership").stream()
                .map(Rung::id).toList());
        assertEquals(List.of("IND:SSP", "JPN:SSP"), L.lookup("special strategic and global partnership").stream()
                .map(Rung::id).toList());
    }

    @Test
    void findGivesSpansAndStopsAtWordsThatBreakAName() {
        String s = "They set up a \u201ccomprehensive strategic partnership for peace, cooperation and sustainable "
                + "development\u201d, not the Regional Comprehensive Economic Partnership.";
        List<Ladders.Mention> found = L.find(s);
        assertEquals(1, found.size(), found.toString());
        Ladders.Mention m = found.get(0);
        assertEquals("comprehensive strategic partnership", s.substring(m.start(), m.end()));
        assertTrue(m.on("VNM").isPresent());
    }

    @Test
    void tierWordsNameRungsByPlaceOnLaddersOfThreeRungsOrMore() {
        List<Ladders.Mention> found = L.find("Japan joins the top tier; a third-tier diplomatic partner; the lowest "
                + "of the three rungs; the middle rung; top-level talks; the first step; first-tier cities");
        assertEquals(List.of(Ladders.Tier.TOP, Ladders.Tier.THIRD, Ladders.Tier.BOTTOM, Ladders.Tier.MIDDLE),
                found.stream().map(Ladders.Mention::tier).toList());
        assertEquals("VNM:CSP", L.rung("VNM", Ladders.Tier.TOP).orElseThrow().id());
        assertEquals("VNM:CP", L.rung("VNM", Ladders.Tier.BOTTOM).orElseThrow().id());
        assertEquals("CHN:CSPC", L.rung("CHN", Ladders.Tier.TOP).orElseThrow().id());
        assertFalse(L.rung("USA", Ladders.Tier.TOP).isPresent(), "two rungs of alliances are no tiers");
    }

    @Test
    void descriptiveWordsAndPluralsAreMarked() {
        Ladders.Mention key = L.find("Vietnam is a key strategic partner").get(0);
        assertTrue(key.descriptive());
        Ladders.Mention plural = L.find("Hanoi already has 17 strategic partners.").get(0);
        assertTrue(plural.plural());
        assertFalse(L.find("the strategic partnership").get(0).plural());
    }

    @Test
    void strictPhrasesAreMarked() {
        Ladders.Mention alliance = L.find("the modernizing alliance with the Philippines").get(0);
        assertTrue(alliance.on("USA").orElseThrow().strict());
        assertFalse(L.find("its treaty ally Turkey").get(0).on("USA").orElseThrow().strict());
    }

    @Test
    void everyLadderIsOrderedAndCountsRefertoKnownRungs() {
        for (Ladder l : L.ladders()) {
            int last = -1;
            for (Rung r : l.rungs()) {
                assertTrue(r.rank() >= last, l.owner() + " is not in rank order");
                last = r.rank();
                assertEquals(r.ladder(), l.owner());
                r.counts().forEach(c -> assertTrue(L.rung(c).isPresent(), c));
            }
        }
        assertEquals(List.of("VNM:CSP", "VNM:SP"), L.rung("VNM:SP").orElseThrow().counts(),
                "Vietnamese counts of strategic partners include the top rung");
    }

    @Test
    void aBrokenDataFileIsRefusedNamingFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ladders.load("ladders/bad-ladders.tsv", "dyad/ladders/words.tsv"));
        assertTrue(e.getMessage().startsWith("ladders/bad-ladders.tsv:3: phrase \"comprehensive economic "
                + "partnership\": \"economic\" is not in words.tsv"), e.getMessage());
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> Ladders.load("ladders/duplicate-phrase.tsv", "dyad/ladders/words.tsv"));
        assertTrue(dup.getMessage().contains("reads the same as a phrase of XXX:A"), dup.getMessage());
    }

    @Test
    void randomTextFindsNoRungAndNeverFails() {
        java.util.Random r = new java.util.Random(7);
        String[] words = {"strategic", "comprehensive", "partner", "partnership", "the", "economic", "top", "tier",
            "and", "of", "coordination", "-", "\u201c", ",", "ally", "relations", "x"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < r.nextInt(12); j++) {
                sb.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
            }
            for (Ladders.Mention m : L.find(sb.toString())) {
                assertTrue(m.start() >= 0 && m.end() <= sb.length() && m.start() < m.end(), sb.toString());
            }
        }
        assertEquals(List.of(), L.find(""));
    }
}
