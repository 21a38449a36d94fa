package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.model.MetaValue;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Pipeline;
import org.dyad.testkit.Tagged;
import org.dyad.text.CleanText;
import org.junit.jupiter.api.Test;

/** The stage on hand-parsed sentences: no tagger, no parser, only the coder's own rules. */
class EventStageTest {

    private static List<EventRecord> run(EventStage stage, Tagged t, List<Entity> entities) {
        Doc doc = new Doc("test");
        doc.put(Layers.CLEAN, CleanText.identity(t.text()));
        doc.put(Layers.META, new ArticleMeta(Map.of("published", new MetaValue("2023-04-13", "flag", null))));
        doc.put(Layers.SENTENCES, t.sentences());
        doc.put(Layers.TIMES, List.of());
        doc.put(Layers.ENTITIES, entities);
        stage.process(doc);
        return doc.get(EventStage.EVENTS);
    }

    /** A country entity with one mention per (word, role) pair, found in the text. */
    private static Entity country(String id, String code, String text, Object... wordsAndRoles) {
        List<Mention> ms = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < wordsAndRoles.length; i += 2) {
            String w = (String) wordsAndRoles[i];
            int at = text.indexOf(w, from);
            ms.add(new Mention(at, at + w.length(), w, (Mention.Role) wordsAndRoles[i + 1], "test"));
            from = at + w.length();
        }
        return new Entity(id, code, Entity.Type.COUNTRY, code, null, null, null, null, ms, "test");
    }

    @Test
    void aPlaceWhereOfficialsMetIsNeverAnActor() {
        EventStage stage = new EventStage();
        Tagged t = new Tagged().sentence("Officials/NNS met/VBD in/IN Hanoi/NNP ./.",
                "1>0:nsubj", "-1>1:root", "3>2:case", "1>3:obl", "1>4:punct");
        List<EventRecord> out = run(stage, t, List.of(country("e1", "VNM", t.text(), "Hanoi", Mention.Role.PLACE)));
        assertEquals(List.of(), out);
        assertEquals(1, stage.counts().noActor(), "a sentence naming only a place names no actor");
    }

    @Test
    void anObjectTheParserHungBelowADateIsStillTheObject() {
        // "rejected Monday a Romanian proposal": parsers often attach the object as "dep" of the date between them
        Tagged t = new Tagged().sentence("Hungary/NNP rejected/VBD/O/reject Monday/NNP a/DT Romanian/JJ "
                        + "proposal/NN ./.",
                "1>0:nsubj", "-1>1:root", "1>2:obl:tmod", "5>3:det", "5>4:amod", "2>5:dep", "1>6:punct");
        List<EventRecord> out = run(new EventStage(), t, List.of(
                country("e1", "HUN", t.text(), "Hungary", Mention.Role.ACTOR),
                country("e2", "ROU", t.text(), "Romanian", Mention.Role.ACTOR)));
        assertEquals(1, out.size());
        assertEquals("ROU", out.get(0).target().code());
        assertEquals("reject.generic:reject", out.get(0).rule());
    }

    @Test
    void twoCountriesAndNoEventVerbGiveNothingAndAreCounted() {
        EventStage stage = new EventStage();
        Tagged t = new Tagged().sentence("Vietnam/NNP and/CC China/NNP share/VBP a/DT border/NN ./.",
                "3>0:nsubj", "2>1:cc", "0>2:conj", "-1>3:root", "5>4:det", "3>5:obj", "3>6:punct");
        List<EventRecord> out = run(stage, t, List.of(
                country("e1", "VNM", t.text(), "Vietnam", Mention.Role.ACTOR),
                country("e2", "CHN", t.text(), "China", Mention.Role.ACTOR)));
        assertEquals(List.of(), out);
        assertEquals(1, stage.counts().noPattern());
        assertEquals(0, stage.counts().coded());
    }

    @Test
    void aMatchedVerbGivesTheEventWithItsRuleAndEvidence() {
        EventStage stage = new EventStage();
        Tagged t = new Tagged().sentence("Vietnam/NNP criticized/VBD/O/criticize China/NNP ./.",
                "1>0:nsubj", "-1>1:root", "1>2:obj", "1>3:punct");
        List<EventRecord> out = run(stage, t, List.of(
                country("e1", "VNM", t.text(), "Vietnam", Mention.Role.ACTOR),
                country("e2", "CHN", t.text(), "China", Mention.Role.ACTOR)));
        assertEquals(1, out.size());
        EventRecord e = out.get(0);
        assertEquals("VNM", e.source().code());
        assertEquals("CHN", e.target().code());
        assertEquals("111", e.cameo());
        assertEquals("happened", e.status());
        assertEquals("disapprove.criticize:criticize", e.rule());
        assertEquals("criticized", e.trigger().text());
        assertEquals(t.text(), e.sentence().text());
        assertEquals(1, stage.counts().coded());
    }

    @Test
    void theStageDeclaresWhatItNeeds() {
        EventStage stage = new EventStage();
        assertEquals("events", stage.name());
        assertEquals(Set.of(EventStage.EVENTS), stage.provides());
        assertThrows(IllegalArgumentException.class, () -> Pipeline.of(Set.of(Layers.SOURCE), List.of(stage)));
    }

    @Test
    void emptyAndUnparsedInputGiveNothing() {
        EventStage stage = new EventStage();
        assertEquals(List.of(), run(stage, new Tagged(), List.of()));
        Tagged t = new Tagged().sentence("Vietnam/NNP visited/VBD/O/visit China/NNP");
        assertEquals(List.of(), run(stage, t, List.of(
                country("e1", "VNM", t.text(), "Vietnam", Mention.Role.ACTOR),
                country("e2", "CHN", t.text(), "China", Mention.Role.ACTOR))), "no arcs, no actors attached");
    }

    /** "GROUP in Togo attacked the Ghanaian embassy", Togo being a place mention. */
    private static List<EventRecord> groupInTogoAttacks(String word, String lemma) {
        Tagged t = new Tagged().sentence(word + "/NNS/O/" + lemma + " in/IN Togo/NNP attacked/VBD/O/attack the/DT "
                        + "Ghanaian/JJ embassy/NN ./.",
                "3>0:nsubj", "2>1:case", "0>2:nmod", "-1>3:root", "6>4:det", "6>5:amod", "3>6:obj", "3>7:punct");
        return run(new EventStage(), t, List.of(
                country("e1", "TGO", t.text(), "Togo", Mention.Role.PLACE),
                country("e2", "GHA", t.text(), "Ghanaian", Mention.Role.ACTOR)));
    }

    @Test
    void aDomesticGroupInACountryIsThatCountrysGroupWithItsSector() {
        EventRecord e = groupInTogoAttacks("Rebels", "rebel").stream().filter(r -> r.target() != null).findFirst()
                .orElseThrow();
        assertEquals("TGO", e.source().code());
        assertEquals("REB", e.source().sector());
        assertEquals("Rebels in Togo", e.source().text());
        assertEquals("GHA", e.target().code());
    }

    @Test
    void securityForcesInACountryAreThatCountrysPolice() {
        Tagged t = new Tagged().sentence("Security/NN/O/security forces/NNS/O/force in/IN Togo/NNP "
                        + "attacked/VBD/O/attack the/DT Ghanaian/JJ embassy/NN ./.",
                "1>0:compound", "4>1:nsubj", "3>2:case", "1>3:nmod", "-1>4:root", "7>5:det", "7>6:amod", "4>7:obj",
                "4>8:punct");
        List<EventRecord> out = run(new EventStage(), t, List.of(
                country("e1", "TGO", t.text(), "Togo", Mention.Role.PLACE),
                country("e2", "GHA", t.text(), "Ghanaian", Mention.Role.ACTOR)));
        EventRecord e = out.stream().filter(r -> r.target() != null).findFirst().orElseThrow();
        assertEquals("TGO", e.source().code());
        assertEquals("COP", e.source().sector(), "\"security forces\" wins over \"forces\" alone");
    }

    /** "Bolivian GROUP VERB OBJ to PURPOSE Peruvian TARGET." (words as word/POS/NER/lemma), parsed. */
    private static List<EventRecord> bolivianPurpose(String group, String verb, String obj, String purpose,
                                                     String target) {
        Tagged t = new Tagged().sentence("Bolivian/JJ " + group + " " + verb + " " + obj + " to/TO " + purpose
                        + " Peruvian/JJ " + target + " ./.",
                "1>0:amod", "2>1:nsubj", "-1>2:root", "2>3:obj", "5>4:mark", "2>5:advcl", "7>6:amod", "5>7:obj",
                "2>8:punct");
        return bolivianAndPeru(t, "Bolivian", Mention.Role.ACTOR, "Peruvian");
    }

    @Test
    void aProtestsTargetIsTheObjectOfItsPurposeClause() {
        EventRecord e = bolivianPurpose("farmers/NNS/O/farmer", "blocked/VBD/O/block", "roads/NNS/O/road",
                "demand/VB/O/demand", "aid/NN").stream().filter(r -> r.cameo().equals("144")).findFirst().orElseThrow();
        assertEquals("BOL", e.source().code());
        assertEquals("CVL", e.source().sector());
        assertEquals("PER", e.target().code());
        // "opened fire to disperse Peruvian fishermen": the same for firing
        EventRecord f = bolivianPurpose("police/NNS/O/police", "opened/VBD/O/open", "fire/NN/O/fire",
                "disperse/VB/O/disperse", "fishermen/NNS/O/fisherman").stream()
                .filter(r -> r.cameo().equals("193")).findFirst().orElseThrow();
        assertEquals("COP", f.source().sector());
        assertEquals("PER", f.target().code());
    }

    /** Tajikistan, mentioned by its demonym "Tajiks" in {@code t}. */
    private static Entity tajiks(Tagged t) {
        int at = t.text().indexOf("Tajiks");
        return new Entity("e1", "Tajikistan", Entity.Type.COUNTRY, "TJK", null, null, null, null,
                List.of(new Mention(at, at + 6, "Tajiks", Mention.Role.ACTOR, "dict:demonym@countries.tsv:1")), "t");
    }

    /** "[Ethnic] Tajiks in|of Kyrgyzstan attacked the Uzbek embassy", "Tajiks" a demonym mention. */
    private static EventRecord tajiksAttack(String ethnic, String prep) {
        String words = (ethnic.isEmpty() ? "" : ethnic + "/JJ ") + "Tajiks/NNPS/O/Tajik " + prep + "/IN "
                + "Kyrgyzstan/NNP attacked/VBD/O/attack the/DT Uzbek/JJ embassy/NN ./.";
        int o = ethnic.isEmpty() ? 0 : 1;
        List<String> arcs = new ArrayList<>(List.of((o + 3) + ">" + o + ":nsubj", (o + 2) + ">" + (o + 1) + ":case",
                o + ">" + (o + 2) + ":nmod", "-1>" + (o + 3) + ":root", (o + 6) + ">" + (o + 4) + ":det",
                (o + 6) + ">" + (o + 5) + ":amod", (o + 3) + ">" + (o + 6) + ":obj", (o + 3) + ">" + (o + 7) + ":punct"));
        if (o == 1) {
            arcs.add("1>0:amod");
        }
        Tagged t = new Tagged().sentence(words, arcs.toArray(String[]::new));
        Entity tajiks = tajiks(t);
        return run(new EventStage(), t, List.of(tajiks,
                country("e2", "KGZ", t.text(), "Kyrgyzstan", Mention.Role.PLACE),
                country("e3", "UZB", t.text(), "Uzbek", Mention.Role.ACTOR))).stream()
                .filter(r -> r.target() != null).findFirst().orElseThrow();
    }

    @Test
    void anEthnicGroupIsCodedByTheCountryItLivesIn() {
        EventRecord e = tajiksAttack("Ethnic", "in");
        assertEquals("KGZ", e.source().code());
        assertEquals("Tajiks in Kyrgyzstan", e.source().text());
        assertEquals("UZB", e.target().code());
        assertEquals("KGZ", tajiksAttack("", "of").source().code(), "\"the Tajiks of Kyrgyzstan\" live there");
        assertEquals("TJK", tajiksAttack("", "in").source().code(), "\"Tajiks in Kyrgyzstan\" may be visitors");
    }

    @Test
    void anEthnicGroupActingInACountryLivesThere() {
        Tagged t = new Tagged().sentence("Ethnic/JJ Tajiks/NNPS/O/Tajik demonstrated/VBD/O/demonstrate in/IN "
                        + "Kyrgyzstan/NNP ./.",
                "1>0:amod", "2>1:nsubj", "-1>2:root", "4>3:case", "2>4:obl", "2>5:punct");
        Entity tajiks = tajiks(t);
        List<EventRecord> out = run(new EventStage(), t, List.of(tajiks,
                country("e2", "KGZ", t.text(), "Kyrgyzstan", Mention.Role.PLACE)));
        assertEquals(1, out.size());
        assertEquals("KGZ", out.get(0).source().code());
        assertEquals("Ethnic Tajiks", out.get(0).source().text());
    }

    /** Runs a hand-parsed sentence naming Bolivia and Peru by the given words, with the given roles. */
    private static List<EventRecord> bolivianAndPeru(Tagged t, String bol, Mention.Role bolRole, String per) {
        return run(new EventStage(), t, List.of(country("e1", "BOL", t.text(), bol, bolRole),
                country("e2", "PER", t.text(), per, Mention.Role.ACTOR)));
    }

    @Test
    void aQuantityOfAGroupIsTheGroupAndAPlaceOnTheQuantityLocatesIt() {
        Tagged t = new Tagged().sentence("Tens/NNS/O/ten of/IN thousands/NNS/O/thousand of/IN farmers/NNS/O/farmer "
                        + "throughout/IN Bolivia/NNP staged/VBD/O/stage rallies/NNS/O/rally against/IN "
                        + "Peruvian/JJ tariffs/NNS/O/tariff ./.",
                "7>0:nsubj", "2>1:case", "0>2:nmod", "4>3:case", "2>4:nmod", "6>5:case", "0>6:nmod", "-1>7:root",
                "7>8:obj", "11>9:case", "11>10:amod", "8>11:nmod", "7>12:punct");
        EventRecord e = bolivianAndPeru(t, "Bolivia", Mention.Role.PLACE, "Peruvian").stream()
                .filter(r -> r.cameo().startsWith("14")).findFirst().orElseThrow();
        assertEquals("BOL", e.source().code());
        assertEquals("CVL", e.source().sector());
        assertEquals("PER", e.target().code());
    }

    @Test
    void aGroupBasedInACountryIsThatCountrys() {
        Tagged t = new Tagged().sentence("A/DT newspaper/NN/O/newspaper based/VBN/O/base in/IN Bolivia/NNP "
                        + "criticized/VBD/O/criticize Peru/NNP ./.",
                "1>0:det", "5>1:nsubj", "1>2:acl", "4>3:case", "2>4:obl", "-1>5:root", "5>6:obj", "5>7:punct");
        EventRecord e = bolivianAndPeru(t, "Bolivia", Mention.Role.PLACE, "Peru").get(0);
        assertEquals("BOL", e.source().code());
        assertEquals("MED", e.source().sector());
        assertEquals("PER", e.target().code());
    }

    @Test
    void refugeesFleeingACountryAreThatCountrys() {
        Tagged t = new Tagged().sentence("Peru/NNP sent/VBD/O/send food/NN to/IN refugees/NNS/O/refugee "
                        + "fleeing/VBG/O/flee the/DT war/NN in/IN Bolivia/NNP ./.",
                "1>0:nsubj", "-1>1:root", "1>2:obj", "4>3:case", "1>4:obl", "4>5:acl", "7>6:det", "5>7:obj",
                "9>8:case", "7>9:nmod", "1>10:punct");
        EventRecord e = bolivianAndPeru(t, "Bolivia", Mention.Role.PLACE, "Peru").get(0);
        assertEquals("PER", e.source().code());
        assertEquals("BOL", e.target().code());
        assertEquals("REF", e.target().sector());
    }

    @Test
    void theSubjectOfAnUnlessClauseIsTheTargetOfTheConditionalAct() {
        Tagged t = new Tagged().sentence("Bolivian/JJ miners/NNS/O/miner threatened/VBD/O/threaten to/TO "
                        + "hold/VB/O/hold a/DT strike/NN unless/IN Peru/NNP lifted/VBD/O/lift its/PRP$ tariffs/NNS ./.",
                "1>0:amod", "2>1:nsubj", "-1>2:root", "4>3:mark", "2>4:xcomp", "6>5:det", "4>6:obj", "9>7:mark",
                "9>8:nsubj", "4>9:advcl", "11>10:nmod:poss", "9>11:obj", "2>12:punct");
        EventRecord e = bolivianAndPeru(t, "Bolivian", Mention.Role.ACTOR, "Peru").stream()
                .filter(r -> r.cameo().equals("143")).findFirst().orElseThrow();
        assertEquals("BOL", e.source().code());
        assertEquals("PER", e.target().code());
    }

    @Test
    void aCalledOffStrikeEasesDissentAndIsNoStrike() {
        Tagged t = new Tagged().sentence("Bolivian/JJ miners/NNS/O/miner called/VBD/O/call off/RP their/PRP$ "
                        + "strike/NN ./.",
                "1>0:amod", "2>1:nsubj", "-1>2:root", "2>3:compound:prt", "5>4:nmod:poss", "2>5:obj", "2>6:punct");
        List<EventRecord> out = run(new EventStage(), t, List.of(
                country("e1", "BOL", t.text(), "Bolivian", Mention.Role.ACTOR)));
        assertEquals(List.of("082"), out.stream().map(EventRecord::cameo).toList(), "no phone call, no strike");
    }

    @Test
    void aCallForSanctionsAgainstACountryRalliesOppositionAgainstIt() {
        Tagged t = new Tagged().sentence("Bolivia/NNP called/VBD/O/call for/IN sanctions/NNS/O/sanction "
                        + "against/IN Peru/NNP ./.",
                "1>0:nsubj", "-1>1:root", "3>2:case", "1>3:obl", "5>4:case", "3>5:nmod", "1>6:punct");
        List<EventRecord> out = bolivianAndPeru(t, "Bolivia", Mention.Role.ACTOR, "Peru");
        assertEquals(1, out.size());
        assertEquals("113", out.get(0).cameo());
        assertEquals("PER", out.get(0).target().code());
    }

    @Test
    void troopsStationedInACountryAreNotThatCountrys() {
        assertEquals(List.of(), groupInTogoAttacks("Troops", "troop"),
                "the troops' own country is not named, and a place is never a source");
    }

    @Test
    void aDemonymBeforeAGroupNounGivesTheGroupsSector() {
        EventStage stage = new EventStage();
        Tagged t = new Tagged().sentence("Chilean/JJ police/NNS/O/police arrested/VBD/O/arrest Peruvian/JJ "
                        + "fishermen/NNS/O/fisherman ./.",
                "1>0:amod", "2>1:nsubj", "-1>2:root", "4>3:amod", "2>4:obj", "2>5:punct");
        List<EventRecord> out = run(stage, t, List.of(
                country("e1", "CHL", t.text(), "Chilean", Mention.Role.ACTOR),
                country("e2", "PER", t.text(), "Peruvian", Mention.Role.ACTOR)));
        assertEquals(1, out.size());
        assertEquals("CHL", out.get(0).source().code());
        assertEquals("COP", out.get(0).source().sector());
        assertEquals("PER", out.get(0).target().code());
        assertEquals("173", out.get(0).cameo());
    }

    @Test
    void theFirstPhraseThatNamesAPartyIsTheTargetNotTheFirstPhraseWithThatPreposition() {
        EventStage stage = new EventStage();
        Tagged t = new Tagged().sentence("Mali/NNP extended/VBD/O/extend the/DT curfew/NN in/IN Kidal/NNP in/IN "
                        + "response/NN to/IN riots/NNS/O/riot ./.",
                "1>0:nsubj", "-1>1:root", "3>2:det", "1>3:obj", "5>4:case", "3>5:nmod", "7>6:case", "1>7:obl",
                "9>8:case", "7>9:nmod", "1>10:punct");
        Entity mali = country("e1", "MLI", t.text(), "Mali", Mention.Role.ACTOR, "Kidal", Mention.Role.PLACE);
        List<EventRecord> out = run(stage, t, List.of(mali));
        assertEquals(1, out.size());
        assertEquals("1723", out.get(0).cameo());
        assertEquals("MLI", out.get(0).target().code(), "the curfew's place, not \"in response\"");
        assertEquals(true, out.get(0).target().place());
    }

    @Test
    void theTwoCountriesOfALaterSentenceAreThePairTheArticleLastNamed() {
        Tagged t = new Tagged()
                .sentence("Peru/NNP and/CC Bolivia/NNP opened/VBD/O/open talks/NNS/O/talk ./.",
                        "3>0:nsubj", "2>1:cc", "0>2:conj", "-1>3:root", "3>4:obj", "3>5:punct")
                .sentence("The/DT two/CD countries/NNS/O/country signed/VBD/O/sign a/DT treaty/NN ./.",
                        "2>0:det", "2>1:nummod", "3>2:nsubj", "-1>3:root", "5>4:det", "3>5:obj", "3>6:punct");
        List<EventRecord> out = bolivianAndPeru(t, "Bolivia", Mention.Role.ACTOR, "Peru");
        EventRecord signed = out.stream().filter(r -> r.cameo().equals("057")).findFirst().orElseThrow();
        assertEquals(true, signed.mutual());
        assertEquals(Set.of("PER", "BOL"), Set.of(signed.source().code(), signed.target().code()));
        assertEquals("The two countries", signed.source().text());
    }

    @Test
    void threePartiesNamedAlikeGiveNoPairAndAPronounAloneNamesNone() {
        Tagged t = new Tagged()
                .sentence("Peru/NNP ,/, Chile/NNP and/CC Bolivia/NNP opened/VBD/O/open talks/NNS/O/talk ./.",
                        "5>0:nsubj", "0>1:punct", "0>2:conj", "4>3:cc", "0>4:conj", "-1>5:root", "5>6:obj",
                        "5>7:punct")
                .sentence("The/DT two/CD countries/NNS/O/country signed/VBD/O/sign a/DT treaty/NN ./.",
                        "2>0:det", "2>1:nummod", "3>2:nsubj", "-1>3:root", "5>4:det", "3>5:obj", "3>6:punct")
                .sentence("They/PRP signed/VBD/O/sign a/DT treaty/NN ./.",
                        "1>0:nsubj", "-1>1:root", "3>2:det", "1>3:obj", "1>4:punct");
        List<EventRecord> out = run(new EventStage(), t, List.of(
                country("e1", "PER", t.text(), "Peru", Mention.Role.ACTOR),
                country("e2", "CHL", t.text(), "Chile", Mention.Role.ACTOR),
                country("e3", "BOL", t.text(), "Bolivia", Mention.Role.ACTOR)));
        assertEquals(List.of(), out.stream().filter(r -> r.cameo().equals("057")).toList(),
                "which two of the three is not said, and a sentence with only a pronoun is not coded");
    }

    @Test
    void thePairIsTheTwoPartiesNamedMostOftenSoAThirdNamedOnceDoesNotBreakIt() {
        Tagged t = new Tagged()
                .sentence("Peru/NNP and/CC Bolivia/NNP opened/VBD/O/open talks/NNS/O/talk ./.",
                        "3>0:nsubj", "2>1:cc", "0>2:conj", "-1>3:root", "3>4:obj", "3>5:punct")
                .sentence("Peru/NNP ,/, Chile/NNP and/CC Bolivia/NNP are/VBP neighbours/NNS ./.",
                        "6>0:nsubj", "0>1:punct", "0>2:conj", "4>3:cc", "0>4:conj", "6>5:cop", "-1>6:root",
                        "6>7:punct")
                .sentence("The/DT two/CD countries/NNS/O/country signed/VBD/O/sign a/DT treaty/NN ./.",
                        "2>0:det", "2>1:nummod", "3>2:nsubj", "-1>3:root", "5>4:det", "3>5:obj", "3>6:punct");
        List<EventRecord> out = run(new EventStage(), t, List.of(
                country("e1", "PER", t.text(), "Peru", Mention.Role.ACTOR, "Peru", Mention.Role.ACTOR),
                country("e2", "CHL", t.text(), "Chile", Mention.Role.ACTOR),
                country("e3", "BOL", t.text(), "Bolivia", Mention.Role.ACTOR, "Bolivia", Mention.Role.ACTOR)));
        EventRecord signed = out.stream().filter(r -> r.cameo().equals("057")).findFirst().orElseThrow();
        assertEquals(Set.of("PER", "BOL"), Set.of(signed.source().code(), signed.target().code()));
    }
}
