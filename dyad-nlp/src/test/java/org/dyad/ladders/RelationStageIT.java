package org.dyad.ladders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dyad.model.Source;
import org.dyad.nlp.Dyad;
import org.dyad.read.ReadStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relation descriptors on sentences written for these tests, through the standard pipeline. */
class RelationStageIT {
    static final Dyad DYAD = Dyad.create(ReadStage.DEFAULT_MAX_BYTES,
            List.of(new PartnershipStage(), new RelationStage()), List.of(RelationStage.RELATIONS));

    static List<RelationRecord> relations(String body) throws Exception {
        String text = "title: Test\npublished: 2024-05-02\n---\n" + body + "\n";
        return DYAD.process(new Source("test.txt", text.getBytes(StandardCharsets.UTF_8), Map.of()))
                .facts(RelationRecord.class);
    }

    private static List<String> summaries(String body) throws Exception {
        return relations(body).stream()
                .map(r -> r.a() + " " + r.b() + " " + r.relClass() + " " + r.tone()
                        + (Boolean.TRUE.equals(r.negated()) ? " negated" : ""))
                .toList();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Cambodia maintains close ties with China, its largest donor.|KHM CHN close warm",
        "Relations between Rwanda and Burundi have been tense for decades.|RWA BDI strained cool",
        "Kigali's frosty ties with Kinshasa worsened this year.|RWA COD strained cool",
        "Despite Ukraine's complicated relationship with Poland, grain talks continued.|UKR POL complex neutral",
        "Germany is an important trading partner for Brazil.|BRA DEU trade neutral",
        "Serbia buys most of its weapons from Russia, which is its main arms supplier.|SRB RUS supplier neutral",
        "Japan is Indonesia's largest investor.|IDN JPN investor neutral",
        "Canberra is working to strengthen relations with Jakarta.|AUS IDN warming warm",
        "The dispute has soured relations between Morocco and Algeria.|MAR DZA cooling cool",
        "Nepal does not have close ties with Pakistan.|NPL PAK close warm negated",
    })
    void eachDescriptorClass(String sentence, String expected) throws Exception {
        List<RelationRecord> found = relations(sentence);
        assertEquals(expected, found.isEmpty() ? "none" : summaries(sentence).get(0), sentence);
        RelationRecord r = found.get(0);
        assertEquals(sentence, r.evidence().get(0).text());
        assertTrue(r.rule().startsWith("relations:" + r.relClass() + " (dyad/ladders/relations.tsv:"), r.rule());
        assertEquals("2024-05-02", r.asOf());
    }

    @Test
    void aCoordinatedWithPhraseGivesOnePairPerCountryAndNotAPairAmongThem() throws Exception {
        assertEquals(List.of("FRA SEN warming warm", "FRA CIV warming warm"),
                summaries("France has been shoring up ties with Senegal and Ivory Coast."));
    }

    @Test
    void aPossessivePronounIsReadFromTheClauseAndTheRecordSaysSo() throws Exception {
        List<RelationRecord> found = relations("Officials say Armenia is turning away from Russia, which was long "
                + "its main supplier.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("ARM RUS supplier", found.get(0).a() + " " + found.get(0).b() + " " + found.get(0).relClass());
        assertTrue(found.get(0).note().startsWith("possessive pronoun read as"), found.get(0).note());
    }

    @Test
    void aRungNamedForThePairLeavesNoRelationRecord() throws Exception {
        assertEquals(List.of(), summaries("Vietnam and Brazil upgraded their close ties to a strategic partnership "
                + "on Monday."));
    }

    @Test
    void placesAndSidesWithoutAPartnerGiveNothing() throws Exception {
        assertEquals(List.of(), summaries("Close ties matter in Southeast Asia, officials said in Paris."));
        assertEquals(List.of(), summaries("The United States, Japan and Australia are pressing for closer ties."));
    }
}
