package org.dyad.time;

import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * The temporal orientation of the clause a time expression belongs to, read off the dependency parse: follow the
 * expression's head up to the nearest verb and look at that verb and its auxiliaries. Local to the clause, so
 * "will visit on Friday, said X" is future even though the sentence's main verb is past (SUTime gets this wrong).
 */
public final class Tense {
    public enum Orientation { PAST, PRESENT, FUTURE, UNKNOWN }

    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "’ll", "wo");
    private static final Set<String> SCHEDULE = Set.of("set", "schedule", "scheduled", "plan", "planned", "due",
            "expect", "expected", "slate", "slated", "intend", "hope", "aim", "prepare");
    private static final int MAX_HOPS = 6;

    private Tense() {
    }

    /** Orientation of the clause governing token {@code tokenIndex} of {@code s}. */
    public static Orientation of(Sentence s, int tokenIndex) {
        int cur = tokenIndex;
        for (int hop = 0; hop < MAX_HOPS && cur >= 0; hop++) {
            Token t = s.tokens().get(cur);
            if (t.pos() != null && t.pos().startsWith("VB") && cur != tokenIndex) {
                return ofVerb(s, cur);
            }
            Dependency head = s.head(cur);
            if (head == null) {
                break;
            }
            cur = head.gov();
        }
        return cur >= 0 && s.tokens().get(cur).pos() != null && s.tokens().get(cur).pos().startsWith("VB")
                ? ofVerb(s, cur) : Orientation.UNKNOWN;
    }

    private static Orientation ofVerb(Sentence s, int v) {
        Token verb = s.tokens().get(v);
        boolean past = verb.pos().equals("VBD");
        for (Dependency d : s.children(v)) {
            if (!d.rel().startsWith("aux")) {
                continue;
            }
            String w = s.tokens().get(d.dep()).word().toLowerCase(java.util.Locale.ROOT);
            if (FUTURE_AUX.contains(w)) {
                return Orientation.FUTURE;
            }
            if (w.equals("going") || w.equals("gonna")) {
                return Orientation.FUTURE;
            }
            if (w.equals("did") || w.equals("had") || w.equals("was") || w.equals("were")) {
                past = true;
            }
        }
        String lemma = verb.lemma() == null ? verb.word() : verb.lemma();
        if (SCHEDULE.contains(lemma.toLowerCase(java.util.Locale.ROOT)) && !past) {
            return Orientation.FUTURE;
        }
        // An infinitive ("to visit on Friday") takes the orientation of the verb it complements ("plans to visit").
        Dependency up = s.head(v);
        if (verb.pos().equals("VB") && up != null && up.gov() >= 0 && (up.rel().equals("xcomp") || up.rel().equals("advcl"))) {
            Orientation o = ofVerb(s, up.gov());
            if (o == Orientation.FUTURE || SCHEDULE.contains(lemmaOf(s, up.gov()))) {
                return Orientation.FUTURE;
            }
            return o;
        }
        if (past || verb.pos().equals("VBN") && hasAux(s, v, "has", "have")) {
            return Orientation.PAST;
        }
        return verb.pos().equals("VBZ") || verb.pos().equals("VBP") || verb.pos().equals("VBG")
                ? Orientation.PRESENT : Orientation.UNKNOWN;
    }

    private static String lemmaOf(Sentence s, int i) {
        Token t = s.tokens().get(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean hasAux(Sentence s, int v, String... words) {
        for (Dependency d : s.children(v)) {
            if (d.rel().startsWith("aux")) {
                String w = s.tokens().get(d.dep()).word().toLowerCase(java.util.Locale.ROOT);
                for (String x : words) {
                    if (x.equals(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
