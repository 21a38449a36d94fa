package org.dyad.ladders;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.data.Tsv;

/**
 * Finds relation descriptors ("close ties", "its main supplier", "shoring up ties") in one parsed sentence and the
 * pair they describe, by the rows of {@code dyad/ladders/relations.tsv}. Stateless and thread-safe.
 */
final class RelationFinder {
    static final String RESOURCE = "dyad/ladders/relations.tsv";
    private static final Set<String> PREPOSITIONS = Set.of("with", "to", "between", "among", "of", "for");
    /** Relations a clause climbs through to find its subject ("has made ... and shoring up ties": made). */
    private static final Set<String> PASS_UP = Set.of("xcomp", "conj", "advcl", "ccomp", "acl", "csubj", "obl");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who", "whom");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");

    /** One row of the data file. */
    record Row(String cls, Set<String> heads, Set<String> modifiers, Set<String> verbs, String tone, String rule) {
    }

    /** A descriptor found, with its pair (tokens are the sentence's). */
    record Draft(Row row, String a, String b, int first, int last, boolean negated, String note) {
    }

    private final List<Row> rows;

    private RelationFinder(List<Row> rows) {
        this.rows = rows;
    }

    static RelationFinder standard() {
        List<Row> rows = new ArrayList<>();
        Tsv tsv = Tsv.resource(RESOURCE, "class", "heads", "modifiers", "verbs", "tone", "note");
        for (Tsv.Row r : tsv.rows()) {
            if (!RelationRecord.TONES.contains(r.get("tone"))) {
                throw r.error("tone must be one of " + RelationRecord.TONES + ", not \"" + r.get("tone") + "\"");
            }
            if (r.list("modifiers").isEmpty() == r.list("verbs").isEmpty()) {
                throw r.error("give either modifiers or verbs for class \"" + r.get("class") + "\"");
            }
            rows.add(new Row(r.get("class"), Set.copyOf(r.list("heads")), Set.copyOf(r.list("modifiers")),
                    Set.copyOf(r.list("verbs")), r.get("tone"), "relations:" + r.get("class") + " (" + RESOURCE
                    + ":" + r.line() + ")"));
        }
        return new RelationFinder(List.copyOf(rows));
    }

    /** The descriptors of one sentence with both sides known, in token order. */
    List<Draft> find(SentenceView v) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < v.tokens.size(); i++) {
            if (!v.isNoun(i)) {
                continue;
            }
            for (Row row : rows) {
                int cue = cue(v, i, row);
                if (cue >= 0) {
                    draft(v, i, cue, row, out);
                    break;
                }
            }
        }
        return out;
    }

    /** The token that qualifies noun {@code i} for {@code row} (a modifier or governing verb), or -1. */
    private static int cue(SentenceView v, int i, Row row) {
        if (!row.heads().contains(v.lemma(i))) {
            return -1;
        }
        for (int c : v.children.get(i)) {
            String r = v.rel[c];
            boolean modifies = r.equals("amod") || r.equals("compound") || r.startsWith("acl");
            if (modifies && (row.modifiers().contains(v.lemma(c)) || row.modifiers().contains(v.word(c))
                    || row.verbs().contains(v.lemma(c)))) {
                return c;
            }
        }
        int g = v.gov[i];
        if (g >= 0 && row.verbs().contains(v.lemma(g))) {
            return g;
        }
        if (g >= 0 && v.rel[i].startsWith("nsubj") && row.modifiers().contains(v.lemma(g))) {
            return g; // "relations have been tense"
        }
        return -1;
    }

    private static void draft(SentenceView v, int head, int cue, Row row, List<Draft> out) {
        List<SentenceView.Actor> a = new ArrayList<>();
        List<SentenceView.Actor> b = new ArrayList<>();
        boolean pronoun = false;
        boolean between = false;
        boolean copular = !v.children(head, "cop").isEmpty();
        for (int c : v.children.get(head)) {
            String r = v.rel[c];
            if (r.equals("nmod:poss") || r.equals("compound") || r.equals("amod")) {
                pronoun |= POSSESSIVE_PRONOUNS.contains(v.word(c));
                a.addAll(actorsOf(v, c));
            } else if ((r.startsWith("nmod") || r.startsWith("obl")) && PREPOSITIONS.contains(v.caseOf(c))) {
                between |= Set.of("between", "among").contains(v.caseOf(c));
                (copular && v.caseOf(c).equals("for") ? a : b).addAll(actorsOf(v, c));
            } else if (r.startsWith("nsubj") && copular) {
                b.addAll(RELATIVE_PRONOUNS.contains(v.word(c)) ? antecedent(v, c) : actorsOf(v, c));
            }
        }
        boolean inPhrase = a.size() >= 2;
        if (!copular) {
            clause(v, head, a, b);
        }
        String note = null;
        if (a.isEmpty() && b.size() >= 2 && between) {
            a.add(b.remove(0));
        } else if (b.isEmpty() && inPhrase) {
            b.addAll(a.subList(1, a.size()));
            a.subList(1, a.size()).clear();
        }
        if (a.isEmpty() && pronoun) {
            SentenceView.Actor near = possessor(v, head, b);
            if (near != null) {
                a.add(near);
                note = "possessive pronoun read as " + near.text() + ": the subject of the other side's clause, or "
                        + "else the nearest earlier country in the sentence";
            }
        }
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        String from = a.get(0).code();
        int first = Math.min(head, cue);
        if (head - first > 4) {
            first = head;
        }
        boolean negated = negated(v, head) || (v.gov[head] >= 0 && negated(v, v.gov[head]));
        Set<String> done = new LinkedHashSet<>();
        for (SentenceView.Actor other : b) {
            if (!other.code().equals(from) && done.add(other.code())) {
                out.add(new Draft(row, from, other.code(), first, head, negated, note));
            }
        }
    }

    /** Climbs from the noun to its clause: the subject is side a, "with"/"to" objects of the verbs are side b. */
    private static void clause(SentenceView v, int head, List<SentenceView.Actor> a, List<SentenceView.Actor> b) {
        int g = v.gov[head];
        for (int hops = 0; g >= 0 && hops < 4; hops++) {
            for (int c : v.children.get(g)) {
                if (c == head) {
                    continue;
                }
                if (v.rel[c].startsWith("nsubj") && a.isEmpty()) {
                    a.addAll(actorsOf(v, c));
                } else if (v.rel[c].startsWith("obl") && Set.of("with", "to", "between").contains(v.caseOf(c))) {
                    b.addAll(actorsOf(v, c));
                }
            }
            if (!a.isEmpty() || !PASS_UP.contains(v.rel[g])) {
                return;
            }
            head = g;
            g = v.gov[g];
        }
    }

    /** The country a relative pronoun stands for: the one just before it ("Russia, which is ..."). */
    private static List<SentenceView.Actor> antecedent(SentenceView v, int pronoun) {
        int t = pronoun - 1;
        while (t >= 0 && v.tokens.get(t).pos().matches("[,:]|-LRB-|``|''")) {
            t--;
        }
        SentenceView.Actor x = t < 0 ? null : v.actorAt(t);
        return x == null || x.place() ? List.of() : List.of(x);
    }

    /** The countries (not places) heading token {@code t}'s phrase, and those coordinated with it. */
    private static List<SentenceView.Actor> actorsOf(SentenceView v, int t) {
        List<SentenceView.Actor> out = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(List.of(t));
        for (int k = 0; k < heads.size(); k++) {
            int h = heads.get(k);
            for (SentenceView.Actor x : v.actors) {
                boolean at = h >= x.first() && h <= x.last();
                if (!x.place() && (at || (v.phraseHead(x.last()) == h && x.last() < h)) && !out.contains(x)) {
                    out.add(x);
                }
            }
            heads.addAll(v.children(h, "conj"));
        }
        return out;
    }

    /**
     * Whose "its" it is: the subject of the clause the other side stands in ("Armenia is turning away from Russia,
     * which was its supplier"), when that subject is a country; else the nearest earlier country in the sentence.
     */
    private static SentenceView.Actor possessor(SentenceView v, int head, List<SentenceView.Actor> not) {
        for (SentenceView.Actor other : not) {
            int g = v.gov[other.last()];
            for (int hops = 0; g >= 0 && hops < 4; hops++, g = v.gov[g]) {
                List<Integer> subjects = v.children(g, "nsubj");
                if (!subjects.isEmpty()) {
                    for (SentenceView.Actor x : actorsOf(v, subjects.get(0))) {
                        if (!x.person() && not.stream().noneMatch(n -> n.code().equals(x.code()))) {
                            return x;
                        }
                    }
                    break;
                }
            }
        }
        SentenceView.Actor best = null;
        for (SentenceView.Actor x : v.actors) {
            boolean excluded = not.stream().anyMatch(n -> n.code().equals(x.code()));
            if (!x.place() && !x.person() && x.last() < head && !excluded) {
                best = x;
            }
        }
        return best;
    }

    private static boolean negated(SentenceView v, int t) {
        for (int c : v.children.get(t)) {
            if ((v.rel[c].equals("advmod") || v.rel[c].equals("det") || v.rel[c].equals("neg"))
                    && NEGATIONS.contains(v.word(c))) {
                return true;
            }
        }
        return false;
    }
}
