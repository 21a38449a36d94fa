package org.dyad.ladders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dyad.Layers;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Dependency;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.model.MetaValue;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.Doc;
import org.dyad.text.CleanText;
import org.junit.jupiter.api.Test;

/**
 * The stage on hand-made layers (no language models): its contract (name, layers), evidence in the original's code
 * points, and documents with nothing or with noise in them.
 */
class PartnershipStageTest {
    private static final PartnershipStage STAGE = new PartnershipStage();

    /** One sentence, tokens split on spaces, with the given dependency arcs (dep, gov, rel). */
    private static Sentence sentence(String text, int offset, String[][] arcs) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        int i = 0;
        for (String w : text.split(" ")) {
            int b = text.indexOf(w, pos);
            String tag = w.matches("[A-Z].*") ? "NNP" : w.matches("have|has") ? "VBP" : w.endsWith("s") ? "NNS" : "JJ";
            tokens.add(new Token(i++, w, offset + b, offset + b + w.length(), tag, w.toLowerCase(), "O", null));
            pos = b + w.length();
        }
        List<Dependency> deps = new ArrayList<>();
        for (String[] a : arcs) {
            deps.add(new Dependency(Integer.parseInt(a[1]), Integer.parseInt(a[0]), a[2]));
        }
        return new Sentence(0, offset, offset + text.length(), tokens, deps);
    }

    private static Entity country(String id, String code, String name, int begin) {
        return new Entity(id, name, Entity.Type.COUNTRY, code, null, null, null, null,
                List.of(new Mention(begin, begin + name.length(), name, Mention.Role.ACTOR, "test")), "test");
    }

    private static Doc doc(String original, List<Sentence> sentences, List<Entity> entities) {
        Doc d = new Doc("t.txt");
        d.put(Layers.CLEAN, CleanText.identity(original));
        d.put(Layers.META, new ArticleMeta(Map.of("published", new MetaValue("2023-04-16", "flag", null))));
        d.put(Layers.SENTENCES, sentences);
        d.put(Layers.TIMES, List.of());
        d.put(Layers.ENTITIES, entities);
        return d;
    }

    @Test
    void declaresItsNameAndLayers() {
        assertEquals("partnerships", STAGE.name());
        assertEquals(java.util.Set.of(Layers.SENTENCES, Layers.ENTITIES, Layers.TIMES, Layers.CLEAN, Layers.META),
                STAGE.requires());
        assertEquals(java.util.Set.of(PartnershipStage.STATEMENTS), STAGE.provides());
    }

    @Test
    void aStatementFromParsedLayersWithEvidenceInCodePointsOfTheOriginal() {
        String prefix = "\ud83c\uddfb\ud83c\uddf3 ";
        String s = "Vietnam and Laos have special relations";
        String original = prefix + s + ".";
        int o = prefix.length();
        // Vietnam <-nsubj- have; and <-cc- Laos; Laos <-conj- Vietnam; special <-amod- relations; relations <-obj- have
        Sentence sent = sentence(s, o, new String[][] {{"0", "3", "nsubj"}, {"1", "2", "cc"}, {"2", "0", "conj"},
                {"3", "-1", "root"}, {"4", "5", "amod"}, {"5", "3", "obj"}});
        Doc d = doc(original, List.of(sent), List.of(country("e1", "VNM", "Vietnam", o),
                country("e2", "LAO", "Laos", o + 12)));
        STAGE.process(d);
        List<PartnershipRecord> found = d.get(PartnershipStage.STATEMENTS);
        assertEquals(1, found.size(), found.toString());
        PartnershipRecord r = found.get(0);
        assertEquals(List.of("p1", "VNM", "LAO", "VNM:SR", "in_force", "2023-04-16"),
                List.of(r.id(), r.owner(), r.partner(), r.rung(), r.type(), r.asOf()));
        assertEquals(3, r.evidence().get(0).start(), "two flag emoji are four chars but two code points");
        assertEquals(s, r.evidence().get(0).text());
    }

    @Test
    void emptyAndNoisyDocumentsGiveNothingAndNeverFail() {
        Doc empty = doc("", List.of(), List.of());
        STAGE.process(empty);
        assertEquals(List.of(), empty.get(PartnershipStage.STATEMENTS));
        Random random = new Random(11);
        String[] words = {"comprehensive", "strategic", "partnership", "partners", "top", "tier", "Vietnam", "17",
            "upgraded", "not", "the", "anniversary", "10th", "of", "that", "level", "Hanoi", "and", "with"};
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(14);
            for (int i = 0; i < len; i++) {
                sb.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            String text = sb.toString();
            String[][] arcs = new String[len][];
            for (int i = 0; i < len; i++) {
                arcs[i] = new String[] {String.valueOf(i), String.valueOf(i == 0 ? -1 : random.nextInt(len)),
                    random.nextBoolean() ? "obl" : "nsubj"};
            }
            List<Entity> ents = new ArrayList<>();
            int at = text.indexOf("Vietnam");
            if (at >= 0) {
                ents.add(country("e1", "VNM", "Vietnam", at));
            }
            Doc d = doc(text, List.of(sentence(text, 0, arcs)), ents);
            STAGE.process(d);
            for (PartnershipRecord r : d.get(PartnershipStage.STATEMENTS)) {
                assertTrue(PartnershipRecord.TYPES.contains(r.type()), text);
            }
        }
    }
}
