package org.dyad.events;

import java.util.Arrays;
import java.util.Locale;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * A sentence's dependency parse as arrays, for quick walks: each token's governor and relation, its children, and
 * its lower-case lemma and word. Built once per sentence; not thread-safe to share while building, immutable after.
 */
final class Parse {
    final Sentence sentence;
    final int n;
    final int[] head;
    final String[] rel;
    final String[] lemma;
    final String[] word;
    final String[] pos;
    private final int[][] kids;

    Parse(Sentence s) {
        this.sentence = s;
        this.n = s.tokens().size();
        head = new int[n];
        rel = new String[n];
        lemma = new String[n];
        word = new String[n];
        pos = new String[n];
        Arrays.fill(head, -2);
        Arrays.fill(rel, "");
        for (Dependency d : s.deps()) {
            if (d.dep() < 0 || d.dep() >= n) {
                continue;
            }
            head[d.dep()] = d.gov();
            rel[d.dep()] = d.rel();
        }
        for (int i = 0; i < n; i++) {
            Token t = s.tokens().get(i);
            word[i] = t.word().toLowerCase(Locale.ROOT);
            lemma[i] = t.lemma() == null ? word[i] : t.lemma().toLowerCase(Locale.ROOT);
            pos[i] = t.pos() == null ? "" : t.pos();
        }
        repairPrepositionalObject();
        repairSupplyWith();
        repairReporterSubject();
        repairNominalAdjective();
        repairRelativeReach();
        repairCompoundWithPhrase();
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            if (head[i] >= 0 && head[i] < n) {
                count[head[i]]++;
            }
        }
        kids = new int[n][];
        for (int i = 0; i < n; i++) {
            kids[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            int g = head[i];
            if (g >= 0 && g < n) {
                kids[g][count[g]++] = i;
            }
        }
    }

    /** Verbs whose "with" phrase is what is given: "supplied Myanmar's military with fighter jets". */
    private static final java.util.Set<String> SUPPLY = java.util.Set.of("provide", "supply", "equip", "furnish",
            "arm", "present", "reward");

    /**
     * "supplied Myanmar's military with fighter jets": parsers often hang the "with" phrase on the object. For verbs
     * of supplying it is the verb's own (what is supplied), and is put back there. Runs before the children lists
     * are built.
     */
    private void repairSupplyWith() {
        for (int w = 0; w < n; w++) {
            int noun = head[w];
            if (!rel[w].equals("case") || !word[w].equals("with") || noun <= w || noun >= n
                    || !rel[noun].equals("nmod")) {
                continue;
            }
            int obj = head[noun];
            if (obj >= 0 && obj < n && rel[obj].equals("obj") && head[obj] >= 0 && head[obj] < n
                    && SUPPLY.contains(lemma[head[obj]])) {
                head[noun] = head[obj];
                rel[noun] = "obl";
            }
        }
    }

    /**
     * "called on Singapore to boost investment": parsers often read "on" as the marker of a clause whose subject is
     * "Singapore". The phrase is put back as the verb's oblique ("on Singapore") and the clause as its infinitive
     * complement, as in "called on X to ...", "prevailed upon X to ...". Runs before the children lists are built.
     */
    private void repairPrepositionalObject() {
        for (int m = 1; m < n; m++) {
            int clause = head[m];
            int verb = m - 1;
            if (!rel[m].equals("mark") || !(word[m].equals("on") || word[m].equals("upon")) || clause <= m
                    || clause >= n || !rel[clause].equals("advcl") || head[clause] != verb) {
                continue;
            }
            for (int sbj = m + 1; sbj < clause; sbj++) {
                if (head[sbj] == clause && rel[sbj].equals("nsubj")) {
                    head[sbj] = verb;
                    rel[sbj] = "obl";
                    head[m] = sbj;
                    rel[m] = "case";
                    rel[clause] = "xcomp";
                    break;
                }
            }
        }
    }

    /** Verbs that report speech at the end of a sentence: "..., the minister said". */
    private static final java.util.Set<String> REPORTING = java.util.Set.of("say", "tell", "add", "announce",
            "report", "state", "claim", "confirm");

    /**
     * "The Palestinians reject proposed Israeli changes to the deal, chief negotiator Saeb Erakat said": parsers
     * often make the object ("changes") the subject of "said" and the speaker its apposition, leaving "reject"
     * without an object. When a reporting verb after the main verb has a bare noun subject lying between them, the
     * main verb has no object, and that noun has a proper-name apposition after a comma, the noun is put back as
     * the main verb's object and the name as the speaker. Runs before the children lists are built.
     */
    private void repairReporterSubject() {
        for (int r = 2; r < n; r++) {
            int v = head[r];
            if (!REPORTING.contains(lemma[r]) || !rel[r].equals("ccomp") || v < 0 || v >= r || hasRel(v, "obj")) {
                continue;
            }
            int subj = -1;
            int name = -1;
            for (int k = v + 1; k < r; k++) {
                if (head[k] == r && rel[k].equals("nsubj")) {
                    subj = k;
                } else if (subj >= 0 && head[k] == subj && rel[k].equals("appos") && pos[k].startsWith("NNP")) {
                    name = k;
                }
            }
            if (subj < 0 || name < 0 || hasRel(subj, "case") || !commaBefore(subj, name)) {
                continue;
            }
            head[subj] = v;
            rel[subj] = "obj";
            head[name] = r;
            rel[name] = "nsubj";
            rel[r] = "parataxis";
        }
    }

    /**
     * "evacuated the wounded", "freed the injured": parsers often make the determiner the object and the adjective
     * its modifier. The adjective is put back as the head of the phrase, with the determiner on it. Runs before the
     * children lists are built.
     */
    private void repairNominalAdjective() {
        for (int d = 0; d + 1 < n; d++) {
            int adj = d + 1;
            if (pos[d].equals("DT") && (rel[d].equals("obj") || rel[d].startsWith("nsubj")) && head[adj] == d
                    && rel[adj].equals("amod") && (pos[adj].equals("VBN") || pos[adj].startsWith("JJ"))
                    && (adj + 1 >= n || head[adj + 1] != d)) {
                head[adj] = head[d];
                rel[adj] = rel[d];
                head[d] = adj;
                rel[d] = "det";
                for (int k = 0; k < n; k++) {
                    if (k != adj && head[k] == d) {
                        head[k] = adj;
                    }
                }
            }
        }
    }

    /**
     * "a mediation effort between the Emirates and Saudi Arabia, whose ties have been strained": parsers sometimes
     * hang a phrase that comes before a relative clause's relative word on the clause's verb. Nothing before the
     * relative word belongs to the clause, so such a phrase (an oblique or nominal modifier) is put back on the noun
     * the clause modifies. Runs before the children lists are built.
     */
    private void repairRelativeReach() {
        for (int r = 0; r < n; r++) {
            int noun = head[r];
            if (!rel[r].equals("acl:relcl") || noun < 0 || noun >= r) {
                continue;
            }
            int wh = relativeWord(r);
            for (int c = noun + 1; wh > 0 && c < wh; c++) {
                if (head[c] == r && (rel[c].equals("obl") || rel[c].equals("nmod"))) {
                    head[c] = noun;
                    rel[c] = "nmod";
                }
            }
        }
    }

    /**
     * "rallies by the Kifaya group": parsers sometimes make the plural noun a compound of the last noun and hang the
     * prepositional phrase on it ("[rallies by the Kifaya] group"). A plural compound with a prepositional phrase of
     * its own that ends on the noun it modifies is the phrase's real head: it is put back as the head, the last noun
     * as the head of the prepositional phrase ("rallies [by the Kifaya group]"). Runs before the children lists are
     * built.
     */
    private void repairCompoundWithPhrase() {
        for (int c = 0; c < n; c++) {
            int h = head[c];
            if (!rel[c].equals("compound") || !pos[c].equals("NNS") || h <= c || h >= n) {
                continue;
            }
            int inner = -1;
            for (int k = c + 1; k < h; k++) {
                if (head[k] == c && rel[k].equals("nmod") && hasRel(k, "case")) {
                    inner = k;
                }
            }
            if (inner < 0 || !between(c, h)) {
                continue;
            }
            head[c] = head[h];
            rel[c] = rel[h];
            head[h] = c;
            rel[h] = "nmod";
            head[inner] = h;
            rel[inner] = "compound";
            for (int k = c + 1; k < inner; k++) {
                if (head[k] == inner && (rel[k].equals("case") || rel[k].equals("det"))) {
                    head[k] = h; // "by the": the preposition and article now open the last noun's phrase
                }
            }
        }
    }

    /** Whether every token between {@code c} and {@code h} lies in the subtree of one of them. */
    private boolean between(int c, int h) {
        for (int k = c + 1; k < h; k++) {
            if (!dominates(c, k) && !dominates(h, k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a} is an ancestor of {@code k} (before the children lists exist). */
    private boolean dominates(int a, int k) {
        for (int t = head[k], hop = 0; t >= 0 && t < n && hop < n; t = head[t], hop++) {
            if (t == a) {
                return true;
            }
        }
        return false;
    }

    /** The relative word of the clause headed by {@code r} (a child or grandchild: "which", "whose ties"), or -1. */
    private int relativeWord(int r) {
        for (int k = 0; k < r; k++) {
            boolean wh = pos[k].startsWith("W");
            if (wh && (head[k] == r || head[k] >= 0 && head[k] < n && head[head[k]] == r)) {
                return k;
            }
        }
        return -1;
    }

    /** Nouns that only carry an event noun compounded on them: "a mediation effort", "an aid package". */
    private static final java.util.Set<String> LIGHT_NOUNS = java.util.Set.of("effort", "bid", "initiative",
            "mission", "attempt", "push", "drive", "campaign", "programme", "program", "plan", "package", "process",
            "operation");

    /**
     * The noun that event noun {@code i} is compounded on when that noun only carries it ("Qatar launched a mediation
     * effort between X and Y": the parties and the support verb hang on "effort"); {@code i} itself otherwise.
     */
    int lightHead(int i) {
        int g = head[i];
        return g > i && rel[i].equals("compound") && noun(g) && LIGHT_NOUNS.contains(lemma[g]) ? g : i;
    }

    /** True when some token's governor is {@code g} with relation {@code r}; for use before the children lists. */
    private boolean hasRel(int g, String r) {
        for (int k = 0; k < n; k++) {
            if (head[k] == g && rel[k].equals(r)) {
                return true;
            }
        }
        return false;
    }

    /** True when a comma governed by {@code noun} lies between it and {@code appos}. */
    private boolean commaBefore(int noun, int appos) {
        for (int k = noun + 1; k < appos; k++) {
            if (word[k].equals(",") && head[k] == noun) {
                return true;
            }
        }
        return false;
    }

    /** The children of token {@code i}, in token order. */
    int[] kids(int i) {
        return kids[i];
    }

    /** True when token {@code t} has a dependent of relation {@code r} whose (lower-case) word is {@code word}. */
    boolean hasChild(int t, String r, String word) {
        for (int k : kids[t]) {
            if (rel[k].equals(r) && this.word[k].equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The first child of {@code i} whose relation is {@code r} or starts with {@code r + ":"}, or -1. */
    int child(int i, String r) {
        for (int k : kids[i]) {
            if (is(k, r)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The direct object of verb {@code i}: its {@code obj} dependent or, where the parser hung the object as a
     * {@code dep} below a temporal or oblique word standing between them ("rejected Thursday a UN appeal",
     * "denounced as a crime Serbia's suppression of ..."), that noun; -1 when there is none.
     */
    int object(int i) {
        int o = child(i, "obj");
        if (o >= 0) {
            return o;
        }
        for (int k : kids[i]) {
            if (k > i && is(k, "obl")) {
                for (int d : kids[k]) {
                    if (d > k && rel[d].equals("dep") && noun(d)) {
                        return d;
                    }
                }
            }
        }
        return -1;
    }

    /** True when token {@code k}'s relation is {@code r} or a subtype of it ({@code obl} matches {@code obl:tmod}). */
    boolean is(int k, String r) {
        String x = rel[k];
        return x.equals(r) || x.length() > r.length() && x.startsWith(r) && x.charAt(r.length()) == ':';
    }

    /** The preposition of an oblique or nominal modifier ({@code case} child), lower case, or "". */
    String prep(int k) {
        StringBuilder sb = null;
        for (int c : kids[k]) {
            if (rel[c].equals("case") && c < k) {
                if (sb == null) {
                    sb = new StringBuilder(word[c]);
                } else {
                    sb.append(' ').append(word[c]);
                }
            }
        }
        if (sb == null) {
            // CoreNLP's basic UD may write the preposition into the relation: obl:to, nmod:with.
            int colon = rel[k].indexOf(':');
            return colon > 0 && (rel[k].startsWith("obl") || rel[k].startsWith("nmod")) ? rel[k].substring(colon + 1) : "";
        }
        return sb.toString();
    }

    boolean verb(int i) {
        return pos[i].startsWith("VB") || pos[i].equals("MD");
    }

    /** A verb, or a word the tagger called a noun that the parse uses as one ("did not sanction Vietnam"). */
    boolean verbLike(int i) {
        if (verb(i)) {
            return true;
        }
        if (!noun(i)) {
            return false;
        }
        for (int k : kids[i]) {
            if (rel[k].equals("obj") || rel[k].equals("aux") && !word[k].equals("to")) {
                return true;
            }
        }
        return false;
    }

    boolean noun(int i) {
        return pos[i].startsWith("NN");
    }

    int start(int i) {
        return sentence.tokens().get(i).begin();
    }

    int end(int i) {
        return sentence.tokens().get(i).end();
    }
}
