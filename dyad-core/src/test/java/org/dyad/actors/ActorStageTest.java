package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.model.MetaValue;
import org.dyad.pipeline.Doc;
import org.dyad.testkit.Tagged;
import org.dyad.text.CleanText;
import org.junit.jupiter.api.Test;

/**
 * Actor resolution on hand-tagged sentences (word/POS/NER as a tagger would give them), so the rules are tested
 * independently of the tagger. The sentences are written for these tests.
 */
class ActorStageTest {
    private static List<Entity> resolve(Tagged t, String published) {
        Doc doc = new Doc("t.txt");
        doc.put(Layers.CLEAN, CleanText.identity(t.text()));
        doc.put(Layers.SENTENCES, t.sentences());
        doc.put(Layers.META, new ArticleMeta(published == null ? Map.of()
                : Map.of("published", new MetaValue(published, "flag", null))));
        new ActorStage().process(doc);
        return doc.get(Layers.ENTITIES);
    }

    private static Entity named(List<Entity> es, String name) {
        return es.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + es.stream().map(Entity::name).toList()));
    }

    @Test
    void peopleGetTheTitleAndCountryTheArticleGivesThemAndShortFormsMerge() {
        Tagged t = new Tagged()
                .sentence("U.S./NNP/LOCATION Secretary/NNP/ORGANIZATION of/IN/ORGANIZATION State/NNP/ORGANIZATION "
                        + "Antony/NNP/PERSON Blinken/NNP/PERSON met/VBD Vietnamese/JJ Prime/NNP Minister/NNP "
                        + "Pham/NNP/PERSON Minh/NNP/PERSON Chin/NNP/PERSON on/IN Saturday/NNP ./.")
                .sentence("Blinken/NNP/PERSON said/VBD the/DT talks/NNS went/VBD well/RB ./.")
                .sentence("Chinh/NNP/PERSON agreed/VBD ./.");
        List<Entity> es = resolve(t, "2023-04-15");
        Entity blinken = named(es, "Antony Blinken");
        assertEquals(Entity.Type.PERSON, blinken.type());
        assertEquals("USA", blinken.code());
        assertEquals("GOV", blinken.sector());
        assertEquals("U.S. Secretary of State", blinken.title());
        assertEquals("foreign_minister", blinken.role());
        assertEquals(List.of("Antony Blinken", "Blinken"), blinken.mentions().stream().map(Mention::text).toList());
        // The translation's damaged spelling is repaired from the office-holder table, and "Chinh" merges in.
        Entity chinh = named(es, "Pham Minh Chinh");
        assertEquals("VNM", chinh.code());
        assertEquals("Vietnamese Prime Minister", chinh.title());
        assertEquals(2, chinh.mentions().size());
        // "Secretary of State" tagged as an organisation is a title, not an organisation.
        assertTrue(es.stream().noneMatch(e -> e.name().equals("Secretary of State")));
    }

    @Test
    void aLeadersNameBeforeAGovernmentWordIsTheLeadersCountry() {
        Tagged t = new Tagged()
                .sentence("The/DT Modi/NNP/PERSON government/NN raised/VBD fuel/NN duties/NNS ./.")
                .sentence("Officials/NNS of/IN the/DT Albanese/NNP/PERSON administration/NN praised/VBD the/DT Bush/NNP/PERSON "
                        + "Administration/NNP ./.");
        List<Entity> es = resolve(t, "2023-03-01");
        Entity india = named(es, "India");
        assertEquals(Entity.Type.COUNTRY, india.type());
        assertEquals("person:leader-government@office-holders.tsv", india.mentions().get(0).rule());
        assertEquals("AUS", named(es, "Australia").code());
        // A past leader's government is still the country's; undated, the one holder of the name decides.
        assertEquals("USA", named(es, "United States").code());
        assertEquals("IND", named(resolve(t, null), "India").code());
        // A name that is no leader's stays a person.
        Tagged other = new Tagged().sentence("The/DT Kowalczyk/NNP/PERSON government/NN fell/VBD ./.");
        assertEquals(Entity.Type.PERSON, resolve(other, "2023-03-01").get(0).type());
    }

    @Test
    void anOrganisationNamedAfterACapitalIsThatCountrys() {
        Tagged t = new Tagged().sentence("Students/NNS of/IN Nairobi/NNP/ORGANIZATION Technical/NNP/ORGANIZATION "
                + "College/NNP/ORGANIZATION and/CC the/DT Lima/NNP/ORGANIZATION Bus/NNP/ORGANIZATION "
                + "Company/NNP/ORGANIZATION met/VBD ./.");
        List<Entity> es = resolve(t, null);
        assertEquals("KEN", named(es, "Nairobi Technical College").code());
        assertEquals("PER", named(es, "Lima Bus Company").code());
    }

    @Test
    void appositiveTitlesAreTakenButClausesAreNot() {
        Tagged t = new Tagged()
                .sentence("``/`` Ties/NNS are/VBP warm/JJ ,/, ''/'' said/VBD Gregory/NNP/PERSON Linwood/NNP/PERSON ,/, "
                        + "director/NN of/IN the/DT Asia/NNP programme/NN at/IN the/DT Brightwater/NNP/ORGANIZATION "
                        + "Institute/NNP/ORGANIZATION ./.")
                .sentence("He/PRP met/VBD Jo/NNP/PERSON Tran/NNP/PERSON ,/, who/WP became/VBD president/NN "
                        + "last/JJ month/NN ./.");
        List<Entity> es = resolve(t, null);
        Entity linwood = named(es, "Gregory Linwood");
        assertEquals("director of the Asia programme at the Brightwater Institute", linwood.title());
        assertEquals("RES", linwood.sector());
        assertNull(named(es, "Jo Tran").title());
    }

    @Test
    void capitalsAreActorsWhenTheyActAndPlacesWhenTheyAreWhereThingsHappen() {
        Tagged t = new Tagged()
                .sentence("Washington/NNP/LOCATION wants/VBZ closer/JJR ties/NNS with/IN Hanoi/NNP/LOCATION ./.")
                .sentence("Officials/NNS met/VBD in/IN Hanoi/NNP/LOCATION on/IN a/DT visit/NN to/TO "
                        + "Beijing/NNP/LOCATION 's/POS neighbour/NN ./.")
                .sentence("The/DT delegation/NN travelled/VBD to/TO Tokyo/NNP/LOCATION ./.");
        List<Entity> es = resolve(t, null);
        Entity usa = named(es, "United States");
        assertEquals("USA", usa.code());
        assertTrue(usa.isActor());
        Entity vnm = named(es, "Vietnam");
        assertEquals(List.of(Mention.Role.ACTOR, Mention.Role.PLACE), vnm.mentions().stream().map(Mention::role).toList());
        assertTrue(vnm.mentions().get(1).rule().endsWith("+place:preposition"));
        Entity jpn = named(es, "Japan");
        assertFalse(jpn.isActor(), "a destination of travel is a place");
        assertTrue(named(es, "China").isActor());
    }

    @Test
    void aPlaceTheTaggerFoundThatMisspellsOneCountryIsThatCountry() {
        Tagged t = new Tagged()
                .sentence("Moroco/NNP/LOCATION and/CC Keyna/NNP/LOCATION signed/VBD a/DT deal/NN in/IN "
                        + "Argnetina/NNP/LOCATION ./.")
                .sentence("Yalta/NNP/LOCATION ,/, Chin/NNP/LOCATION and/CC Austira/NNP/PERSON are/VBP far/RB ./.");
        List<Entity> es = resolve(t, null);
        Entity mar = named(es, "Morocco");
        assertEquals("MAR", mar.code());
        assertTrue(mar.isActor());
        assertTrue(mar.mentions().get(0).rule().startsWith("dict:country-misspelt@countries.tsv:"),
                mar.mentions().get(0).rule());
        assertEquals("KEN", named(es, "Kenya").code(), "two letters swapped");
        Entity arg = named(es, "Argentina");
        assertFalse(arg.isActor(), "a misspelt country is still only a place where things happen");
        assertNull(named(es, "Yalta").code(), "a changed letter (Malta) is a different name, not a slip");
        assertNull(named(es, "Chin").code(), "too short to guess (China)");
        assertTrue(es.stream().noneMatch(e -> "AUT".equals(e.code())), "only words the tagger calls places");
    }

    @Test
    void anEthnicGroupLivingMostlyInOneCountryIsThatCountrysButAGroupOfSeveralCountriesIsNot() {
        Tagged t = new Tagged().sentence("Yoruba/NNP/PERSON elders/NNS and/CC Tamil/NNP/MISC leaders/NNS met/VBD "
                + "Chechens/NNPS/MISC ./.")
                .sentence("Welsh/NNP/PERSON said/VBD so/RB ./.");
        List<Entity> es = resolve(t, null);
        Entity nga = named(es, "Nigeria");
        assertEquals("NGA", nga.code());
        assertTrue(nga.mentions().get(0).rule().startsWith("dict:ethnic@ethnic-groups.tsv:"), nga.mentions().toString());
        assertEquals("RUS", named(es, "Russia").code());
        assertTrue(es.stream().noneMatch(e -> "GBR".equals(e.code())), "a person the tagger saw is not the group");
        assertTrue(es.stream().noneMatch(e -> "LKA".equals(e.code()) || "IND".equals(e.code())),
                "Tamils live in India and Sri Lanka: no code from the name alone");
    }

    @Test
    void aPlaceTheTaggerFoundThatMisspellsAnEthnicGroupBeforeACommonNounIsThatGroup() {
        Tagged t = new Tagged().sentence("Chechnens/NNP/LOCATION refugees/NNS went/VBD to/TO Tbilisi/NNP/LOCATION ./.")
                .sentence("They/PRP met/VBD in/IN Chechnens/NNP/LOCATION ./.");
        List<Entity> es = resolve(t, null);
        Entity rus = named(es, "Russia");
        assertEquals(1, rus.mentions().size(), "only before a common noun: " + rus.mentions());
        assertTrue(rus.isActor());
        assertTrue(rus.mentions().get(0).rule().startsWith("dict:ethnic-misspelt@ethnic-groups.tsv:"),
                rus.mentions().toString());
    }

    @Test
    void aSharedPlaceNameIsTheOtherCountrysTownWhenOnlyThatCountryIsNamed() {
        Tagged lebanon = new Tagged().sentence("Militias/NNS in/IN Tripoli/NNP/LOCATION clashed/VBD ./.")
                .sentence("Shells/NNS hit/VBD the/DT Lebanese/JJ/MISC port/NN ./.");
        List<Entity> es = resolve(lebanon, null);
        Entity town = es.stream().filter(e -> e.name().equals("Tripoli")).findFirst().orElseThrow();
        assertEquals("LBN", town.code());
        assertFalse(town.isActor(), "a town, not a capital standing for a government");
        assertTrue(town.mentions().get(0).rule().startsWith("dict:shared-name@shared-names.tsv:"),
                town.mentions().toString());
        assertTrue(es.stream().noneMatch(e -> "LBY".equals(e.code())));

        Tagged libya = new Tagged().sentence("Tripoli/NNP/LOCATION said/VBD it/PRP would/MD talk/VB to/TO "
                + "Lebanese/JJ/MISC envoys/NNS and/CC Libyan/JJ/MISC tribes/NNS ./.");
        assertEquals("LBY", resolve(libya, null).stream().filter(e -> e.mentions().stream()
                .anyMatch(m -> m.text().equals("Tripoli"))).findFirst().orElseThrow().code(),
                "with Libya named too, the usual reading stands");
    }

    @Test
    void anUnlistedBodyWhoseNameStartsWithAListedOrganisationIsPartOfIt() {
        Tagged t = new Tagged().sentence("The/DT United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION "
                + "Emergency/NNP/ORGANIZATION Relief/NNP/ORGANIZATION Office/NNP/ORGANIZATION spoke/VBD ./.");
        Entity un = resolve(t, null).stream().filter(e -> "UNO".equals(e.code())).findFirst()
                .orElseThrow(() -> new AssertionError("no UNO entity"));
        assertEquals(Entity.Type.ORGANIZATION, un.type());
        Mention m = un.mentions().get(0);
        assertEquals("United Nations Emergency Relief Office", m.text());
        assertTrue(m.rule().endsWith("+ner:organization") && m.rule().startsWith("dict:organization@"), m.rule());
        Tagged charter = new Tagged().sentence("They/PRP cited/VBD the/DT United/NNP/ORGANIZATION "
                + "Nations/NNP/ORGANIZATION Charter/NNP/ORGANIZATION ./.");
        assertTrue(resolve(charter, null).stream().noneMatch(e -> "UNO".equals(e.code())),
                "a body's charter is a text, not a part of the body");
    }

    @Test
    void placesThatContainACountrysNameAreNeverActors() {
        Tagged t = new Tagged().sentence("Ships/NNS sailed/VBD the/DT South/NNP/LOCATION China/NNP/LOCATION "
                + "Sea/NNP/LOCATION near/IN Karuizawa/NNP/LOCATION ./.");
        List<Entity> es = resolve(t, null);
        assertTrue(es.stream().noneMatch(e -> "CHN".equals(e.code())), es.toString());
        Entity sea = named(es, "South China Sea");
        assertEquals(Entity.Type.LOCATION, sea.type());
        assertFalse(sea.isActor());
        assertFalse(named(es, "Karuizawa").isActor());
    }

    @Test
    void demonymsMetonymsOrganisationsAndDatelines() {
        Tagged t = new Tagged()
                .sentence("HANOI/NNP/LOCATION (/-LRB- Wire/NNP )/-RRB- -/: Vietnamese/JJ officials/NNS and/CC the/DT "
                        + "White/NNP House/NNP welcomed/VBD the/DT ASEAN/NNP/ORGANIZATION statement/NN ./.");
        List<Entity> es = resolve(t, null);
        Entity vnm = named(es, "Vietnam");
        assertEquals(Mention.Role.PLACE, vnm.mentions().get(0).role(), "a dateline is where the story was filed");
        assertTrue(vnm.mentions().get(0).rule().endsWith("+place:dateline"));
        assertEquals(Mention.Role.ACTOR, vnm.mentions().get(1).role());
        Entity usa = named(es, "United States");
        assertTrue(usa.mentions().get(0).rule().startsWith("dict:metonym@metonyms.tsv:"));
        Entity asean = es.stream().filter(e -> e.type() == Entity.Type.ORGANIZATION).findFirst().orElseThrow();
        assertEquals("ASN", asean.code());
    }

    @Test
    void theTaggersDroppedNamePartIsRecoveredForKnownOfficeHolders() {
        Tagged t = new Tagged().sentence("Party/NNP chief/NN To/TO Lam/NNP/PERSON received/VBD the/DT envoy/NN ./.");
        Entity lam = named(resolve(t, "2024-10-07"), "To Lam");
        assertEquals("VNM", lam.code());
        assertEquals("To Lam", lam.mentions().get(0).text());
    }

    @Test
    void ambiguousCountryNamesNeedTheTaggersSupport() {
        Tagged t = new Tagged()
                .sentence("Jordan/NNP/PERSON Smith/NNP/PERSON scored/VBD twice/RB ./.")
                .sentence("Officials/NNS from/IN Jordan/NNP/LOCATION arrived/VBD ./.");
        List<Entity> es = resolve(t, null);
        assertNotNull(named(es, "Jordan Smith"));
        Entity jor = es.stream().filter(e -> "JOR".equals(e.code())).findFirst().orElseThrow();
        assertEquals(1, jor.mentions().size());
    }

    @Test
    void aTitleNamingTheSameOfficeConfirmsAHolderWhateverTheDate() {
        // The article's date is outside the term, but "President" + the full name agree with the table's row.
        Tagged t = new Tagged().sentence("President/NNP Mwai/NNP/PERSON Kibaki/NNP/PERSON spoke/VBD ./.");
        Entity kibaki = named(resolve(t, "1990-06-01"), "Mwai Kibaki");
        assertEquals("KEN", kibaki.code());
        // Without a title, a date outside every term gives no country.
        Tagged bare = new Tagged().sentence("Mwai/NNP/PERSON Kibaki/NNP/PERSON spoke/VBD ./.");
        assertEquals(null, named(resolve(bare, "1990-06-01"), "Mwai Kibaki").code());
    }

    @Test
    void aBareSurnameIsTheOnlyHolderOfThatNameInOfficeOnTheDate() {
        Tagged t = new Tagged().sentence("Kibaki/NNP/PERSON spoke/VBD ./.");
        assertEquals("KEN", resolve(t, "2005-06-01").get(0).code());
        assertEquals(null, resolve(t, null).get(0).code(), "no date, no guess");
        assertEquals(null, resolve(t, "2020-06-01").get(0).code(), "out of office");
        Tagged titled = new Tagged().sentence("President/NNP Kibaki/NNP/PERSON spoke/VBD ./.");
        assertEquals("KEN", resolve(titled, "1990-06-01").get(0).code(), "the title names his office");
    }

    @Test
    void aLeaderCalledByAFamilyNameThatComesFirstIsFoundAndTheTitleHolderOfTheDayIsPreferred() {
        Tagged xi = new Tagged().sentence("President/NNP Xi/NNP/PERSON received/VBD the/DT envoy/NN ./.");
        Entity president = resolve(xi, "2024-05-01").get(0);
        assertEquals("CHN", president.code(), "\"Xi\" is the family name of Xi Jinping");
        assertEquals("head_of_state", president.role());
        // "Premier Li": Li Keqiang until March 2023, Li Qiang after; the date picks one
        Tagged li = new Tagged().sentence("Premier/NNP Li/NNP/PERSON spoke/VBD ./.");
        assertEquals("CHN", resolve(li, "2024-05-01").get(0).code());
        assertEquals("CHN", resolve(li, "2016-05-01").get(0).code());
        Tagged lone = new Tagged().sentence("Li/NNP/PERSON spoke/VBD ./.");
        assertEquals(null, resolve(lone, "2024-05-01").get(0).code(), "no title, and a common name: no guess");
    }
}
