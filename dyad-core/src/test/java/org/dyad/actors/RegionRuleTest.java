package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.pipeline.Doc;
import org.dyad.testkit.Tagged;
import org.dyad.text.CleanText;
import org.junit.jupiter.api.Test;

/** A compass word before a country or capital names a part of it, a place; whole dictionary names still win. */
class RegionRuleTest {
    private static List<Entity> resolve(String tagged) {
        Tagged t = new Tagged().sentence(tagged);
        Doc doc = new Doc("t.txt");
        doc.put(Layers.CLEAN, CleanText.identity(t.text()));
        doc.put(Layers.SENTENCES, t.sentences());
        doc.put(Layers.META, new ArticleMeta(Map.of()));
        new ActorStage().process(doc);
        return doc.get(Layers.ENTITIES);
    }

    private static String describe(List<Entity> es) {
        return es.stream().map(e -> e.code() + " " + e.type() + " " + e.mentions().stream()
                .map(m -> m.text() + "/" + m.role()).toList()).toList().toString();
    }

    private static void resolves(String expected, String tagged) {
        assertEquals(expected, describe(resolve(tagged)), tagged);
    }

    @Test
    void aCompassWordAndACountryAreAPlaceInThatCountry() {
        resolves("[LBN COUNTRY [South Lebanon/PLACE]]", "Farmers/NNS left/VBD South/NNP/LOCATION Lebanon/NNP/LOCATION ./.");
        resolves("[SRB COUNTRY [southern Serbia/PLACE]]", "Floods/NNS hit/VBD southern/JJ Serbia/NNP/LOCATION ./.");
        resolves("[IRQ COUNTRY [central Baghdad/PLACE]]", "Shops/NNS opened/VBD in/IN central/JJ Baghdad/NNP/LOCATION ./.");
    }

    @Test
    void namesTheDictionariesListWholeWin() {
        resolves("[KOR COUNTRY [South Korea/ACTOR]]", "South/NNP/LOCATION Korea/NNP/LOCATION protested/VBD ./.");
        resolves("[null LOCATION [North America/PLACE]]",
                "Exports/NNS to/TO North/NNP/LOCATION America/NNP/LOCATION fell/VBD ./.");
    }
}
