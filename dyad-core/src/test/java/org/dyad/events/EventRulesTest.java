package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.dyad.Layers;
import org.dyad.data.Tsv;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.model.MetaValue;
import org.dyad.pipeline.Doc;
import org.dyad.testkit.Tagged;
import org.dyad.text.CleanText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coder's rules, one hand-parsed sentence each, read from the table {@code events/rule-cases.tsv} (its header
 * gives the columns and the expectation syntax). The parses are those CoreNLP gives where a rule is there to repair
 * one. Articles are dated 2023-04-13.
 */
class EventRulesTest {
    /** Country words of the cases and their codes; "Castillo" is a Peruvian office holder. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("La Paz", "BOL");
        WORDS.put("Bolivian", "BOL");
        WORDS.put("Bolivia", "BOL");
        WORDS.put("Peruvian", "PER");
        WORDS.put("Peru", "PER");
        WORDS.put("Chile", "CHL");
        WORDS.put("Castillo", "PER");
        WORDS.put("Judge Ana Ortiz", "-"); // a judge of no named country
    }

    static Stream<Tsv.Row> cases() {
        return Tsv.resource("events/rule-cases.tsv", "why", "sentence", "arcs", "places", "expect").rows().stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void theCoderGivesWhatTheCaseExpects(Tsv.Row c) {
        Tagged t = new Tagged().sentence(c.get("sentence"), c.get("arcs").split(" "));
        List<EventRecord> out = code(t, Set.of(c.get("places").split(",")));
        String seen = c.get("why") + " (line " + c.line() + "): dyad gave " + describe(out);
        for (String e : c.get("expect").split(";")) {
            check(e.strip(), out, seen);
        }
    }

    private static void check(String expect, List<EventRecord> out, String seen) {
        String[] f = expect.split(" ");
        switch (f[0]) {
            case "none" -> assertEquals(List.of(), out, seen);
            case "only" -> assertEquals(List.of(f[1].split(",")), out.stream().map(EventRecord::cameo).toList(), seen);
            case "no" -> assertTrue(out.stream().noneMatch(r -> r.cameo().equals(f[1])), seen);
            case "sources" -> assertTrue(out.stream().allMatch(r -> r.source().code().equals(f[1])), seen);
            default -> {
                if (out.stream().noneMatch(r -> fits(r, f))) {
                    fail("no event " + expect + " — " + seen);
                }
            }
        }
    }

    /** Whether the record fits "CAMEO SRC>TGT [status] [status=CUE] [rule=ID] [plover=CAT[/MODE]]". */
    private static boolean fits(EventRecord r, String[] f) {
        if (!r.cameo().equals(f[0])) {
            return false;
        }
        Matcher m = java.util.regex.Pattern.compile("(\\w+)(<>|>)(\\w+|-)").matcher(f[1]);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad pair \"" + f[1] + "\"");
        }
        String src = r.source().code();
        String tgt = r.target() == null ? "-" : r.target().code();
        boolean pair = m.group(2).equals(">") ? src.equals(m.group(1)) && tgt.equals(m.group(3))
                : r.mutual() && Set.of(src, tgt).equals(Set.of(m.group(1), m.group(3)));
        for (int i = 2; pair && i < f.length; i++) {
            String plover = r.plover() == null ? "-" : r.plover().category()
                    + (f[i].contains("/") && r.plover().mode() != null ? "/" + r.plover().mode() : "");
            pair = f[i].startsWith("status=") ? r.statusRule().equals(f[i].substring(7))
                    : f[i].startsWith("rule=") ? r.rule().equals(f[i].substring(5))
                    : f[i].startsWith("plover=") ? plover.equals(f[i].substring(7))
                    : r.status().equals(f[i]);
        }
        return pair;
    }

    /** Runs the stage on the sentence, with an entity for each country word (a place when listed in {@code places}). */
    private static List<EventRecord> code(Tagged t, Set<String> places) {
        String text = t.text();
        Map<String, List<Mention>> byCode = new LinkedHashMap<>();
        boolean[] taken = new boolean[text.length()];
        for (Map.Entry<String, String> w : WORDS.entrySet()) {
            for (int at = text.indexOf(w.getKey()); at >= 0; at = text.indexOf(w.getKey(), at + 1)) {
                int end = at + w.getKey().length();
                if (taken[at] || end < text.length() && Character.isLetter(text.charAt(end))) {
                    continue;
                }
                java.util.Arrays.fill(taken, at, end, true);
                String key = w.getKey().equals("Castillo") ? "person" : w.getValue().equals("-") ? "judge"
                        : w.getValue();
                byCode.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(at, end, w.getKey(),
                        places.contains(w.getKey()) ? Mention.Role.PLACE : Mention.Role.ACTOR, "test"));
            }
        }
        List<Entity> entities = new ArrayList<>();
        byCode.forEach((k, ms) -> entities.add(k.equals("person")
                ? new Entity("e" + entities.size(), "Pedro Castillo", Entity.Type.PERSON, "PER", "GOV", null, null,
                null, ms, "test")
                : k.equals("judge") ? new Entity("e" + entities.size(), "Ana Ortiz", Entity.Type.PERSON, null, "JUD",
                "Judge", null, null, ms, "test")
                : new Entity("e" + entities.size(), k, Entity.Type.COUNTRY, k, null, null, null, null, ms, "test")));
        Doc doc = new Doc("test");
        doc.put(Layers.CLEAN, CleanText.identity(text));
        doc.put(Layers.META, new ArticleMeta(Map.of("published", new MetaValue("2023-04-13", "flag", null))));
        doc.put(Layers.SENTENCES, t.sentences());
        doc.put(Layers.TIMES, List.of());
        doc.put(Layers.ENTITIES, entities);
        new EventStage().process(doc);
        return doc.get(EventStage.EVENTS);
    }

    private static String describe(List<EventRecord> out) {
        return out.stream().map(e -> e.cameo() + " " + e.source().code() + (e.mutual() ? "<>" : ">")
                + (e.target() == null ? "-" : e.target().code()) + " " + e.status() + " (" + e.statusRule() + ", "
                + e.rule() + ")").toList().toString();
    }
}
