package org.dyad.ladders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.data.Tsv;

/**
 * The cue words of {@code dyad/ladders/cues.tsv}: which lemmas around a rung name signal which statement type.
 * Immutable and thread-safe.
 */
final class Cues {
    /** The cue classes a file must define. */
    static final List<String> CLASSES = List.of("skip", "negation", "upgrade_verb", "declined", "delayed", "proposed",
            "sought", "expected", "upgraded", "established");

    /** One cue: a lemma, an optional particle ("set up") and an optional part of speech (N or V). */
    record Cue(String lemma, String particle, String pos) {
        boolean matches(SentenceView s, int i) {
            if (!s.lemma(i).equals(lemma) && !s.word(i).equals(lemma)) {
                return false;
            }
            if (pos != null && !(pos.equals("N") ? s.isNoun(i) : s.isVerb(i))) {
                return false;
            }
            if (particle == null) {
                return true;
            }
            for (int c : s.children.get(i)) {
                if (s.word(c).equals(particle)) {
                    return true;
                }
            }
            return i + 1 < s.tokens.size() && s.word(i + 1).equals(particle);
        }
    }

    private final Map<String, List<Cue>> cues;

    private Cues(Tsv tsv) {
        Map<String, List<Cue>> m = new LinkedHashMap<>();
        for (Tsv.Row row : tsv.rows()) {
            String type = row.get("type");
            if (!CLASSES.contains(type)) {
                throw row.error("unknown cue class \"" + type + "\" (known: " + CLASSES + ")");
            }
            List<Cue> list = new ArrayList<>();
            for (String c : row.list("cues")) {
                String pos = null;
                String word = c.toLowerCase(Locale.ROOT);
                int slash = word.indexOf('/');
                if (slash > 0) {
                    pos = word.substring(slash + 1).toUpperCase(Locale.ROOT);
                    word = word.substring(0, slash);
                    if (!Set.of("N", "V").contains(pos)) {
                        throw row.error("cue \"" + c + "\": only /N (noun) or /V (verb) may follow a lemma");
                    }
                }
                String[] parts = word.split(" ");
                list.add(new Cue(parts[0], parts.length > 1 ? parts[1] : null, pos));
            }
            m.put(type, List.copyOf(list));
        }
        for (String c : CLASSES) {
            if (!m.containsKey(c)) {
                throw new IllegalArgumentException(tsv.name() + ": no line for cue class \"" + c + "\"");
            }
        }
        this.cues = m;
    }

    static Cues load(String resource) {
        return new Cues(Tsv.resource(resource, "type", "cues"));
    }

    /** True when token {@code i} of the sentence is a cue of class {@code type}. */
    boolean is(String type, SentenceView s, int i) {
        for (Cue c : cues.get(type)) {
            if (c.matches(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code tokens} that is a cue of class {@code type}, or -1. */
    int first(String type, SentenceView s, List<Integer> tokens) {
        for (int i : tokens) {
            if (is(type, s, i)) {
                return i;
            }
        }
        return -1;
    }
}
