package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.dyad.ladders.PartnershipRecord;
import org.dyad.ladders.RelationRecord;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.Test;

/** The mapping from the gold's free text to keys, on statements written for this test. */
class PartnershipScoreTest {
    private static final String GOLD = """
            {"doc_id": "x", "partnership_statements": [
              {"pair": ["United States", "Vietnam"], "level_as_stated": "Comprehensive Partnership",
               "tier": "comprehensive partnership (3rd tier)"},
              {"pair": ["United States", "Vietnam"], "level_as_stated": "strategic partnership (planned upgrade)",
               "tier": "strategic partnership (2nd tier) - aspirational"},
              {"pair": ["Vietnam", "most of its partners"], "level_as_stated": "strategic partners",
               "tier": "strategic partner or comprehensive strategic partner"},
              {"pair": ["United States", "Vietnam"], "level_as_stated": "upgrade refused",
               "tier": "strategic partnership (declined)"},
              {"pair": ["Vietnam", "Singapore; Indonesia"], "level_as_stated": "close ties", "tier": null}
            ]}""";

    private static PartnershipRecord rec(String partner, String rung, String type) {
        return new PartnershipRecord("x", "p1", "VNM", partner, "VNM", rung, "n", 1, "s", type, null, null, null, null,
                null, "r", List.of(new Evidence(0, 1, "x")));
    }

    private static RelationRecord relation(String a, String b, Boolean negated) {
        return new RelationRecord("x", "r1", a, b, "close", "warm", negated, "close ties", null, null, "r",
                List.of(new Evidence(0, 1, "x")));
    }

    @Test
    void goldTextIsMappedToPairRungAndClass() throws Exception {
        JsonNode article = new ObjectMapper().readTree(GOLD);
        Set<PartnershipScore.Key> gold = new PartnershipScore().gold(article);
        assertEquals(List.of("USA-VNM VNM:CP holds", "USA-VNM VNM:SP prospective", "*-VNM VNM:SP holds",
                "USA-VNM VNM:SP negative", "SGP-VNM - holds", "IDN-VNM - holds"),
                gold.stream().map(Object::toString).toList());
    }

    @Test
    void precisionRecallAndF1CountKeysPerArticle() throws Exception {
        Set<PartnershipScore.Key> gold = new PartnershipScore().gold(new ObjectMapper().readTree(GOLD));
        Set<PartnershipScore.Key> predicted = PartnershipScore.predicted(List.of(rec("USA", "VNM:CP", "in_force"),
                rec("USA", "VNM:CP", "established"), rec("USA", "VNM:SP", "expected"), rec(null, "VNM:SP", "tier"),
                rec("CHN", "VNM:CSP", "tier")), List.of(relation("VNM", "SGP", null), relation("VNM", "CHN", true)));
        PartnershipScore.Result r = new PartnershipScore.Result();
        PartnershipScore.compare("x", gold, predicted, r);
        assertEquals(4, r.tp);
        assertEquals(2, r.fp);
        assertEquals(2, r.fn);
        assertEquals(4.0 / 6, r.precision(), 1e-9);
        assertEquals(4.0 / 6, r.recall(), 1e-9);
        assertEquals(1, r.noRungTp, "close ties with Singapore");
        assertEquals(1, r.noRungFp, "a denied relation with China is a negative key the gold lacks");
        assertEquals(1, r.noRungFn, "Indonesia missed");
    }
}
