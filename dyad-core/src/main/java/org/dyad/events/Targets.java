package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Where an event's target is: the places a pattern's {@code target} column names (the object, a preposition, the
 * complement's subject, "between X and Y", the neighbour across a border, ...), tried in order by the coder, and
 * the party a condition puts the pressure on. Stateless.
 */
final class Targets {
    /**
     * Prepositions whose event-noun phrase stands for whoever carried the event out: what an act is about
     * ("complained over X's raids"), what it answers ("conceded to X's demands"), what it acts on ("cracked down on
     * Y's protests").
     */
    private static final Set<String> SUBJECT_MATTER = Set.of("over", "about", "to", "on", "against");

    private Targets() {
    }

    /**
     * The actors a condition puts the pressure on: the subject of an "unless" clause of the trigger, of the verb a
     * noun trigger is the object of, or of the verb whose infinitive that is ("threatened to hold a strike unless
     * Israel rescinded ..." → Israel). Used only when the pattern's own target places name nobody.
     */
    static List<ActorFinder.Found> unless(Parse p, ActorFinder finder, int i) {
        for (int h = i, hop = 0; h >= 0 && hop < 3; hop++) {
            for (int c : p.kids(h)) {
                if (p.is(c, "advcl") && p.hasChild(c, "mark", "unless")) {
                    List<ActorFinder.Found> f = finder.actors(finder.subjectOf(c), false);
                    if (!f.isEmpty()) {
                        return f;
                    }
                }
            }
            boolean up = p.rel[h].equals("obj") || p.is(h, "xcomp");
            h = up ? p.head[h] : -1;
        }
        return List.of();
    }

    /**
     * Who carried out the act named by an object: "condemned the attack on a Vietnamese boat by a Chinese vessel",
     * "protested the drilling by a Vietnamese ship" (parsers hang that "by" on the object or, the verb being active,
     * on the verb). Empty when no "by" phrase names an actor.
     */
    private static List<ActorFinder.Found> agentOf(Parse p, ActorFinder finder, int i, int o) {
        if (o < 0) {
            return List.of();
        }
        int by = prepChild(p, o, "by");
        if (by < 0 && p.verb(i) && p.child(i, "nsubj:pass") < 0 && p.child(i, "aux:pass") < 0) {
            by = prepChild(p, i, "by");
        }
        return by < 0 ? List.of() : finder.doer(by);
    }

    /**
     * The doer of a participle inside a noun phrase ("the return of property seized by government forces", "the
     * release of sailors held by the navy"): the "by" phrase of a past participle modifying the phrase's head or
     * its "of" phrase. Empty when there is none.
     */
    private static List<ActorFinder.Found> participleDoer(Parse p, ActorFinder finder, int head) {
        if (head < 0) {
            return List.of();
        }
        List<Integer> nouns = new ArrayList<>(List.of(head));
        for (int c : p.kids(head)) {
            if (p.is(c, "nmod") && p.prep(c).equals("of")) {
                nouns.add(c);
            }
        }
        for (int n : nouns) {
            for (int c : p.kids(n)) {
                if (p.is(c, "acl") && p.pos[c].equals("VBN")) {
                    int by = prepChild(p, c, "by");
                    if (by >= 0) {
                        return finder.doer(by);
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The actors where a pattern's target {@code kind} says to look; {@code trigger} tells the verbs that match a
     * pattern of their own.
     */
    static List<ActorFinder.Found> of(Parse p, ActorFinder finder, int i, String kind, boolean places,
                                      IntPredicate trigger) {
        switch (kind) {
            case "obj": {
                int o = p.object(i);
                List<ActorFinder.Found> agent = agentOf(p, finder, i, o);
                return agent.isEmpty() ? finder.actors(o, places) : agent;
            }
            case "iobj":
                return finder.actors(p.child(i, "iobj"), places);
            case "xcomp": {
                int x = p.child(i, "xcomp");
                if (x < 0) {
                    return List.of();
                }
                List<ActorFinder.Found> f = finder.actors(p.child(x, "obj"), places);
                if (f.isEmpty()) {
                    f = finder.actors(p.child(x, "iobj"), places);
                }
                for (int c : p.kids(x)) {
                    if (f.isEmpty() && p.is(c, "obl")) {
                        f = finder.actors(c, places);
                    }
                }
                return f;
            }
            case "purpose": {
                // "shipped a cutter to support the Vietnamese coast guard": the object of the purpose clause
                for (int g = i, hop = 0; g >= 0 && hop < 2; g = p.head[g], hop++) {
                    for (int c : p.kids(g)) {
                        if (purposeClause(p, c)) {
                            int o = p.child(c, "obj");
                            List<ActorFinder.Found> f = finder.actors(o, places);
                            if (f.isEmpty()) {
                                // "to demand political reforms by the government": who is to carry them out
                                f = agentOf(p, finder, c, o);
                            }
                            if (f.isEmpty()) {
                                // "to demand the return of property seized by government forces": who took it
                                f = participleDoer(p, finder, o);
                            }
                            if (!f.isEmpty()) {
                                return f;
                            }
                        }
                    }
                }
                return List.of();
            }
            case "border": {
                // "massed troops on the border with Guyana": the neighbour across it
                for (int c : p.kids(i)) {
                    if ((p.is(c, "obl") || p.is(c, "nmod")) && ActorFinder.BORDER.contains(p.lemma[c])) {
                        for (int w : p.kids(c)) {
                            if (p.is(w, "nmod") && p.prep(w).equals("with")) {
                                List<ActorFinder.Found> f = finder.actors(w, true);
                                if (!f.isEmpty()) {
                                    return f;
                                }
                            }
                        }
                    }
                }
                return List.of();
            }
            case "gov-subj": {
                // "Vietnam receives U.S. assistance": the receiver of a noun event is its governor's subject.
                int g = p.head[i];
                return g < 0 ? List.of() : finder.actors(Sources.subjectOrInherited(p, g), places);
            }
            case "gov-obj": {
                // "jailed 52 members of the movement on charges of treason": the governor's object
                int g = p.head[i];
                return g < 0 || !p.verb(g) ? List.of() : finder.actors(p.object(g), places);
            }
            case "ccomp-obj": {
                // "warned that police will no longer tolerate rallies by the Kifaya group": what the clause acts on
                int c = p.child(i, "ccomp");
                return c < 0 ? List.of() : finder.actors(p.object(c), places);
            }
            case "ccomp": {
                int c = p.child(i, "ccomp");
                if (c < 0) {
                    return List.of();
                }
                int s = p.child(c, "nsubj");
                return finder.actors(s >= 0 ? s : p.child(c, "nsubj:pass"), false);
            }
            case "compound": {
                List<ActorFinder.Found> out = new ArrayList<>();
                for (int c : p.kids(i)) {
                    if (p.rel[c].equals("compound") || p.rel[c].equals("amod")) {
                        for (ActorFinder.Found f : finder.actors(c, false)) {
                            if (out.stream().noneMatch(x -> x.entity() == f.entity())) {
                                out.add(f);
                            }
                        }
                    }
                }
                return out;
            }
            default: {
                // "aid to Mozambique" may hang from the verb or from its object; the first phrase that names a
                // party wins ("extended the curfew in Abidjan in response to ...": not "in response").
                List<Integer> cands = new ArrayList<>(prepChildren(p, i, kind));
                int o = p.object(i);
                if (o >= 0 && !finder.eventNoun(o)) {
                    // (not when the object is an event of its own: "demanded the withdrawal of X from Y")
                    cands.addAll(prepChildren(p, o, kind));
                }
                int g = p.head[i];
                if (p.noun(i) && g >= 0 && p.rel[i].equals("obj") && p.verb(g) && !trigger.test(g)) {
                    // a noun trigger's party hung on its support verb: "issued a reminder Saturday to Iraq",
                    // "opened investigations against 28 officials" (not on a verb that is an event of its own:
                    // "boost supplies to Vietnam" is the boost's)
                    cands.addAll(prepChildren(p, g, kind));
                }
                if (places) {
                    // a destination or venue deeper in the phrase: "broke ground on the construction of ... in Hanoi"
                    cands.add(prepDescendant(p, i, kind, 4));
                }
                for (int k : cands) {
                    List<ActorFinder.Found> f = finder.party(k, places);
                    if (f.isEmpty() && SUBJECT_MATTER.contains(kind) && k >= 0 && finder.eventNoun(k)) {
                        // "complained over two Israeli air raids", "conceded to Bolivian demands": who carried it out
                        f = finder.owner(k);
                    }
                    if (!f.isEmpty()) {
                        return f;
                    }
                }
                return List.of();
            }
        }
    }

    /** The object of the trigger's purpose clause ("opened fire to disperse demonstrators"), or -1. */
    private static int purposeObject(Parse p, int i) {
        for (int c : p.kids(i)) {
            if (purposeClause(p, c) && !p.rel[c].equals("acl")) {
                return p.child(c, "obj");
            }
        }
        return -1;
    }

    /** An infinitive clause of purpose ("to disperse the crowd") hung as an adverbial, complement or modifier. */
    private static boolean purposeClause(Parse p, int c) {
        return (p.rel[c].equals("advcl") || p.rel[c].equals("acl") || p.rel[c].equals("xcomp"))
                && Matcher.toInfinitive(p, c);
    }

    /**
     * The head of the first phrase a pattern's target places point at that exists in the sentence (the object, or
     * a preposition's phrase), or -1: where the coder looks for people with no country of their own.
     */
    static int firstSlot(Parse p, int i, List<String> kinds) {
        for (String kind : kinds) {
            int h = kind.equals("obj") ? p.object(i) : kind.equals("purpose") ? purposeObject(p, i)
                    : Patterns.TARGET_KINDS.contains(kind) ? -1 : prepChild(p, i, kind);
            if (h >= 0) {
                return h;
            }
        }
        return -1;
    }

    /**
     * The nearest nominal below {@code i} introduced by {@code prep}, or -1; not across clauses, except a present
     * participle modifying a noun on the way.
     */
    private static int prepDescendant(Parse p, int i, String prep, int maxDepth) {
        int[] frontier = {i};
        for (int d = 0; d < maxDepth; d++) {
            List<Integer> next = new ArrayList<>();
            for (int t : frontier) {
                for (int c : p.kids(t)) {
                    if ((p.is(c, "obl") || p.is(c, "nmod")) && d > 0 && p.prep(c).equals(prep)) {
                        return c;
                    }
                    if (p.is(c, "obl") || p.is(c, "nmod") || p.is(c, "obj") || p.is(c, "compound")
                            || p.rel[c].equals("acl") && p.pos[c].equals("VBG")) {
                        // (and into a participle that places its noun: "power lines leading into Kabul")
                        next.add(c);
                    }
                }
            }
            frontier = next.stream().mapToInt(Integer::intValue).toArray();
        }
        return -1;
    }

    /** The oblique or nominal dependents of {@code i} introduced by preposition {@code prep}, in token order. */
    private static List<Integer> prepChildren(Parse p, int i, String prep) {
        List<Integer> out = new ArrayList<>(2);
        for (int c : p.kids(i)) {
            if ((p.is(c, "obl") || p.is(c, "nmod")) && p.prep(c).equals(prep)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The oblique or nominal dependent of {@code i} introduced by preposition {@code prep}, or -1. */
    static int prepChild(Parse p, int i, String prep) {
        for (int c : p.kids(i)) {
            if ((p.is(c, "obl") || p.is(c, "nmod")) && p.prep(c).equals(prep)) {
                return c;
            }
        }
        return -1;
    }
}
