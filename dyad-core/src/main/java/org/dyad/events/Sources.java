package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who did it: the tokens that may name an event's source, best first (a verb's subject or the one it shares; a
 * noun's possessor, demonym or "by" phrase, or its support verb's subject), with repairs for subjects the parser
 * misplaced. Stateless.
 */
final class Sources {
    private static final Set<String> SUBJ = Set.of("nsubj", "csubj");
    private static final Set<String> RELATIVE = Set.of("which", "who", "that", "whom");
    /** Verbs whose object does what their infinitive says ("urged Iran to stop"); after others the subject does. */
    private static final Set<String> OBJECT_CONTROL = Set.of(
            "urge", "ask", "call", "invite", "press", "encourage", "expect", "want", "tell", "order", "allow",
            "permit", "force", "persuade", "help", "request", "enable", "push", "pressure", "pressurise",
            "pressurize", "instruct", "authorize", "authorise", "compel", "oblige", "require", "warn", "advise",
            "beg", "implore", "exhort", "challenge", "remind", "prompt", "cause", "need", "like", "prefer", "assist",
            "get", "lead", "inspire", "appeal", "demand", "convince", "entice", "recruit", "train", "mandate",
            "direct", "command", "empower", "let", "make", "see", "watch", "hear", "leave", "trust", "count", "rely",
            "depend", "wait", "prevail", "believe", "consider", "report");
    /**
     * Prepositions that make a noun event the time of another act, not its object: "agreed on cooperation during
     * the minister's visit" (the visit is not the agreeing parties').
     */
    private static final Set<String> FRAME_TIME = Set.of("during", "after", "before", "since", "until", "following",
            "ahead", "amid", "despite", "throughout");

    private Sources() {
    }

    /** The heads that may name the trigger's source, best first. */
    static List<Integer> heads(Parse p, int i, boolean sourceOf, boolean noun) {
        List<Integer> out = new ArrayList<>();
        if (!noun) {
            // a parse may give a verb two subjects ("Building on X, Blinken will talk"): try each
            for (int c : p.kids(i)) {
                if (p.rel[c].equals("nsubj")) {
                    out.add(c);
                }
            }
            out.add(subjectOrInherited(p, i));
            return out;
        }
        List<Integer> pronouns = new ArrayList<>(1);
        for (int c : p.kids(i)) {
            String r = p.rel[c];
            if (r.equals("nmod:poss") && p.pos[c].startsWith("PRP")) {
                pronouns.add(c); // "X and Y held their first dialogue": the support verb's subject says it better
            } else if (r.equals("nmod:poss") || r.equals("compound") || r.equals("amod")) {
                out.add(c);
            }
        }
        out.add(Targets.prepChild(p, i, "by"));
        if (sourceOf) {
            // "the transfer of two U.S. Coast Guard cutters", "a visit of the French president"
            out.add(Targets.prepChild(p, i, "of"));
        }
        // A support verb: "held talks", "paid a visit", "made a call", "completed the shipment", or one level
        // up, "launched ten days of war games".
        int g = p.head[i];
        if (g >= 0 && (p.rel[i].equals("obj") || p.is(i, "obl") && !FRAME_TIME.contains(p.prep(i))) && p.verb(g)) {
            out.add(subjectOrInherited(p, g));
        } else if (g >= 0 && p.is(i, "nmod") && p.prep(i).equals("of") && p.rel[g].equals("obj")
                && p.head[g] >= 0 && p.verb(p.head[g])) {
            out.add(subjectOrInherited(p, p.head[g]));
        }
        out.addAll(pronouns);
        return out;
    }

    /** The verb's subject; for an infinitive, a conjunct or a relative clause, the one it shares. */
    static int subjectOrInherited(Parse p, int v) {
        int cur = v;
        int prev = v;
        for (int hop = 0; hop < 4 && cur >= 0; hop++) {
            if (hop > 0 && p.rel[prev].equals("xcomp") && OBJECT_CONTROL.contains(p.lemma[cur])) {
                // object control: "urged Iran to stop", "expected U.S. officials to arrive" (but "summoned the
                // ambassador to protest": the one who summons protests)
                int obj = p.child(cur, "obj");
                if (obj >= 0) {
                    return obj;
                }
            }
            for (int c : p.kids(cur)) {
                if (SUBJ.contains(p.rel[c]) || hop > 0 && p.rel[c].equals("nsubj:pass")) {
                    // "Moscow, which announced...": the relative pronoun stands for the noun the clause modifies.
                    boolean relative = RELATIVE.contains(p.word[c]) && p.rel[cur].equals("acl:relcl");
                    return relative ? p.head[cur] : c;
                }
            }
            if (hop == 0) {
                int m = misattachedSubject(p, cur);
                if (m >= 0) {
                    return m;
                }
            }
            String r = p.rel[cur];
            if ((r.equals("acl:relcl") || r.equals("acl")) && !(r.equals("acl") && p.head[cur] >= 0
                    && p.verb(p.head[cur]))) {
                return p.head[cur];
            }
            if (!(r.equals("xcomp") || r.equals("conj") || r.equals("advcl") || r.equals("acl")
                    || r.equals("ccomp") && hop > 0)) {
                return -1;
            }
            prev = cur;
            cur = p.head[cur];
        }
        return -1;
    }

    /**
     * A subject the parser hung on a fronted phrase: in "After his talks with Truong, Blinken will travel to Japan"
     * parsers often make "Blinken" an apposition of "Truong" and leave "travel" without a subject; in "With the
     * signing of the memorandum, the government and the rebels have agreed" the same happens to a coordinated
     * subject. The noun phrase right before the verb (and its auxiliaries), after a comma, is taken as the
     * subject. -1 when there is none.
     */
    private static int misattachedSubject(Parse p, int v) {
        int k = v - 1;
        while (k >= 0 && p.head[k] == v && (p.is(k, "aux") || p.is(k, "advmod"))) {
            k--;
        }
        if (k >= 0 && p.rel[k].equals("conj") && p.head[k] >= 0 && p.head[k] < k) {
            k = p.head[k]; // "the government and SPLM/A": the first conjunct carries the apposition
        }
        boolean name = k >= 0 && p.pos[k].startsWith("NNP");
        if (k < 1 || !p.rel[k].equals("appos") || p.head[k] >= k || !(name || p.pos[k].startsWith("NN")
                && hasDeterminer(p, k))) {
            return -1;
        }
        int start = k;
        for (int c : p.kids(k)) {
            if (c < k && !(p.is(c, "compound") || p.is(c, "flat") || p.is(c, "amod") || p.is(c, "det"))
                    || c > k && !(p.is(c, "conj") || p.is(c, "cc") || p.is(c, "punct"))) {
                return -1; // a real apposition ("Truong, the party chief"), not a stray subject
            }
            start = Math.min(start, c);
        }
        return start >= 1 && p.word[start - 1].equals(",") ? k : -1;
    }

    /** "the Sudanese government": a common noun stands as a subject only with its determiner. */
    private static boolean hasDeterminer(Parse p, int k) {
        for (int c : p.kids(k)) {
            if (c < k && p.is(c, "det")) {
                return true;
            }
        }
        return false;
    }
}
