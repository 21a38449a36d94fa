package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Entity;

/**
 * Finds the actors an argument of a trigger stands for: the nearest entity mention in the argument's phrase ("senior
 * Vietnamese officials" → Vietnam, "leaders of Romania's new government" → Romania), with its coordinated partners
 * ("Hungarian and Romanian officials"), and the referent of a pronoun subject ("Hungary said it will..."). Place
 * mentions ("in Hanoi") are never returned, except where the caller asks for a destination.
 */
final class ActorFinder {
    /** Relations not followed into an argument's phrase: they start another clause. */
    private static final Set<String> STOP = Set.of("acl", "acl:relcl", "ccomp", "advcl", "parataxis", "conj", "punct",
            "dep", "cc", "case", "det", "mark", "xcomp", "csubj", "discourse", "list", "orphan", "vocative");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "its", "their", "his", "her",
            "our", "i", "them", "him");
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him");
    private static final int MAX_DEPTH = 3;

    /**
     * An actor found for an argument.
     *
     * @param sector  the sector a group noun heading the phrase gives ("Egyptian police" → COP), or null
     * @param text    the words that name the actor when they are more than the mention ("rebels in the Ivory
     *                Coast"), or null for the mention's own text
     */
    record Found(Mentions.At at, int token, String sector, String text) {
        Found(Mentions.At at, int token) {
            this(at, token, null, null);
        }

        Entity entity() {
            return at.entity();
        }

        /** A place mention that stands for the country of the group it locates ("police in Guinea"). */
        boolean locatesGroup() {
            return text != null;
        }

        /** The words naming the actor in the sentence. */
        String surface() {
            return text != null ? text : at.mention().text();
        }

        /** The same actor, for use in another sentence (no token there). */
        Found detached() {
            return new Found(at, -1, sector, text);
        }
    }

    /** Participles that place a group where it is based ("a newspaper based in Beirut", "rebels operating in"). */
    private static final Set<String> BASED = Set.of("base", "headquarter", "operate", "live", "reside");

    /** Participles whose object or place says where a group comes from ("refugees fleeing Liberia"). */
    private static final Set<String> FLEE = Set.of("flee", "escape");
    /** Nouns whose "with" phrase names a neighbour, not an owner ("the border with Venezuela"). */
    static final Set<String> BORDER = Set.of("border", "frontier", "boundary", "crossing");

    /** Nouns for another party defined by its relation to the one named on them ("Israel's ally", "U.S. rivals"). */
    private static final Set<String> RELATIONAL = Set.of("ally", "proxy", "enemy", "rival", "foe", "adversary",
            "partner", "client", "patron", "opponent", "critic");

    /** Whether {@code c} is a possessor, modifier or "of" phrase naming whose the noun above it is. */
    private boolean ownerPhrase(int c) {
        return p.rel[c].equals("nmod:poss") || p.rel[c].equals("amod") || p.rel[c].equals("compound")
                || p.is(c, "nmod") && p.prep(c).equals("of");
    }

    /** Prepositions that place a group inside a country ("rebels in the Ivory Coast"). */
    private static final Set<String> INSIDE = Set.of("in", "inside", "throughout", "across", "within", "from");

    private final Parse p;
    private final Mentions m;
    private final java.util.function.IntPredicate eventNoun;
    private final GroupNouns groups;

    /** @param eventNoun true for tokens that are event nouns ("visit", "talks"): a phrase is not searched past them */
    private final EventCoder.Context context;

    ActorFinder(Parse p, Mentions m, java.util.function.IntPredicate eventNoun, EventCoder.Context context,
                GroupNouns groups) {
        this.p = p;
        this.groups = groups;
        this.m = m;
        this.eventNoun = eventNoun;
        this.context = context;
    }

    /**
     * The actors of the phrase headed by {@code head}, nearest first, with coordinated ones ("X and Y"); empty when
     * none. {@code places} allows place mentions (a destination standing for the host country).
     */
    List<Found> actors(int head, boolean places) {
        List<Found> out = new ArrayList<>();
        if (head < 0) {
            return out;
        }
        return collect(head, places, out);
    }

    /** Whether token {@code t} is an event noun ("visit", "withdrawal"). */
    boolean eventNoun(int t) {
        return eventNoun.test(t);
    }

    /**
     * Like {@link #actors}, for a prepositional phrase that must name a party ("ties with X"): a phrase headed by an
     * event noun ("with Blinken's visit") names an occasion, not a party, and gives none.
     */
    List<Found> party(int head, boolean places) {
        if (head < 0 || eventNoun.test(head) && m.at(head) == null) {
            return new ArrayList<>();
        }
        return actors(head, places);
    }

    /**
     * The leader of a group "led by" someone ("Western countries led by the U.S.", "a coalition led by Saudi Arabia"),
     * whose code the group takes: the "by" phrase of a "led" right after the noun, whether the parser hung it on the
     * noun or, as it often does after an object, on the verb. -1 when there is none.
     */
    private int leader(int head) {
        int led = head + 1;
        if (led >= p.n || !p.lemma[led].equals("lead") || !p.pos[led].equals("VBN")
                || p.head[led] != head && p.head[led] != p.head[head]) {
            return -1;
        }
        for (int c : p.kids(led)) {
            if (p.is(c, "obl") && p.prep(c).equals("by")) {
                return c;
            }
        }
        return -1;
    }

    /** Sectors of a state's own police, government and courts, which act within their jurisdiction. */
    private static final Set<String> STATE = Set.of("GOV", "COP", "JUD");
    /** Sectors of the people such a state actor acts on at home: opponents, civilians, students, workers, press. */
    private static final Set<String> PEOPLE = Set.of("OPP", "CVL", "EDU", "LAB", "MED", "HLH", "PTY");

    /**
     * The people a state's police, government or courts act on when the sentence gives them no country ("Egyptian
     * police opened fire on demonstrators", "the authorities arrested political opponents"): a state's police and
     * courts act within its own borders, so the group is taken as the source's country's, with the group's sector
     * and words. Null when the phrase at {@code head} names an actor itself, is not such a group, or the source is
     * not a country's police, government or courts.
     */
    Found jurisdiction(int head, Found source) {
        if (head < 0 || source == null || source.sector() == null || !STATE.contains(source.sector())
                || source.entity().code() == null
                || source.entity().type() != Entity.Type.COUNTRY || !actors(head, false).isEmpty()) {
            return null;
        }
        int g = groupAt(head, counted(head));
        GroupNouns.Group group = g < 0 ? null : group(g);
        if (group == null || group.sector() == null || !PEOPLE.contains(group.sector())) {
            return null;
        }
        return new Found(source.at(), g, group.sector(), words(Math.min(head, firstKid(head)), g));
    }

    /** Sectors of a state's own officials, whom only that state's courts and police investigate or try. */
    private static final Set<String> OFFICIALS = Set.of("GOV", "LEG", "COP", "MIL", "JUD");

    /**
     * A judge, prosecutor or police officer named with no country ("Judge Alejandro Rivera opened investigations
     * against 28 Chilean government officials") who acts on a state's own officials is that state's: its courts and
     * police are the ones that reach them. The source is then the officials' country, with the person's sector and
     * words. Null when the phrase at {@code head} is not such a person, or the targets are not all officials of one
     * country (a judge trying foreign journalists or businessmen gets no country this way).
     */
    Found courtOf(int head, List<Found> targets) {
        Mentions.At person = head < 0 ? null : m.at(head);
        if (person == null || person.entity().type() != Entity.Type.PERSON || person.entity().code() != null
                || person.entity().sector() == null || !(person.entity().sector().equals("JUD")
                || person.entity().sector().equals("COP")) || targets.isEmpty()) {
            return null;
        }
        Found first = targets.get(0);
        for (Found t : targets) {
            if (t.entity().type() != Entity.Type.COUNTRY || t.sector() == null || !OFFICIALS.contains(t.sector())
                    || t.entity() != first.entity()) {
                return null;
            }
        }
        return new Found(first.at(), head, person.entity().sector(), person.mention().text());
    }

    /**
     * Protesters of no named country who protest against, or make demands of, one state's government are that
     * state's ("Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian President
     * Ahmed Ben Bella"): the source is then the country as named in the sentence, with the group's sector and words.
     * Null when the phrase at {@code head} is not such a group of people, names a country itself, or the targets are
     * not all the government of one country named in the sentence.
     */
    Found protestersOf(int head, List<Found> targets) {
        int g = head < 0 ? -1 : groupAt(head, counted(head));
        GroupNouns.Group group = g < 0 ? null : group(g);
        if (group == null || group.sector() == null || !PEOPLE.contains(group.sector()) || targets.isEmpty()
                || !actors(head, false).isEmpty()) {
            return null;
        }
        String code = targets.get(0).entity().code();
        for (Found t : targets) {
            if (code == null || !code.equals(t.entity().code()) || !"GOV".equals(t.sector() != null ? t.sector()
                    : t.entity().sector())) {
                return null;
            }
        }
        for (int k = 0; k < p.n; k++) {
            Mentions.At at = m.at(k);
            if (at != null && at.entity().type() == Entity.Type.COUNTRY && code.equals(at.entity().code())) {
                return new Found(at, g, group.sector(), words(Math.min(head, firstKid(head)), g));
            }
        }
        return null;
    }

    /** Nouns that, as "the two X" or "both X", stand for a pair of parties. */
    private static final Set<String> PAIR_NOUNS = Set.of("country", "nation", "side", "government", "neighbour",
            "neighbor", "state", "capital", "leader", "ally", "partner", "power", "economy", "military", "army");

    /** Whether the sentence has a "the two countries", "both sides" or the like. */
    boolean namesPair() {
        for (int t = 0; t < p.n; t++) {
            if (pairNoun(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code head} is "the two countries", "both sides" and the like. */
    private boolean pairNoun(int head) {
        if (!PAIR_NOUNS.contains(p.lemma[head]) || !p.pos[head].endsWith("S")) {
            return false;
        }
        for (int c : p.kids(head)) {
            if (p.word[c].equals("two") && p.rel[c].startsWith("nummod") || p.word[c].equals("both") && c < head) {
                return true;
            }
        }
        return false;
    }

    private int firstKid(int head) {
        int first = head;
        for (int c : p.kids(head)) {
            if (c < first && (p.is(c, "det") || p.is(c, "nummod") || p.is(c, "amod"))) {
                first = c;
            }
        }
        return first;
    }

    /**
     * The actor a "by" phrase names as the doer ("by a Vietnamese vessel", "by China"): its head or the name or
     * demonym on it, not one found deeper ("by dumping sawdust on the roadway, French police said").
     */
    List<Found> doer(int byHead) {
        return m.at(byHead) != null ? actors(byHead, false) : owner(byHead);
    }

    /**
     * The actors that own an event noun: its possessor or the demonym or name before it ("Israel's raids", "two
     * Israeli air raids"), first found; empty when none.
     */
    List<Found> owner(int eventHead) {
        for (int c : p.kids(eventHead)) {
            if (p.rel[c].equals("nmod:poss") || p.rel[c].equals("amod") || p.rel[c].equals("compound")) {
                Found f = m.at(c) == null ? null : nearest(c, false);
                if (f != null) {
                    return new ArrayList<>(List.of(f));
                }
            }
        }
        return new ArrayList<>();
    }

    private List<Found> collect(int head, boolean places, List<Found> out) {
        Found f = nearest(head, places);
        if (f == null && context != null && context.pair != null && pairNoun(head)) {
            // "the two countries", "both sides": the pair the article last named
            String words = words(Math.min(head, firstKid(head)), head);
            for (Found party : context.pair) {
                out.add(new Found(party.at(), -1, null, words));
            }
            return out;
        }
        int leader = f == null ? leader(head) : -1;
        if (leader >= 0) {
            f = nearest(leader, false);
        }
        if (f == null && PRONOUNS.contains(p.word[head])) {
            f = pronoun(head);
        }
        if (f != null) {
            out.add(f);
            // "Hungarian and Romanian officials": partners coordinated with the mention's token.
            if (f.token() >= 0) {
                addConj(f.token(), places, out);
            }
        }
        // "X and Y met": partners coordinated with the argument's head.
        addConj(head, places, out);
        return out;
    }

    private void addConj(int tok, boolean places, List<Found> out) {
        for (int c : p.kids(tok)) {
            if (p.is(c, "conj")) {
                Found g = nearest(c, places);
                if (g != null && out.stream().noneMatch(x -> x.entity() == g.entity())) {
                    out.add(g);
                }
            }
        }
    }

    /**
     * Breadth-first search of the phrase for the closest usable mention. Below a group noun ("police", "rebels")
     * a country or capital used as a place also counts: it says whose group it is ("police in Guinea"), and the
     * group gives the sector.
     */
    private Found nearest(int head, boolean places) {
        int[] queue = new int[p.n];
        int[] depth = new int[p.n];
        int[] groupTok = new int[p.n];
        int qh = 0;
        int qt = 0;
        queue[qt] = head;
        groupTok[qt++] = groupAt(head, counted(head));
        while (qh < qt) {
            int t = queue[qh];
            int g = groupTok[qh];
            int d = depth[qh++];
            Mentions.At at = m.at(t);
            if (at != null && usable(at, places)) {
                Found home = residence(at, t);
                if (home != null) {
                    return home;
                }
                return new Found(at, t, g < 0 || at.entity().type() != Entity.Type.COUNTRY ? null
                        : group(g).sector(), null);
            }
            if (at != null && g >= 0 && t != g && at.entity().code() != null && locates(g, t)) {
                return new Found(at, t, group(g).sector(), words(Math.min(g, t), Math.max(g, t)));
            }
            if (d >= MAX_DEPTH || t != head && eventNoun.test(t)) {
                continue;
            }
            for (int c : p.kids(t)) {
                if (!STOP.contains(p.rel[c]) && qt < queue.length && !(BORDER.contains(p.lemma[t])
                        && p.prep(c).equals("with")) && !(RELATIONAL.contains(p.lemma[t]) && ownerPhrase(c))) {
                    // ("guerrillas near the border with Venezuela" are not Venezuela's; "Israel's militia ally"
                    // and "U.S. allies" are not Israel or the U.S.)
                    depth[qt] = d + 1;
                    groupTok[qt] = groupAt(c, g);
                    queue[qt++] = c;
                } else if (g >= 0 && p.is(c, "acl") && (BASED.contains(p.lemma[c]) || FLEE.contains(p.lemma[c]))) {
                    // "a newspaper based in Beirut", "refugees fleeing the war in Liberia": the participle's place,
                    // as if it were the group's own
                    for (int o : p.kids(c)) {
                        if ((p.is(o, "obl") || p.is(o, "obj") && FLEE.contains(p.lemma[c])) && qt < queue.length) {
                            depth[qt] = d + 1;
                            groupTok[qt] = g;
                            queue[qt++] = o;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Prepositions that say where an ethnic group lives ("ethnic Serbs in Kosovo", "the Albanians of Serbia"). */
    private static final Set<String> RESIDE = Set.of("in", "inside", "throughout", "across", "within", "from", "of");

    /**
     * The CAMEO convention for ethnic groups: a group is coded by the country it lives in, not by the country its
     * demonym names. For a demonym mention at {@code t} (the group's own noun, "Albanians", or the modifier of a group
     * noun, "Albanian guerrillas"), the group is the country of a place that locates it, when that country differs
     * from the demonym's, and either
     * <ul>
     * <li>the phrase says "ethnic" (on the group noun or the demonym) and the place is in an in / of / from /
     * throughout / across / inside / within phrase of the group noun, directly or below a participle that modifies
     * it: "ethnic Albanians in south Serbia" → SRB, "ethnic Albanian guerrillas operating in Macedonia" → MKD;
     * failing such a phrase, when the group is a subject, an in-phrase of its verb says where it lives ("ethnic
     * Albanians demonstrated in Serbia" → SRB); or</li>
     * <li>the demonym is the group noun itself and the place is its direct of / from phrase: "the Albanians of
     * southern Serbia" → SRB, "Serbs from Kosovo" (an "in" phrase alone, "Americans in Iraq", more often names
     * visitors, and keeps the demonym).</li>
     * </ul>
     * Returns null when the rule does not apply. The sector is the group noun's, if any (the vocabulary has no
     * ethnic sector).
     */
    private Found residence(Mentions.At at, int t) {
        if (!(at.mention().rule().startsWith("dict:demonym") || at.mention().rule().startsWith("dict:ethnic"))
                || at.entity().type() != Entity.Type.COUNTRY) {
            return null;
        }
        boolean own = !p.rel[t].equals("amod") && !p.rel[t].equals("compound");
        int h = own ? t : p.head[t];
        if (h < 0 || !p.noun(h)) {
            return null;
        }
        boolean ethnic = hasEthnic(h) || hasEthnic(t);
        if (!ethnic && !own) {
            return null;
        }
        for (int c : p.kids(h)) {
            int place = -1;
            if (p.is(c, "nmod") && (ethnic ? RESIDE.contains(p.prep(c))
                    : p.prep(c).equals("of") || p.prep(c).equals("from"))) {
                place = c;
            } else if (ethnic && p.is(c, "acl")) {
                for (int o : p.kids(c)) {
                    if (place < 0 && p.is(o, "obl") && RESIDE.contains(p.prep(o))) {
                        place = o;
                    }
                }
            }
            Mentions.At where = otherCountry(place, at);
            if (where != null) {
                return new Found(where, place, sectorOf(h), words(Math.min(t, h), place));
            }
        }
        if (ethnic && p.is(h, "nsubj") && p.head[h] >= 0) {
            // "ethnic Albanians demonstrated in Serbia": where the group acts, failing a place in its own phrase
            // (also "on Tuesday in Serbia", which parsers hang below the date)
            for (int o : p.kids(p.head[h])) {
                if (!p.is(o, "obl")) {
                    continue;
                }
                int place = INSIDE.contains(p.prep(o)) ? o : -1;
                for (int n : p.kids(o)) {
                    if (place < 0 && p.is(n, "nmod") && INSIDE.contains(p.prep(n))) {
                        place = n;
                    }
                }
                if (otherCountry(place, at) != null) {
                    // the group's own token: the place may still be the event's venue or target
                    int from = Math.min(t, h);
                    for (int c : p.kids(h)) {
                        from = p.lemma[c].equalsIgnoreCase("ethnic") ? Math.min(from, c) : from;
                    }
                    return new Found(otherCountry(place, at), h, sectorOf(h), words(from, Math.max(t, h)));
                }
            }
        }
        return null;
    }

    /** The country mention at token {@code place} when it is another country than {@code at}'s, else null. */
    private Mentions.At otherCountry(int place, Mentions.At at) {
        Mentions.At where = place < 0 ? null : m.at(place);
        return where != null && where.entity().type() == Entity.Type.COUNTRY && where.entity().code() != null
                && !where.entity().code().equals(at.entity().code()) ? where : null;
    }

    private String sectorOf(int groupNoun) {
        GroupNouns.Group g = groups.of(p.lemma[groupNoun]);
        return g == null ? null : g.sector();
    }

    private boolean hasEthnic(int t) {
        for (int c : p.kids(t)) {
            if (p.lemma[c].equalsIgnoreCase("ethnic")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Quantity and collective nouns that head a phrase naming a group: "tens of thousands of students", "a group of
     * refugees", "dozens of protesters", "one third of the rebels", "members of the union".
     */
    private static final Set<String> COUNTS = Set.of("ten", "tens", "hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "dozen", "dozens", "score", "scores", "group", "member", "some", "many", "most",
            "number", "third", "half", "quarter", "majority", "minority", "several", "few", "crowd", "band", "handful",
            "contingent", "batch");

    /**
     * The group noun a quantity or collective noun at {@code t} counts, through an "of" phrase and further
     * quantities ("tens of thousands of university students" → "students"), or -1: the group noun's rules then
     * apply to the whole phrase, so a place on the quantity ("tens of thousands of students throughout Indonesia")
     * locates the group.
     */
    private int counted(int t) {
        for (int step = 0; step < MAX_DEPTH && t >= 0 && COUNTS.contains(p.lemma[t].toLowerCase(java.util.Locale.ROOT));
             step++) {
            int next = -1;
            for (int c : p.kids(t)) {
                if (next < 0 && p.is(c, "nmod") && p.prep(c).equals("of") && (p.noun(c) || p.pos[c].equals("CD"))) {
                    next = c;
                }
            }
            if (next >= 0 && p.noun(next) && group(next) != null) {
                return next;
            }
            t = next;
        }
        return -1;
    }

    /** Whether {@code t} is {@code g}, or a quantity or collective noun that counts the group noun {@code g}. */
    private boolean counts(int t, int g) {
        return t == g || t >= 0 && counted(t) == g;
    }

    /** The token of the group noun governing {@code t}: {@code t} itself when it is one, else {@code inherited}. */
    private int groupAt(int t, int inherited) {
        return p.noun(t) && group(t) != null ? t : inherited;
    }

    /**
     * The group a noun names, by its compound modifier and lemma first ("security forces"), else by its lemma, else
     * by a compound modifier that is a group noun of its own ("Israel's militia ally in southern Lebanon").
     */
    private GroupNouns.Group group(int t) {
        for (int c : p.kids(t)) {
            if (p.rel[c].equals("compound")) {
                GroupNouns.Group g = groups.of(p.lemma[c] + " " + p.lemma[t]);
                if (g != null) {
                    return g;
                }
            }
        }
        GroupNouns.Group own = groups.of(p.lemma[t]);
        if (own != null) {
            return own;
        }
        for (int c : p.kids(t)) {
            GroupNouns.Group modifier = c < t && p.rel[c].equals("compound") ? groups.of(p.lemma[c]) : null;
            if (modifier != null) {
                return modifier;
            }
        }
        return null;
    }

    /**
     * Whether a place mention at {@code t} says whose group {@code g} is: its possessor, modifier or "of" phrase
     * always ("Iraq's police", "the government of Haiti"); an "in" phrase only for a domestic group ("rebels in
     * the Ivory Coast", not "troops in Iraq"), or in the same phrase of a participle saying where it is based ("a
     * newspaper based in Beirut"), or a place a domestic group flees ("refugees fleeing Liberia", "fleeing the war
     * in Liberia", "fleeing from Liberia"). A place on a quantity that counts the group is on the group.
     */
    private boolean locates(int g, int t) {
        int a = p.head[t];
        if (a >= 0 && p.is(a, "acl") && BASED.contains(p.lemma[a])) {
            return p.is(t, "obl") && counts(p.head[a], g) && group(g).domestic() && INSIDE.contains(p.prep(t));
        }
        if (a >= 0 && p.is(a, "acl") && FLEE.contains(p.lemma[a])) {
            return (p.is(t, "obj") || p.is(t, "obl") && INSIDE.contains(p.prep(t))) && counts(p.head[a], g)
                    && group(g).domestic();
        }
        int fled = a >= 0 && p.is(a, "obj") ? p.head[a] : -1;
        if (fled >= 0 && p.is(fled, "acl") && FLEE.contains(p.lemma[fled])) {
            return p.is(t, "nmod") && INSIDE.contains(p.prep(t)) && counts(p.head[fled], g) && group(g).domestic();
        }
        if (!counts(p.head[t], g)) {
            return false;
        }
        String r = p.rel[t];
        if (r.equals("nmod:poss") || r.equals("compound") || r.equals("amod")) {
            return true;
        }
        if (!p.is(t, "nmod")) {
            return false;
        }
        String prep = p.prep(t);
        if (prep.startsWith("based ") || prep.startsWith("headquartered ")) {
            prep = prep.substring(prep.indexOf(' ') + 1); // "a newspaper based in Beirut" parsed as one preposition
        }
        return prep.equals("of") || group(g).domestic() && INSIDE.contains(prep);
    }

    private String words(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            String w = p.sentence.tokens().get(k).word();
            sb.append(sb.length() == 0 || w.equals("'s") || w.equals("’s") ? "" : " ").append(w);
        }
        return sb.toString();
    }

    private static boolean usable(Mentions.At at, boolean places) {
        return at.entity().code() != null && (at.actor() || places);
    }

    /**
     * A pronoun subject of a clause that reports speech or intent takes the subject of that clause's governor
     * ("Hungary said it will support"); otherwise the nearest actor mention before it in the sentence.
     */
    private Found pronoun(int pron) {
        Entity.Type only = PERSONAL.contains(p.word[pron]) ? Entity.Type.PERSON : null;
        boolean notPerson = p.word[pron].equals("it") || p.word[pron].equals("its");
        int clause = p.head[pron];
        if (clause >= 0 && (p.is(clause, "ccomp") || p.is(clause, "xcomp") || p.is(clause, "conj")
                || p.is(clause, "advcl"))) {
            int gov = p.head[clause];
            if (gov >= 0) {
                int subj = subjectOf(gov);
                if (subj >= 0 && subj != pron) {
                    Found f = nearest(subj, false);
                    if (f != null && fits(f.entity(), only, notPerson)) {
                        return f;
                    }
                }
            }
        }
        for (int i = pron - 1; i >= 0; i--) {
            Mentions.At at = m.at(i);
            if (at != null && usable(at, false) && fits(at.entity(), only, notPerson)) {
                return new Found(at, i);
            }
        }
        // "After his meetings in Vietnam, Blinken will...": a possessive before any name points forward to the
        // main clause's subject.
        if (p.rel[pron].equals("nmod:poss")) {
            for (int r = 0; r < p.n; r++) {
                if (p.rel[r].equals("root")) {
                    int subj = subjectOf(r);
                    Found f = subj > pron ? nearest(subj, false) : null;
                    if (f != null && fits(f.entity(), only, notPerson)) {
                        return f;
                    }
                }
            }
        }
        // "Yellen arrived on Tuesday. On Thursday she met ...": the last main-clause subject of earlier sentences.
        if (context != null) {
            Found prev = only == Entity.Type.PERSON ? context.person : notPerson ? context.other
                    : context.other != null ? context.other : context.person;
            if (prev != null && fits(prev.entity(), only, notPerson)) {
                return prev;
            }
        }
        return null;
    }

    private static boolean fits(Entity e, Entity.Type only, boolean notPerson) {
        return (only == null || e.type() == only) && !(notPerson && e.type() == Entity.Type.PERSON);
    }

    /** The token heading {@code verb}'s subject, or -1. */
    int subjectOf(int verb) {
        for (int c : p.kids(verb)) {
            if (p.rel[c].equals("nsubj") || p.rel[c].equals("csubj")) {
                return c;
            }
        }
        return -1;
    }
}
