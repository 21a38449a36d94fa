package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dyad.model.Entity;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpr;

/**
 * Codes the events of one sentence: finds triggers ({@link Patterns}), their source and target actors
 * ({@link ActorFinder}), status ({@link StatusReader}) and date ({@link DateFinder}). Emits nothing when no pattern
 * matches or no source actor is found: there is no fallback code. Stateless apart from its tables; thread-safe.
 */
final class EventCoder {
    /** An event found in one sentence, before it becomes a record. */
    record Found(Pattern pattern, int trigger, Entity source, String sourceText, Entity target, String targetText,
                 boolean targetIsPlace, boolean mutual, StatusReader.Status status, TimeExpr date,
                 String sourceSector, String targetSector) {
    }

    /**
     * What earlier sentences of the article tell a later one: the last person and the last other actor that were
     * the subject of a main clause, for pronouns that point back across a sentence ("On Thursday she met ...").
     */
    static final class Context {
        ActorFinder.Found person;
        ActorFinder.Found other;
    }

    /** What happened to one sentence, for the counters. */
    enum Outcome { NO_ACTOR, NO_PATTERN, NO_SOURCE, CODED }

    private static final Set<String> SUBJ = Set.of("nsubj", "csubj");
    private static final Set<String> RELATIVE = Set.of("which", "who", "that", "whom");
    private static final Set<String> ATTEMPT = Set.of("attempt", "try");
    private static final Set<String> BORDER = Set.of("border", "frontier", "boundary");
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
    /** Prepositions that name what an act is about ("complained over X's raids"). */
    private static final Set<String> SUBJECT_MATTER = Set.of("over", "about");

    private final Patterns patterns;
    private final GroupNouns groups;

    EventCoder(Patterns patterns, GroupNouns groups) {
        this.patterns = patterns;
        this.groups = groups;
    }

    /** The events of a sentence, added to {@code out}; returns what became of the sentence. */
    Outcome code(Sentence s, List<Entity> entities, List<TimeExpr> allTimes, Context context, List<Found> out) {
        Parse p = new Parse(s);
        Mentions m = new Mentions(s, entities);
        ActorFinder finder = new ActorFinder(p, m, t -> p.noun(t) && !patterns.nouns(p.lemma[t]).isEmpty(), context,
                groups);
        if (!m.any() && !m.anyPlace()) {
            return Outcome.NO_ACTOR;
        }
        try {
            // With only place mentions, a group located by one ("students throughout Indonesia") may still be an
            // actor; a sentence that gives none is counted as naming no actor.
            Outcome o = code(p, m, finder, allTimes, out);
            return o != Outcome.CODED && !m.any() ? Outcome.NO_ACTOR : o;
        } finally {
            remember(p, finder, context);
        }
    }

    /** Keeps the main clause's subject for pronouns in the next sentences. */
    private static void remember(Parse p, ActorFinder finder, Context context) {
        for (int r = 0; r < p.n; r++) {
            if (p.rel[r].equals("root")) {
                int subj = finder.subjectOf(r);
                if (subj >= 0) {
                    List<ActorFinder.Found> f = finder.actors(subj, false);
                    if (!f.isEmpty()) {
                        if (f.get(0).entity().type() == Entity.Type.PERSON) {
                            context.person = f.get(0).detached();
                        } else {
                            context.other = f.get(0).detached();
                        }
                    }
                }
            }
        }
    }

    private Outcome code(Parse p, Mentions m, ActorFinder finder, List<TimeExpr> allTimes, List<Found> out) {
        List<DateFinder.Time> times = null;
        List<Found> here = new ArrayList<>();
        boolean matched = false;
        for (int i = 0; i < p.n; i++) {
            List<Pattern> cands = p.verbLike(i) ? patterns.verbs(p.lemma[i]) : p.noun(i) ? patterns.nouns(p.lemma[i])
                    : List.of();
            if (cands.isEmpty()) {
                continue;
            }
            // Rows are tried in file order; the first that fits wins, except that a row that found its source but
            // not the target it needs gives way to the next ("drills with Y" → cooperation, else "drills near Y").
            for (Pattern pat : cands) {
                if (!Matcher.matches(p, i, pat)) {
                    continue;
                }
                matched = true;
                if (times == null) {
                    times = DateFinder.times(p, allTimes);
                }
                if (!build(p, finder, i, pat, times, here)) {
                    break;
                }
            }
        }
        dropAnnouncements(p, here);
        dropFramed(p, here);
        out.addAll(here);
        if (!here.isEmpty()) {
            return Outcome.CODED;
        }
        return matched ? Outcome.NO_SOURCE : Outcome.NO_PATTERN;
    }

    /**
     * Builds the events of trigger {@code i} under {@code pat} into {@code out}; true only when the pattern found a
     * source but not the target it needs, so that the next fitting pattern may be tried.
     */
    private boolean build(Parse p, ActorFinder finder, int i, Pattern pat, List<DateFinder.Time> times,
                          List<Found> out) {
        if (pat.noun() && p.head[i] >= 0 && hasParticle(p, p.head[i], "off")) {
            return false; // "called off the strike", "broke off the talks": the event is cancelled, not held
        }
        boolean places = pat.has("place");
        List<ActorFinder.Found> sources = new ArrayList<>();
        List<ActorFinder.Found> targets = new ArrayList<>();
        boolean mutual = false;
        int passiveSubj = pat.noun() ? -1 : p.child(i, "nsubj:pass");
        if (passiveSubj < 0 && !pat.noun() && p.is(i, "acl") && p.pos[i].equals("VBN") && p.head[i] >= 0
                && prepChild(p, i, "by") >= 0) {
            passiveSubj = p.head[i]; // "the countries invited by India": the participle's noun is its object
        }
        if (passiveSubj >= 0) {
            int agent = prepChild(p, i, "by");
            if (agent < 0) {
                agent = p.child(i, "obl:agent");
            }
            sources.addAll(finder.actors(agent, false));
            if (agent < 0 && pat.has("passive-source")) {
                sources.addAll(finder.actors(passiveSubj, false)); // "the guerrillas were demobilized"
            } else {
                targets.addAll(finder.actors(passiveSubj, places));
            }
        } else {
            for (int h : sourceHeads(p, i, pat.has("source-of"), pat.noun())) {
                if (h >= 0 && sources.isEmpty()) {
                    sources.addAll(finder.actors(h, false));
                }
            }
        }
        List<ActorFinder.Found> pair = null;
        if (targets.isEmpty()) {
            for (String kind : pat.target()) {
                List<ActorFinder.Found> found = targetsOf(p, finder, i, kind, places,
                        g -> Matcher.first(p, g, patterns.verbs(p.lemma[g])) != null);
                if (kind.equals("between") || kind.equals("compound")) {
                    if (found.size() >= 2) {
                        pair = found;
                        break;
                    }
                    if (!found.isEmpty() && !sources.isEmpty()) {
                        targets.addAll(found);
                        break;
                    }
                    continue;
                }
                if (!found.isEmpty()) {
                    targets.addAll(found);
                    break;
                }
            }
        }
        if (pair != null && (sources.isEmpty() || pat.has("mutual"))) {
            sources = List.of(pair.get(0));
            targets = List.of(pair.get(1));
            mutual = true;
        }
        if (sources.isEmpty()) {
            return false;
        }
        if (targets.isEmpty() && sources.size() >= 2 && pat.has("mutual")) {
            targets = List.of(sources.get(1));
            sources = List.of(sources.get(0));
            mutual = true;
        }
        if (targets.isEmpty()) {
            targets = unless(p, finder, i);
        }
        if (targets.isEmpty() && pat.has("needs-target")) {
            return true;
        }
        // A noun event named with the verb its pattern requires ("suspended arms exports", "held talks") takes that
        // verb's status: the verb is part of the act, not a governor that could negate or defer it.
        boolean support = pat.noun() && p.head[i] >= 0
                && pat.when().stream().anyMatch(c -> c.key().equals("gov") && !c.negated());
        StatusReader.Status status = attempted(p, i, pat.cameo(),
                StatusReader.of(p, support ? p.head[i] : i, verbal(pat.cameo())));
        TimeExpr date = DateFinder.of(p, i, times);
        for (ActorFinder.Found src : sources) {
            if (targets.isEmpty()) {
                out.add(new Found(pat, i, src.entity(), src.surface(), null, null, false, false, status, date,
                        src.sector(), null));
                continue;
            }
            for (ActorFinder.Found tgt : targets) {
                if (tgt.token() == src.token()) {
                    continue;
                }
                out.add(new Found(pat, i, src.entity(), src.surface(), tgt.entity(), tgt.surface(),
                        !tgt.at().actor() && !tgt.locatesGroup(), mutual, status, date, src.sector(), tgt.sector()));
            }
        }
        return false;
    }

    /**
     * The actors a condition puts the pressure on: the subject of an "unless" clause of the trigger, of the verb a
     * noun trigger is the object of, or of the verb whose infinitive that is ("threatened to hold a strike unless
     * Israel rescinded ..." → Israel). Used only when the pattern's own target places name nobody.
     */
    private static List<ActorFinder.Found> unless(Parse p, ActorFinder finder, int i) {
        for (int h = i, hop = 0; h >= 0 && hop < 3; hop++) {
            for (int c : p.kids(h)) {
                if (p.is(c, "advcl") && hasMark(p, c, "unless")) {
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

    private static boolean hasMark(Parse p, int clause, String word) {
        return hasChild(p, clause, "mark", word);
    }

    private static boolean hasParticle(Parse p, int verb, String word) {
        return hasChild(p, verb, "compound:prt", word);
    }

    private static boolean hasChild(Parse p, int t, String rel, String word) {
        for (int k : p.kids(t)) {
            if (p.rel[k].equals(rel) && p.word[k].equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An attempted use of force is force: "tried to assassinate the prime minister" is an assassination attempt, which
     * CAMEO codes as the act. The attempt's own status decides ("attempted" happened, "will try" is planned).
     */
    private static StatusReader.Status attempted(Parse p, int i, String cameo, StatusReader.Status status) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        int g = p.head[i];
        if (root < 18 || root > 20 || g < 0 || !p.is(i, "xcomp") || !ATTEMPT.contains(p.lemma[g])
                || !status.rule().equals("gov:" + p.lemma[g])) {
            return status;
        }
        StatusReader.Status own = StatusReader.of(p, g, false);
        return new StatusReader.Status(own.value(), "attempt+" + own.rule());
    }

    /** Verbal acts (statements, appeals, intentions, demands, criticism, rejections, threats): the saying is the event. */
    static boolean verbal(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root == 2 || root == 3 || root >= 10 && root <= 13;
    }

    /** The heads that may name the trigger's source, best first. */
    private static List<Integer> sourceHeads(Parse p, int i, boolean sourceOf, boolean noun) {
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
        out.add(prepChild(p, i, "by"));
        if (sourceOf) {
            // "the transfer of two U.S. Coast Guard cutters", "a visit of the French president"
            out.add(prepChild(p, i, "of"));
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
    private static int subjectOrInherited(Parse p, int v) {
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
     * Who carried out the act named by an object: "condemned the attack on a Vietnamese boat by a Chinese vessel",
     * "protested the drilling by a Vietnamese ship" (parsers hang that "by" on the object or, the verb being active,
     * on the verb). Empty when no "by" phrase names an actor.
     */
    private static List<ActorFinder.Found> agentOf(Parse p, ActorFinder finder, int i, int o) {
        if (o < 0) {
            return List.of();
        }
        int by = prepChild(p, o, "by");
        if (by < 0 && p.verb(i) && p.child(i, "nsubj:pass") < 0 && !p.pos[i].equals("VBN")) {
            by = prepChild(p, i, "by");
        }
        return by < 0 ? List.of() : finder.doer(by);
    }

    /**
     * A subject the parser hung on a fronted phrase: in "After his talks with Truong, Blinken will travel to Japan"
     * parsers often make "Blinken" an apposition of "Truong" and leave "travel" without a subject. The name right
     * before the verb (and its auxiliaries), after a comma, is taken as the subject. -1 when there is none.
     */
    private static int misattachedSubject(Parse p, int v) {
        int k = v - 1;
        while (k >= 0 && p.head[k] == v && (p.is(k, "aux") || p.is(k, "advmod"))) {
            k--;
        }
        if (k < 1 || !p.rel[k].equals("appos") || p.head[k] >= k || !p.pos[k].startsWith("NNP")) {
            return -1;
        }
        int start = k;
        for (int c : p.kids(k)) {
            if (c > k || !(p.is(c, "compound") || p.is(c, "flat") || p.is(c, "amod") || p.is(c, "det"))) {
                return -1; // a real apposition ("Truong, the party chief"), not a stray name
            }
            start = Math.min(start, c);
        }
        return start >= 1 && p.word[start - 1].equals(",") ? k : -1;
    }

    /**
     * The actors where a pattern's target {@code kind} says to look; {@code trigger} tells the verbs that match a
     * pattern of their own.
     */
    private static List<ActorFinder.Found> targetsOf(Parse p, ActorFinder finder, int i, String kind, boolean places,
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
                        if ((p.rel[c].equals("advcl") || p.rel[c].equals("acl") || p.rel[c].equals("xcomp"))
                                && Matcher.toInfinitive(p, c)) {
                            List<ActorFinder.Found> f = finder.actors(p.child(c, "obj"), places);
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
                    if ((p.is(c, "obl") || p.is(c, "nmod")) && BORDER.contains(p.lemma[c])) {
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
                return g < 0 ? List.of() : finder.actors(subjectOrInherited(p, g), places);
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
                        // "complained over two Israeli air raids": the party is who carried out the act
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

    /** The nearest nominal below {@code i} (not across clauses) introduced by {@code prep}, or -1. */
    private static int prepDescendant(Parse p, int i, String prep, int maxDepth) {
        int[] frontier = {i};
        for (int d = 0; d < maxDepth; d++) {
            List<Integer> next = new ArrayList<>();
            for (int t : frontier) {
                for (int c : p.kids(t)) {
                    if ((p.is(c, "obl") || p.is(c, "nmod")) && d > 0 && p.prep(c).equals(prep)) {
                        return c;
                    }
                    if (p.is(c, "obl") || p.is(c, "nmod") || p.is(c, "obj") || p.is(c, "compound")) {
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

    /**
     * An announcement ("agreed to", "promised to", "offered to") whose complement is itself an event says nothing
     * the complement's own record does not (that record is planned, with the announcement as its status cue).
     */
    private static void dropAnnouncements(Parse p, List<Found> here) {
        if (here.size() < 2) {
            return;
        }
        here.removeIf(f -> f.pattern().has("intent") && here.stream().anyMatch(o -> o != f
                && governs(p, f.trigger(), o.trigger())));
    }

    /**
     * An act embedded in an accusation, a demand, an appeal or a threat ("accused X of violating the ceasefire",
     * "threatened to attack", "demanded a meeting") is what is alleged, demanded or threatened, not an event of
     * its own: only the framing event is kept.
     */
    private static void dropFramed(Parse p, List<Found> here) {
        if (here.size() < 2) {
            return;
        }
        here.removeIf(f -> here.stream().anyMatch(o -> o != f && o.pattern().has("frame") && o.trigger() != f.trigger()
                && governs(p, o.trigger(), f.trigger())));
    }

    private static boolean governs(Parse p, int top, int low) {
        int cur = p.head[low];
        for (int hop = 0; hop < 4 && cur >= 0; hop++) {
            if (cur == top) {
                return true;
            }
            cur = p.head[cur];
        }
        return false;
    }
}
