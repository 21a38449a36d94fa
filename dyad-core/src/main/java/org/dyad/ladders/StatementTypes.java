package org.dyad.ladders;

import static org.dyad.ladders.PartnershipRecord.DECLINED;
import static org.dyad.ladders.PartnershipRecord.DELAYED;
import static org.dyad.ladders.PartnershipRecord.ESTABLISHED;
import static org.dyad.ladders.PartnershipRecord.EXPECTED;
import static org.dyad.ladders.PartnershipRecord.IN_FORCE;
import static org.dyad.ladders.PartnershipRecord.PROPOSED;
import static org.dyad.ladders.PartnershipRecord.SOUGHT;
import static org.dyad.ladders.PartnershipRecord.UPGRADED;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a sentence does with a rung it names: the statement type, read from the cue words ({@code cues.tsv}) on the
 * way from the rung up its dependency tree (and the verbs of clauses inside the rung's phrase). Stateless apart from
 * the cue table; thread-safe.
 */
final class StatementTypes {
    private final Cues cues;

    StatementTypes(Cues cues) {
        this.cues = cues;
    }

    /** "skipped an intermediate rung": the rung is inside the object of a skip verb, so nothing is said of it. */
    boolean skipped(SentenceView v, int start, int h, List<Integer> path) {
        for (int i = 1; i < path.size(); i++) {
            int p = path.get(i);
            if (v.isVerb(p)) {
                String r = v.rel[path.get(i - 1)];
                String c = v.caseOf(path.get(i - 1));
                if (cues.is("skip", v, p) && (r.equals("obj") || c.equals("over") || c.equals("past"))) {
                    return true;
                }
                break;
            }
        }
        // the parse may lose it ("skip the middle rung" with "rung" read as a verb): a skip verb just before
        int first = v.tokenAt(v.sentence.begin() + start);
        for (int i = first - 1; i >= Math.max(0, first - 4); i--) {
            if (cues.is("skip", v, i)) {
                return true;
            }
        }
        return false;
    }

    /** A noun that says what is done with a rung: "plans", "offer", "refusal", "efforts", "precedence". */
    boolean cueNoun(SentenceView v, int i) {
        if (!v.isNoun(i)) {
            return false;
        }
        for (String c : new String[] {"sought", "proposed", "declined", "delayed", "expected"}) {
            if (cues.is(c, v, i)) {
                return true;
            }
        }
        return false;
    }

    /** A noun of wish, offer or refusal ("precedence", "refusal"), not of expectation ("the upgrade puts ..."). */
    private boolean wantNoun(SentenceView v, int i) {
        for (String c : new String[] {"sought", "proposed", "declined", "delayed"}) {
            if (cues.is(c, v, i)) {
                return true;
            }
        }
        return false;
    }

    /** The path tokens and the words that qualify them (auxiliaries, negation, particles, adjectives). */
    List<Integer> context(SentenceView v, List<Integer> path) {
        List<Integer> ctx = new ArrayList<>(path);
        for (int p : path) {
            for (int c : v.children.get(p)) {
                String r = v.rel[c];
                if (r.startsWith("aux") || r.equals("advmod") || r.equals("mark") || r.equals("compound:prt")
                        || r.equals("cop") || r.equals("det") || r.equals("amod") || r.equals("neg")) {
                    ctx.add(c);
                } else if (v.isVerb(p) && (r.startsWith("nsubj") || r.equals("obj")) && v.isNoun(c)
                        && !path.contains(c) && wantNoun(v, c)) {
                    ctx.add(c); // "affirmed the precedence to raise ...", "its refusal to lift ..."
                }
            }
        }
        return ctx;
    }

    /** {type, reason[, note]}: the statement type and the cue that decided it. */
    String[] type(SentenceView v, int h, Links links, List<Integer> ctx) {
        if (v.caseOf(h).equals("from")) {
            return new String[] {IN_FORCE, "from-rung"};
        }
        if (v.rel[h].equals("obj") && v.gov[h] >= 0 && cues.is("upgrade_verb", v, v.gov[h])
                && !cues.is("established", v, v.gov[h])) {
            return new String[] {IN_FORCE, "object-of-" + v.lemma(v.gov[h])};
        }
        for (int p : links.path) {
            if (v.lemma(p).equals("anniversary")) {
                return new String[] {IN_FORCE, "anniversary"};
            }
        }
        for (int p : links.path) {
            boolean ready = !v.tokens.get(p).pos().equals("MD") && cues.is("expected", v, p) && !v.isNoun(p);
            if ((cues.is("upgrade_verb", v, p) || cues.is("established", v, p) || cues.is("sought", v, p) || ready)
                    && negated(v, p)) {
                return cues.first("delayed", v, ctx) >= 0 ? new String[] {DELAYED, "negated-delay"}
                        : new String[] {DECLINED, "negated-" + v.lemma(p)};
            }
        }
        String[][] order = {{"declined", DECLINED}, {"delayed", DELAYED}, {"proposed", PROPOSED},
                {"sought", SOUGHT}, {"expected", EXPECTED}, {"upgraded", UPGRADED}, {"established", ESTABLISHED}};
        for (String[] o : order) {
            int c = cues.first(o[0], v, ctx);
            if (c >= 0) {
                if (o[1].equals(EXPECTED) && modalOnly(v, c)
                        && (!modalGoverns(v, c, links.path) || v.rel[h].startsWith("nsubj"))) {
                    continue; // a modal on another clause, or on what the rung does ("the partnership would open ...")
                }
                if (o[1].equals(UPGRADED) && !target(v, links.path)) {
                    continue;
                }
                return new String[] {o[1], v.lemma(c)};
            }
        }
        int verb = upgradeVerbBefore(v, h);
        if (verb >= 0) {
            return new String[] {UPGRADED, "to-target/" + v.lemma(verb)};
        }
        return new String[] {IN_FORCE, "status"};
    }

    /**
     * "lift U.S.-Vietnam ties straight to the top tier" when the parse loses the verb: an upgrade verb at most ten
     * tokens before a rung introduced by "to".
     */
    private int upgradeVerbBefore(SentenceView v, int h) {
        int first = h;
        while (first > 0 && v.under(first - 1, h)) {
            first--;
        }
        int to = -1;
        for (int i = h - 1; i >= Math.max(0, first - 4); i--) {
            if (v.word(i).equals("to") && v.rel[i].equals("case") && v.gov[i] >= 0 && v.under(v.gov[i], h)) {
                to = i;
                break;
            }
        }
        if (to < 0) {
            return -1;
        }
        for (int i = to - 1; i >= Math.max(0, to - 10); i--) {
            boolean nounUse = i > 0 && Set.of("a", "an", "the", "its", "their", "this").contains(v.word(i - 1));
            // headlines get their verbs tagged as nouns ("Biden and Trong lift ties to the top tier")
            if ((v.isVerb(i) || !nounUse) && cues.is("upgraded", v, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when the rung is where the first verb above it moves the pair: "raised ... to a comprehensive strategic
     * partnership", "joins ... in the top tier", "became strategic partners" (not "moved quickly to back its ally").
     */
    private boolean target(SentenceView v, List<Integer> path) {
        for (int i = 1; i < path.size(); i++) {
            int p = path.get(i);
            if (v.isVerb(p) || !v.children(p, "cop").isEmpty()) {
                if (!cues.is("upgraded", v, p)) {
                    return false;
                }
                int below = path.get(i - 1);
                String r = v.rel[below];
                String c = v.caseOf(below);
                return Set.of("to", "into", "onto", "in", "at", "up", "as", "among").contains(c)
                        || (r.equals("obj") || r.equals("xcomp") || r.startsWith("nsubj"))
                        && Set.of("join", "become", "reach", "enter", "attain", "achieve", "hit", "make")
                        .contains(v.lemma(p));
            }
        }
        return false;
    }

    private static boolean modalOnly(SentenceView v, int c) {
        return v.tokens.get(c).pos().equals("MD");
    }

    /** A modal counts when it sits on a verb of the path (not on some other clause). */
    private static boolean modalGoverns(SentenceView v, int c, List<Integer> path) {
        return path.contains(v.gov[c]);
    }

    private boolean negated(SentenceView v, int p) {
        for (int c : v.children.get(p)) {
            String r = v.rel[c];
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.startsWith("aux"))
                    && cues.is("negation", v, c)) {
                return true;
            }
        }
        int g = v.gov[p];
        return g >= 0 && v.rel[p].equals("xcomp") && cues.is("negation", v, g);
    }
}
