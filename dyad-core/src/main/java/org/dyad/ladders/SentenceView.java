package org.dyad.ladders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.DependencyTree;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpr;
import org.dyad.model.Token;

/**
 * One sentence as the statement rules read it: tokens, the dependency tree both ways, the actors named in it (by
 * token) and its time expressions. Built once per sentence; not thread-safe.
 */
final class SentenceView {
    /** Relations that join a word to the noun phrase it belongs to ("Vietnamese President Thuong"). */
    private static final Set<String> NP_INTERNAL = Set.of("amod", "compound", "flat", "flat:name", "appos", "det",
            "nummod", "case", "punct");

    /** An actor named in the sentence: a country or bloc, or a person whose country is known. */
    record Actor(String code, int first, int last, int begin, int end, String text, boolean person, boolean place) {
    }

    final Sentence sentence;
    final String text;
    final List<Token> tokens;
    final int[] gov;
    final String[] rel;
    final List<List<Integer>> children;
    final List<Actor> actors = new ArrayList<>();
    final List<TimeExpr> times = new ArrayList<>();

    SentenceView(Sentence s, String cleanText, List<Entity> entities, List<TimeExpr> allTimes, Set<String> blocs) {
        this.sentence = s;
        this.text = cleanText.substring(s.begin(), s.end());
        this.tokens = s.tokens();
        DependencyTree tree = DependencyTree.of(s);
        this.gov = tree.governors();
        this.rel = tree.relations();
        this.children = tree.children();
        for (Entity e : entities) {
            boolean country = e.type() == Entity.Type.COUNTRY;
            boolean bloc = e.type() == Entity.Type.ORGANIZATION && e.code() != null && blocs.contains(e.code());
            boolean person = e.type() == Entity.Type.PERSON && e.code() != null && e.code().matches("[A-Z]{3}");
            if (!country && !bloc && !person) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.begin() >= s.begin() && m.end() <= s.end()) {
                    int first = tokenAt(m.begin());
                    int last = tokenAt(m.end() - 1);
                    if (first >= 0 && last >= first) {
                        actors.add(new Actor(e.code(), first, last, m.begin(), m.end(), m.text(), person,
                                m.role() == Mention.Role.PLACE));
                    }
                }
            }
        }
        actors.sort(java.util.Comparator.comparingInt(Actor::begin));
        for (TimeExpr t : allTimes) {
            if (t.begin() >= s.begin() && t.end() <= s.end()) {
                times.add(t);
            }
        }
    }

    /** The token covering clean-text offset {@code offset}, or -1. */
    int tokenAt(int offset) {
        for (Token t : tokens) {
            if (offset >= t.begin() && offset < t.end()) {
                return t.index();
            }
        }
        for (Token t : tokens) {
            if (t.begin() >= offset) {
                return t.index();
            }
        }
        return -1;
    }

    String lemma(int i) {
        Token t = tokens.get(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    boolean isVerb(int i) {
        return tokens.get(i).pos().startsWith("VB");
    }

    boolean isNoun(int i) {
        return tokens.get(i).pos().startsWith("NN");
    }

    /** The head of the noun phrase token {@code i} belongs to (climbs amod, compound, flat, appos). */
    int phraseHead(int i) {
        int x = i;
        int guard = 0;
        while (gov[x] >= 0 && NP_INTERNAL.contains(rel[x]) && guard++ < 10) {
            x = gov[x];
        }
        return x;
    }

    /** The case marker ("with", "of", "as") attached to token {@code i}, lower-cased, or "". */
    String caseOf(int i) {
        for (int c : children.get(i)) {
            if (rel[c].equals("case")) {
                return lemma(c);
            }
        }
        return "";
    }

    /** True when {@code a} is {@code b} or lies in the subtree under {@code b}. */
    boolean under(int a, int b) {
        int x = a;
        int guard = 0;
        while (x >= 0 && guard++ < 50) {
            if (x == b) {
                return true;
            }
            x = gov[x];
        }
        return false;
    }

    /** The children of {@code i} with relation {@code r} (prefix match: "nsubj" also finds "nsubj:pass"). */
    List<Integer> children(int i, String r) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            if (rel[c].equals(r) || rel[c].startsWith(r + ":")) {
                out.add(c);
            }
        }
        return out;
    }

    /** The actor whose phrase head is token {@code i}, if any. */
    Actor actorAt(int i) {
        for (Actor a : actors) {
            if (i >= a.first() && i <= a.last()) {
                return a;
            }
        }
        return null;
    }
}
