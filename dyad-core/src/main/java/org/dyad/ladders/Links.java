package org.dyad.ladders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which actors of a sentence a rung mention is about, read from the dependency tree: the pair ("The United States
 * and Vietnam raised their relationship to ..."; "the U.S.-Vietnam Comprehensive Partnership"; "its comprehensive
 * partnership with Vietnam"), the owner when the sentence says whose ladder it is ("in Hanoi's ranking", "a
 * comprehensive strategic partner of Indonesia") and the members of a tier ("in the same top category as China,
 * Russia, India and South Korea"). Actors that are only objects of other verbs ("could upset more than just China")
 * are left out.
 */
final class Links {
    enum Role { PAIR, SUBJECT, WITH, OWNER, MEMBER, EXCLUDED, UNLINKED }

    /** Nouns whose possessor owns the ladder: "Hanoi's ranking", "Vietnam's partners", "its top tier". */
    static final Set<String> OWNER_NOUNS = Set.of("ranking", "rankings", "hierarchy", "system", "ladder", "partner",
            "partners", "tier", "tiers", "rung", "rungs", "circle", "ranks", "category", "level", "diplomacy",
            "scheme", "list", "friend", "friends", "associate", "associates", "companion", "companions", "rating",
            "order", "pecking");
    /** Verbs whose object is the country being placed: "put Washington in the same top category". */
    static final Set<String> MOVE_VERBS = Set.of("put", "place", "bring", "move", "raise", "elevate", "lift",
            "upgrade", "take", "make", "rank", "consider", "see", "view", "describe", "call", "name", "list", "count",
            "treat", "regard", "designate", "classify", "promote", "welcome", "admit",
            // raising verbs: "expected Indonesia and Singapore to follow", "want Washington and Tokyo to go"
            "expect", "want", "like", "wish", "need", "urge", "ask", "invite", "allow", "help", "encourage",
            "persuade", "press", "push");
    /** Verbs whose objects are members of the rung: "its top tier consists of China, Russia ...". */
    static final Set<String> MEMBER_VERBS = Set.of("consist", "include", "comprise", "contain", "sit", "number",
            "join", "follow");
    static final Set<String> MEMBER_CASES = Set.of("as", "like", "alongside", "after", "than", "including",
            "besides", "beside", "behind", "among", "unlike");
    static final Set<String> WITH_CASES = Set.of("with", "between", "and");
    /** Nouns for the relationship itself: "raised its relations with X", "ties between X and Y". */
    static final Set<String> RELATION_NOUNS = Set.of("relation", "relations", "relationship", "tie", "ties",
            "partnership", "cooperation", "friendship", "connection");
    /** Relations by which a side hangs from the rung's own noun phrase ("U.S.-Vietnam", "partnership with X"). */
    private static final Set<String> INSIDE = Set.of("compound", "nmod", "nmod:poss", "appos", "conj", "flat",
            "flat:name", "dep", "list", "parataxis", "acl:relcl", "acl");
    /** Nouns for one member of a group: "an ASEAN member", "an EU country". */
    private static final Set<String> GROUP_MEMBERS = Set.of("member", "country", "nation", "state", "capital",
            "economy", "neighbour", "neighbor");
    /** Relations climbed from a rung name up to the clause that says something about it. */
    private static final Set<String> CLIMB = Set.of("compound", "amod", "nmod", "obl", "obj", "iobj", "nsubj",
            "csubj", "xcomp", "ccomp", "acl", "appos", "dep", "conj", "advcl", "root", "nmod:poss");
    private static final Set<String> PREDICATE_VERBS = Set.of("become", "remain", "be", "stay");

    final List<Integer> path;
    final Map<SentenceView.Actor, Role> roles = new LinkedHashMap<>();
    /** Verbs of clauses inside the rung's phrase through which a side was found ("which Washington wishes to join"). */
    final List<Integer> clauseVerbs = new ArrayList<>();

    private Links(List<Integer> path) {
        this.path = path;
    }

    /**
     * Links every actor of {@code s} to the mention whose head token is {@code h}.
     *
     * @param cueNoun nouns an infinitive may hang from and still speak of the rung ("plans to elevate ...")
     */
    static Links of(SentenceView s, int h, Set<String> owners, boolean group, java.util.function.IntPredicate cueNoun) {
        Links l = new Links(path(s, h, cueNoun));
        for (SentenceView.Actor a : s.actors) {
            l.roles.put(a, l.role(s, a, h, owners, group));
        }
        // "China, Russia, India and South Korea": conjuncts share the role of the first
        for (int pass = 0; pass < 3; pass++) {
            for (SentenceView.Actor a : s.actors) {
                int ah = s.phraseHead(a.last());
                if (l.roles.get(a) == Role.UNLINKED && s.rel[ah].startsWith("conj") && s.gov[ah] >= 0) {
                    SentenceView.Actor first = s.actorAt(s.gov[ah]);
                    if (first == null) {
                        int g = s.gov[ah];
                        for (SentenceView.Actor b : s.actors) {
                            if (s.phraseHead(b.last()) == g) {
                                first = b;
                            }
                        }
                    }
                    if (first != null && l.roles.get(first) != Role.UNLINKED) {
                        l.roles.put(a, l.roles.get(first));
                    }
                }
            }
        }
        return l;
    }

    /**
     * The tokens from the rung's head up to the clause that governs it: through nouns ("plans to elevate ... to a
     * strategic partnership") to the first verb or copular predicate, then on through control verbs ("wants to
     * raise it", "did not agree to lift"), coordinated verbs ("could skip ... and go straight to") and, from a
     * relative or infinitive clause, to the noun it describes when that noun is a predicate ("France becomes the
     * eighth country with which Vietnam has ...").
     */
    static List<Integer> path(SentenceView s, int h, java.util.function.IntPredicate cueNoun) {
        List<Integer> p = new ArrayList<>();
        p.add(h);
        int x = h;
        // the head of a rung name is a noun, even when the tagger says otherwise ("rung" tagged as a participle)
        boolean verbSeen = !s.children(h, "cop").isEmpty();
        int guard = 0;
        int nouns = 0;
        while (s.gov[x] >= 0 && guard++ < 12) {
            if (!verbSeen && nouns >= 3) {
                break; // four nouns up from the rung: the clause above speaks of something else
            }
            String r = s.rel[x];
            String base = r.contains(":") && !r.equals("nmod:poss") ? r.substring(0, r.indexOf(':')) : r;
            int g = s.gov[x];
            if (verbSeen) {
                boolean control = base.equals("xcomp") || base.equals("ccomp") || base.equals("conj")
                        || base.equals("csubj") || base.equals("dep") && s.isVerb(x);
                boolean relative = base.equals("acl") && (r.equals("acl:relcl") || hasMark(s, x, "to"))
                        && (predicateNoun(s, g) || cueNoun.test(g));
                if (!control && !relative) {
                    break;
                }
            } else if (!CLIMB.contains(base)) {
                break;
            }
            x = g;
            p.add(x);
            if (s.isVerb(x) || !s.children(x, "cop").isEmpty()) {
                verbSeen = true;
            } else {
                nouns++;
            }
        }
        return p;
    }

    private static boolean hasMark(SentenceView s, int v, String mark) {
        for (int c : s.children(v, "mark")) {
            if (s.word(c).equals(mark)) {
                return true;
            }
        }
        return false;
    }

    /** A noun that is the predicate of its clause ("the eighth country", "the first member"). */
    private static boolean predicateNoun(SentenceView s, int n) {
        if (!s.isNoun(n)) {
            return false;
        }
        if (!s.children(n, "cop").isEmpty()) {
            return true;
        }
        int g = s.gov[n];
        return g >= 0 && (s.rel[n].equals("xcomp") || s.rel[n].equals("obj")) && PREDICATE_VERBS.contains(s.lemma(g));
    }

    private Role role(SentenceView s, SentenceView.Actor a, int h, Set<String> owners, boolean group) {
        int t = a.last();
        if ((s.rel[t].equals("compound") || s.rel[t].equals("amod")) && s.gov[t] >= 0 && s.actorAt(s.gov[t]) == null
                && GROUP_MEMBERS.contains(s.lemma(s.gov[t]))) {
            return Role.UNLINKED; // "an ASEAN member", "the first EU country": some member, not the group
        }
        if (s.rel[t].equals("nmod:poss") && s.gov[t] >= 0) {
            int possessed = s.gov[t];
            if (OWNER_NOUNS.contains(s.lemma(possessed)) && !(possessed == h && !group && !isPartnerNoun(s, h))) {
                return owners.contains(a.code()) ? Role.OWNER : Role.UNLINKED;
            }
        }
        int ah = s.phraseHead(t);
        if (ah == h || s.under(ah, h)) {
            return inside(s, a, ah, h, owners, group);
        }
        // climb from the actor to the path
        int x = ah;
        int guard = 0;
        while (x >= 0 && guard++ < 12) {
            int g = s.gov[x];
            if (g < 0) {
                return Role.UNLINKED;
            }
            if (path.contains(g)) {
                Role r = attached(s, a, x, g, owners);
                int first = ah;
                while (s.rel[first].startsWith("conj") && s.gov[first] >= 0) {
                    first = s.gov[first];
                }
                String own = s.caseOf(ah).isEmpty() ? s.caseOf(first) : s.caseOf(ah);
                if (x != ah && (r == Role.SUBJECT || r == Role.EXCLUDED) && WITH_CASES.contains(own)
                        && RELATION_NOUNS.contains(s.lemma(x))) {
                    return Role.WITH; // "raised its relations with the United States ... to the top tier"
                }
                return r;
            }
            if (s.isVerb(g) && !s.rel[x].startsWith("conj")) {
                return Role.UNLINKED;
            }
            x = g;
        }
        return Role.UNLINKED;
    }

    /** An actor inside the rung's own phrase: "U.S.-Vietnam Comprehensive Partnership", "partner of Indonesia". */
    private Role inside(SentenceView s, SentenceView.Actor a, int ah, int h, Set<String> owners, boolean group) {
        if (ah == h) {
            return Role.PAIR;
        }
        // the relation of the step just under h
        int x = ah;
        while (s.gov[x] != h && s.gov[x] >= 0) {
            if (s.isVerb(s.gov[x])) {
                String r = s.rel[x];
                if (r.startsWith("nsubj") || WITH_CASES.contains(s.caseOf(x))) {
                    clauseVerbs.add(s.gov[x]);
                }
                return r.startsWith("nsubj") ? Role.SUBJECT : WITH_CASES.contains(s.caseOf(x)) ? Role.WITH
                        : Role.UNLINKED;
            }
            x = s.gov[x];
        }
        // "as China, Russia and India": a conjunct takes the case of the first conjunct
        String c = s.caseOf(ah).isEmpty() ? s.caseOf(x) : s.caseOf(ah);
        String r = s.rel[x];
        if (r.startsWith("nsubj")) {
            return Role.SUBJECT; // "Seoul and Hanoi had been strategic partners"
        }
        if (!INSIDE.contains(r)) {
            return Role.UNLINKED; // "a strategic partnership, wary of angering China"
        }
        if (MEMBER_CASES.contains(c)) {
            return Role.MEMBER;
        }
        if (group && (r.equals("appos") || r.equals("dep") || r.equals("list") || r.equals("parataxis"))) {
            return Role.MEMBER;
        }
        if ((c.equals("of") || c.equals("for")) && (isPartnerNoun(s, h) || group)) {
            return owners.contains(a.code()) ? Role.OWNER : Role.PAIR;
        }
        if (WITH_CASES.contains(c)) {
            return Role.WITH;
        }
        return Role.PAIR;
    }

    /** An actor attached to path token {@code g} through its phrase head {@code x}. */
    private Role attached(SentenceView s, SentenceView.Actor a, int x, int g, Set<String> owners) {
        String r = s.rel[x];
        String c = s.caseOf(x);
        String verb = s.lemma(g);
        if (r.startsWith("nsubj") || r.startsWith("csubj")) {
            return MEMBER_VERBS.contains(verb) && !verb.equals("join") && !verb.equals("follow")
                    ? Role.MEMBER : Role.SUBJECT;
        }
        if (r.equals("obj") || r.equals("iobj")) {
            if (MEMBER_VERBS.contains(verb)) {
                return Role.MEMBER;
            }
            return MOVE_VERBS.contains(verb) ? Role.SUBJECT : Role.EXCLUDED;
        }
        if (r.startsWith("obl") || r.startsWith("nmod")) {
            if (MEMBER_VERBS.contains(verb) && !verb.equals("join")) {
                return Role.MEMBER;
            }
            if (WITH_CASES.contains(c)) {
                return Role.WITH;
            }
            if (c.equals("by")) {
                return Role.SUBJECT;
            }
            if (MEMBER_CASES.contains(c)) {
                return Role.MEMBER;
            }
            if (c.equals("for") || c.equals("to")) {
                return owners.contains(a.code()) ? Role.OWNER : Role.SUBJECT;
            }
            if (r.equals("nmod:poss")) {
                return Role.SUBJECT;
            }
            return Role.EXCLUDED;
        }
        if (r.equals("compound") || r.equals("amod")) {
            return Role.SUBJECT;
        }
        if (r.equals("appos") || r.equals("dep") || r.equals("list")) {
            return Role.MEMBER;
        }
        return Role.UNLINKED;
    }

    private static boolean isPartnerNoun(SentenceView s, int h) {
        String l = s.lemma(h);
        return l.startsWith("partner") && !l.startsWith("partnership") || l.startsWith("associate")
                || l.startsWith("companion") || l.equals("ally") || l.equals("tier") || l.equals("level");
    }

    /** The actors of one role, in sentence order. */
    List<SentenceView.Actor> with(Role r) {
        List<SentenceView.Actor> out = new ArrayList<>();
        roles.forEach((a, role) -> {
            if (role == r) {
                out.add(a);
            }
        });
        return out;
    }
}
