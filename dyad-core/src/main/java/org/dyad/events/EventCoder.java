package org.dyad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Entity;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpr;

/**
 * Codes the events of one sentence: finds triggers ({@link Patterns}), where their source and target are
 * ({@link Sources}, {@link Targets}) and who that is ({@link ActorFinder}), status ({@link StatusReader}) and date
 * ({@link DateFinder}). Emits nothing when no pattern matches or no source actor is found: there is no fallback
 * code. Stateless apart from its tables; thread-safe.
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
        /** The article's two main parties so far, for "the two countries", "both sides" (see rememberPair). */
        List<ActorFinder.Found> pair;
        /** In how many sentences each party was named as an actor, and its first mention. */
        final Map<String, Integer> named = new LinkedHashMap<>();
        final Map<String, ActorFinder.Found> first = new HashMap<>();
    }

    /** What happened to one sentence, for the counters. */
    enum Outcome { NO_ACTOR, NO_PATTERN, NO_SOURCE, CODED }

    private static final Set<String> ATTEMPT = Set.of("attempt", "try");
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
        if (!m.any() && !m.anyPlace() && !(context.pair != null && finder.namesPair())) {
            return Outcome.NO_ACTOR; // (with a pair remembered, "the two countries" may still name the parties)
        }
        try {
            // With only place mentions, a group located by one ("students throughout Indonesia") may still be an
            // actor; a sentence that gives none is counted as naming no actor.
            Outcome o = code(p, m, finder, allTimes, out);
            return o != Outcome.CODED && !m.any() ? Outcome.NO_ACTOR : o;
        } finally {
            remember(p, finder, context);
            rememberPair(p, m, context);
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

    /**
     * Counts the parties each sentence names as actors (each once per sentence: a country, person or organisation
     * with a code), and keeps as the article's pair the two named in most sentences so far, for a later "the two
     * countries" or "both sides"; when a third is named as often as the second, there is no pair.
     */
    private static void rememberPair(Parse p, Mentions m, EventCoder.Context context) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int t = 0; t < p.n; t++) {
            Mentions.At at = m.at(t);
            if (at != null && at.actor() && at.entity().code() != null && seen.add(at.entity().code())) {
                context.named.merge(at.entity().code(), 1, Integer::sum);
                context.first.putIfAbsent(at.entity().code(), new ActorFinder.Found(at, -1));
            }
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(context.named.entrySet());
        top.sort((a, b) -> b.getValue() - a.getValue()); // stable: ties keep the order of first mention
        boolean clear = top.size() >= 2 && (top.size() == 2 || top.get(1).getValue() > top.get(2).getValue());
        context.pair = clear ? List.of(context.first.get(top.get(0).getKey()), context.first.get(top.get(1).getKey()))
                : null;
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
        if (pat.noun() && p.head[i] >= 0 && p.hasChild(p.head[i], "compound:prt", "off")) {
            return false; // "called off the strike", "broke off the talks": the event is cancelled, not held
        }
        boolean places = pat.has("place");
        int a = pat.noun() ? p.lightHead(i) : i; // where the parties hang: "a mediation effort between X and Y"
        List<ActorFinder.Found> sources = new ArrayList<>();
        List<Integer> sourceHeads = new ArrayList<>(2);
        List<ActorFinder.Found> targets = new ArrayList<>();
        boolean mutual = false;
        int passiveSubj = pat.noun() ? -1 : p.child(i, "nsubj:pass");
        if (passiveSubj < 0 && !pat.noun() && p.is(i, "acl") && p.pos[i].equals("VBN") && p.head[i] >= 0
                && Targets.prepChild(p, i, "by") >= 0) {
            passiveSubj = p.head[i]; // "the countries invited by India": the participle's noun is its object
        }
        if (passiveSubj >= 0) {
            int agent = Targets.prepChild(p, i, "by");
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
            for (int h : Sources.heads(p, a, pat.has("source-of"), pat.noun())) {
                if (h >= 0 && sources.isEmpty()) {
                    sources.addAll(finder.actors(h, false));
                    sourceHeads.add(h);
                }
            }
        }
        List<ActorFinder.Found> pair = null;
        if (targets.isEmpty()) {
            for (String kind : pat.target()) {
                List<ActorFinder.Found> found = Targets.of(p, finder, a, kind, places,
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
        // the same words cannot be both sides ("With the signing, the government and the rebels agreed": the
        // parser hangs the subject inside the "with" phrase, where the target search finds it again)
        List<ActorFinder.Found> src0 = sources;
        targets.removeIf(t -> t.token() >= 0 && src0.stream().anyMatch(s -> s.token() == t.token()));
        if (pair != null && (sources.isEmpty() || pat.has("mutual"))) {
            sources = List.of(pair.get(0));
            targets = List.of(pair.get(1));
            mutual = true;
        } else if (pair != null) {
            targets = pair; // "Qatar mediated between X and Y": both are Qatar's targets
        }
        for (int h : sources.isEmpty() ? sourceHeads : List.<Integer>of()) {
            // "Judge X opened investigations against Chilean officials", "Islamic fundamentalists staged a hunger
            // strike to demand the Algerian president's resignation": people of no named country who are theirs
            ActorFinder.Found home = finder.courtOf(h, targets);
            if (home == null && (pat.cameo().startsWith("14") || pat.cameo().startsWith("10"))) {
                home = finder.protestersOf(h, targets);
            }
            if (home != null) {
                sources = List.of(home);
                break;
            }
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
            targets = Targets.unless(p, finder, a);
        }
        if (targets.isEmpty()) {
            ActorFinder.Found people = finder.jurisdiction(Targets.firstSlot(p, a, pat.target()), sources.get(0));
            if (people != null) {
                targets = List.of(people);
            }
        }
        boolean domestic = targets.isEmpty() && pat.has("domestic");
        if (targets.isEmpty() && pat.has("needs-target")) {
            return true;
        }
        // A noun event named with the verb its pattern requires ("suspended arms exports", "held talks") takes that
        // verb's status: the verb is part of the act, not a governor that could negate or defer it.
        boolean support = pat.noun() && p.head[a] >= 0
                && pat.when().stream().anyMatch(c -> c.key().equals("gov") && !c.negated());
        StatusReader.Status status = attempted(p, i, pat.cameo(),
                StatusReader.of(p, support ? p.head[a] : i, verbal(pat.cameo())));
        TimeExpr date = DateFinder.of(p, i, times);
        for (ActorFinder.Found src : sources) {
            if (targets.isEmpty()) {
                // a domestic act with no target named ("imposed martial law") is done to the source's own country
                Entity home = domestic && src.entity().type() == Entity.Type.COUNTRY ? src.entity() : null;
                out.add(new Found(pat, i, src.entity(), src.surface(), home, null, false, false, status, date,
                        src.sector(), null));
                continue;
            }
            for (ActorFinder.Found tgt : targets) {
                if (tgt.token() >= 0 ? tgt.token() == src.token() : tgt.entity() == src.entity()) {
                    continue;
                }
                out.add(new Found(pat, i, src.entity(), src.surface(), tgt.entity(), tgt.surface(),
                        !tgt.at().actor() && !tgt.locatesGroup(), mutual, status, date, src.sector(), tgt.sector()));
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
