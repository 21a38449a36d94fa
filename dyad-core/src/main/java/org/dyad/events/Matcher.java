package org.dyad.events;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a trigger token meets a pattern's conditions on the dependency parse. Stateless.
 */
final class Matcher {
    private static final Set<String> MOD_RELS = Set.of("amod", "compound", "advmod", "nmod:npmod", "obl:npmod");

    private Matcher() {
    }

    /** The first pattern, in file order, whose conditions the trigger meets, or null. */
    static Pattern first(Parse p, int i, List<Pattern> candidates) {
        for (Pattern pat : candidates) {
            if (matches(p, i, pat)) {
                return pat;
            }
        }
        return null;
    }

    static boolean matches(Parse p, int i, Pattern pat) {
        for (Pattern.Condition c : pat.when()) {
            if (holds(p, i, c) == c.negated()) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(Parse p, int i, Pattern.Condition c) {
        Set<String> v = c.values();
        switch (c.key()) {
            case "word":
                return v.contains(p.word[i]);
            case "gov": {
                int g = p.head[p.lightHead(i)]; // "launched a mediation effort": the carrier noun's governor
                return g >= 0 && in(v, p.lemma[g]);
            }
            case "prep":
                for (int k : p.kids(i)) {
                    if ((p.is(k, "obl") || p.is(k, "nmod") || p.is(k, "advcl")) && in(v, p.prep(k))) {
                        return true;
                    }
                }
                return false;
            case "prt":
                for (int k : p.kids(i)) {
                    if (p.rel[k].equals("compound:prt") && in(v, p.word[k])) {
                        return true;
                    }
                }
                return false;
            case "ccomp-not":
                for (int k : p.kids(i)) {
                    if (p.rel[k].equals("ccomp") && in(v, p.lemma[k]) && negated(p, k)) {
                        return true;
                    }
                }
                return false;
            case "ccomp-aux":
                for (int k : p.kids(i)) {
                    if (p.rel[k].equals("ccomp")) {
                        for (int a : p.kids(k)) {
                            if (p.is(a, "aux") && in(v, p.word[a])) {
                                return true;
                            }
                        }
                    }
                }
                return false;
            default:
                for (int k : p.kids(i)) {
                    if (relFits(p, k, c.key()) && (in(v, p.lemma[k]) || c.key().equals("obj") && ofChild(p, k, v))) {
                        return true;
                    }
                }
                return c.key().equals("obj") && misplacedObject(p, i, v);
        }
    }

    /** An object the parser hung below a word between it and its verb ({@link Parse#object}). */
    private static boolean misplacedObject(Parse p, int i, Set<String> v) {
        int o = p.object(i);
        return o >= 0 && !p.is(o, "obj") && (in(v, p.lemma[o]) || ofChild(p, o, v));
    }

    /** "tons of aid", "a grant of 580 million": the object's "of" dependent counts as the object. */
    private static boolean ofChild(Parse p, int obj, Set<String> v) {
        for (int k : p.kids(obj)) {
            if (p.is(k, "nmod") && p.prep(k).equals("of") && v.contains(p.lemma[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean relFits(Parse p, int k, String key) {
        return switch (key) {
            case "obj" -> p.rel[k].equals("obj") || p.rel[k].equals("nsubj:pass");
            case "xcomp" -> p.rel[k].equals("xcomp") || p.rel[k].equals("advcl") && toInfinitive(p, k);
            case "subj" -> p.rel[k].startsWith("nsubj");
            case "mod" -> MOD_RELS.contains(p.rel[k]);
            case "dep" -> !p.rel[k].equals("punct");
            default -> false;
        };
    }

    /** Whether verb {@code k} is negated: "not", "n't", "never", "no longer". */
    private static boolean negated(Parse p, int k) {
        for (int c : p.kids(k)) {
            if (p.is(c, "advmod") && (p.word[c].equals("not") || p.word[c].equals("n't") || p.word[c].equals("never")
                    || p.word[c].equals("longer") && p.hasChild(c, "advmod", "no"))) {
                return true;
            }
        }
        return false;
    }

    static boolean toInfinitive(Parse p, int k) {
        return p.hasChild(k, "mark", "to");
    }

    private static boolean in(Set<String> v, String s) {
        return v.contains("*") || v.contains(s);
    }
}
