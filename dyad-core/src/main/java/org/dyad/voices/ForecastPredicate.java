package org.dyad.voices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.DependencyTree;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * What a forecast says will (or will not) happen, read from the dependency parse: the predicate the future marker
 * governs ("could <b>happen</b>", "expect ... to <b>upgrade</b>", "an upgrade is <b>unlikely</b>") and the noun that
 * predicate is about. The subject of a forecast is an upgrade only when the upgrade is what happens ("an upgrade could
 * happen", "Hanoi may upgrade ties"), not when it is the cause of something else ("an upgrade would not change trade
 * rules": other). Not thread-safe; one per sentence.
 */
final class ForecastPredicate {
    /** Verbs that are the step up a ladder itself. */
    static final Set<String> UPGRADE_VERBS = Set.of("upgrade", "elevate", "raise", "lift");
    /** Nouns that name the step up. */
    static final Set<String> UPGRADE_NOUNS = Set.of("upgrade", "upgrading", "elevation", "label", "status",
            "partnership", "level", "tier", "rung");
    static final Set<String> VISIT_VERBS = Set.of("visit", "meet", "travel", "tour");
    static final Set<String> VISIT_NOUNS = Set.of("visit", "meeting", "summit", "trip", "talks", "tour");
    /** Verbs whose subject (or object) is what happens: "the upgrade could happen", "announce an upgrade". */
    private static final Set<String> OCCUR = Set.of("happen", "come", "occur", "materialize", "materialise",
            "take", "go", "be", "announce", "agree", "settle", "conclude", "finalize", "finalise", "seal", "sign",
            "see", "make", "reach", "get", "expect", "anticipate", "realistic", "unrealistic", "likely", "unlikely",
            "possible", "impossible", "probable", "improbable", "doubtful", "remain", "move", "offer", "bring");
    /** Markers that lead to the predicate through an open clause ("expect X to ...", "likely to ..."). */
    private static final Set<String> LEADS = Set.of("expect", "anticipate", "hope", "want", "wish", "aim", "doubt",
            "likely", "unlikely", "realistic", "unrealistic", "possible", "chance", "odds", "see", "predict", "path",
            "prospect", "likelihood", "possibility");
    private static final Set<String> PRONOUNS = Set.of("it", "this", "that");
    private static final Set<String> SURPRISE = Set.of("surprised", "surprise", "shocked", "astonished");
    private static final Set<String> TOWARDS = Set.of("to", "towards", "toward", "into");

    /** The subject kind, the token that names it, and the predicate. */
    record Found(String kind, int token, int predicate) {
    }

    private final List<Token> tokens;
    private final int[] gov;
    private final String[] rel;
    private final List<List<Integer>> children;

    ForecastPredicate(Sentence s) {
        this.tokens = s.tokens();
        DependencyTree tree = DependencyTree.of(s);
        this.gov = tree.governors();
        this.rel = tree.relations();
        this.children = tree.children();
    }

    /** The predicate the marker at token {@code m} governs or modifies, or -1 when the parse does not link it. */
    int predicate(int m) {
        if (m < 0) {
            return -1;
        }
        String r = rel[m];
        int p = m;
        if (r.startsWith("aux") || r.equals("advmod") || r.equals("amod")) {
            p = gov[m];
        }
        for (int hops = 0; p >= 0 && hops < 4 && LEADS.contains(lemma(p)); hops++) {
            int next = first(p, "xcomp", "ccomp", "csubj");
            if (next < 0 && !tokens.get(p).pos().startsWith("VB")) {
                next = first(p, "nsubj", "nmod"); // "an upgrade is unlikely", "the chance of an upgrade"
            }
            if (next < 0) {
                next = first(p, "obj");
            }
            if (next < 0) {
                break;
            }
            p = next;
        }
        // "would be surprised if a visit happened": the condition is what the forecast is about
        if (p >= 0 && SURPRISE.contains(lemma(p))) {
            for (int c : children.get(p)) {
                if (rel[c].equals("advcl")) {
                    p = c;
                    break;
                }
            }
        }
        // "may feel reluctant to upgrade", "will seek to prolong": the open clause says what happens
        for (int hops = 0; p >= 0 && hops < 2; hops++) {
            int open = first(p, "xcomp");
            int loose = first(p, "dep"); // the parser's fallback label, often an open clause ("reluctant to upgrade")
            int next = open >= 0 ? open : loose >= 0 && tokens.get(loose).pos().startsWith("VB") ? loose : -1;
            if (next < 0) {
                break;
            }
            p = next;
        }
        return p;
    }

    /** The subject kind of predicate {@code p}: upgrade, visit or other, with the token that names it. */
    Found subject(int p) {
        if (p < 0) {
            return null;
        }
        Found own = kindOfEvent(p, p);
        if (own != null) {
            return own;
        }
        boolean copular = first(p, "cop") >= 0;
        if (tokens.get(p).pos().startsWith("NN") && !copular) {
            String k = nounKind(p);
            return new Found(k, k.equals("other") ? -1 : p, p);
        }
        // what happens is the verb's object ("form a strategic partnership"), the place a move goes to ("go
        // straight to a comprehensive strategic partnership"), or, for verbs of occurring and adjectives of
        // likelihood, the subject ("an upgrade could happen"; "an upgrade is not considered realistic")
        boolean occur = OCCUR.contains(lemma(p)) || copular;
        List<Integer> heads = new ArrayList<>(List.of(p));
        boolean open = rel[p].equals("xcomp") || rel[p].equals("ccomp");
        if (open && (tokens.get(p).pos().startsWith("JJ") || occur && first(p, "nsubj") < 0)) {
            // the subject of "considered" for "an upgrade is not considered realistic"; the object of "expect" for
            // "expect the label question to be settled"
            heads.add(gov[p]);
        }
        for (int c : children.get(p)) {
            if (rel[c].equals("conj") && tokens.get(c).pos().startsWith("VB")) {
                heads.add(c); // "could skip the middle rung and go straight to ..."
            }
        }
        for (int h : heads) {
            if (h < 0) {
                continue;
            }
            for (int c : children.get(h)) {
                String r = rel[c];
                boolean argument = r.equals("obj") || r.startsWith("obl") && TOWARDS.contains(caseOf(c))
                        || occur && (r.startsWith("nsubj") || r.startsWith("csubj"));
                int n = argument && PRONOUNS.contains(lemma(c)) ? antecedent(c) : argument ? c : -1;
                if (n >= 0) {
                    Found f = kindOfEvent(n, p);
                    String k = f != null ? f.kind() : nounKind(n);
                    if (!k.equals("other")) {
                        return new Found(k, n, p);
                    }
                }
            }
        }
        if (copular && tokens.get(p).pos().startsWith("NN") && !nounKind(p).equals("other")) {
            return new Found(nounKind(p), p, p); // "the natural moment would be a visit"
        }
        // a mis-tagged compound ("a formal ties upgrade ... is not considered realistic") hangs the adjective
        // under the upgrade itself
        for (int g = gov[p], hops = 0; g >= 0 && hops < 2; g = gov[g], hops++) {
            if (lemma(g).equals("upgrade")) {
                return new Found("upgrade", g, p);
            }
        }
        return new Found("other", -1, p);
    }

    /** An upgrade or visit verb at token {@code t} ("Hanoi could upgrade", "upgrading ties would be ..."). */
    private Found kindOfEvent(int t, int p) {
        String l = lemma(t);
        if (!tokens.get(t).pos().startsWith("VB")) {
            return null;
        }
        if (UPGRADE_VERBS.contains(l)) {
            return new Found("upgrade", t, p);
        }
        return VISIT_VERBS.contains(l) ? new Found("visit", t, p) : null;
    }

    private String caseOf(int t) {
        for (int c : children.get(t)) {
            if (rel[c].equals("case")) {
                return lemma(c);
            }
        }
        return "";
    }

    /** The nearest earlier noun in the sentence that names an upgrade or a visit, or -1. */
    private int antecedent(int pronoun) {
        for (int i = pronoun - 1; i >= 0; i--) {
            if (tokens.get(i).pos().startsWith("NN") && !nounKind(i).equals("other")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The kind a noun names, looking also at its compounds, conjuncts and attached words ("the label question",
     * "but no new label", "an official relations upgrade" parsed as a verb under "relations").
     */
    private String nounKind(int n) {
        String k = ownKind(n, false);
        for (int c : children.get(n)) {
            if (!k.equals("other")) {
                break;
            }
            String r = rel[c];
            if (r.equals("conj")) {
                k = ownKind(c, false);
            } else if (Set.of("compound", "acl", "amod").contains(r)
                    && Set.of("label", "status", "upgrade").contains(lemma(c))) {
                k = ownKind(c, true);
            }
        }
        return k;
    }

    private String ownKind(int n, boolean modifier) {
        String l = lemma(n);
        if (UPGRADE_NOUNS.contains(l) || l.equals("upgrade")) {
            boolean partnership = l.equals("partnership") || l.equals("level") || l.equals("tier") || l.equals("rung")
                    || l.equals("status") || l.equals("label");
            return !partnership || modifier || hasModifier(n) ? "upgrade" : "other";
        }
        return VISIT_NOUNS.contains(l) ? "visit" : "other";
    }

    /** "a strategic partnership", "a new label", "a higher level", "the formal status": a named or new rung. */
    private boolean hasModifier(int n) {
        for (int c : children.get(n)) {
            if (rel[c].equals("amod") || rel[c].equals("compound")) {
                return true;
            }
        }
        return false;
    }

    private int first(int t, String... rels) {
        for (String r : rels) {
            for (int c : children.get(t)) {
                if (rel[c].equals(r) || rel[c].startsWith(r + ":")) {
                    return c;
                }
            }
        }
        return -1;
    }

    String lemma(int i) {
        Token t = tokens.get(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return tokens.get(i).word();
    }
}
