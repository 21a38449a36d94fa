package org.dyad.events;

import java.util.Set;

/**
 * Reads whether an event happened, is going on, is planned, hypothetical or negated, from the words around its
 * trigger: the trigger's own auxiliaries, negation and modifiers, then those of each governor up the parse
 * ("plans to visit", "is set for", "could lead to a meeting", "did not agree to sign"), stopping at a clause of
 * reported speech, whose own words decide ("said X will visit" is planned). When several cues are found the
 * strongest wins: negated, then hypothetical, then planned. Each result names the cue ({@code aux:will}).
 */
final class StatusReader {
    static final String HAPPENED = "happened";
    static final String ONGOING = "ongoing";
    static final String PLANNED = "planned";
    static final String HYPOTHETICAL = "hypothetical";
    static final String NEGATED = "negated";

    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "’ll", "wo");
    private static final Set<String> MODAL_AUX = Set.of("could", "would", "might", "may", "should", "must", "can",
            "ca", "'d");
    private static final Set<String> NEG = Set.of("not", "n't", "never", "no", "neither", "nor", "n’t");
    private static final Set<String> HYPO_ADV = Set.of("potentially", "possibly", "perhaps", "maybe", "likely",
            "probably", "reportedly", "allegedly", "hypothetically");
    private static final Set<String> HYPO_MARK = Set.of("if", "unless", "whether");
    private static final Set<String> PLAN_GOV = Set.of("plan", "intend", "schedule", "set", "due", "expect", "prepare",
            "agree", "promise", "pledge", "vow", "offer", "decide", "arrange", "aim", "slate", "commit", "resolve",
            "going", "upcoming", "forthcoming", "next", "future", "planned", "scheduled",
            "proposed", "prospective", "ready", "prepared", "willing", "poise", "invite", "about");
    private static final Set<String> HYPO_GOV = Set.of("hope", "want", "wish", "seek", "consider", "propose",
            "suggest", "urge", "call", "ask", "demand", "need", "possibility", "prospect", "chance", "could", "lead",
            "pave", "likely", "possible", "potential", "may", "might", "would", "threaten", "warn", "try", "attempt",
            "look", "mull", "weigh", "eye", "explore", "discuss", "push", "press", "appeal", "request",
            "encourage", "unclear", "if", "whether", "idea", "proposal", "talk");
    private static final Set<String> NEG_GOV = Set.of("refuse", "decline", "fail", "deny", "cancel", "postpone",
            "reject", "rule", "halt", "suspend", "avoid", "stop", "block", "veto", "without", "instead");
    private static final Set<String> ONGOING_GOV = Set.of("continue", "keep", "remain");
    /** Governors that end the climb: speech and cognition open a clause with its own status. */
    private static final Set<String> SPEECH = Set.of("say", "tell", "state", "announce", "add", "note", "claim",
            "report", "confirm", "declare", "insist", "argue", "believe", "think", "write", "accuse", "stress",
            "emphasize", "emphasise", "reiterate", "explain", "acknowledge", "warn", "know");
    private static final Set<String> CLIMB = Set.of("xcomp", "obj", "obl", "nmod", "nsubj", "nsubj:pass", "conj",
            "acl", "advcl", "amod", "compound", "appos", "ccomp", "iobj", "obl:tmod", "nmod:poss", "csubj");
    private static final Set<String> HYPO_NOUN = Set.of("invitation", "offer", "proposal", "request", "bid", "call",
            "idea", "possibility", "option");
    private static final Set<String> PLAN_NOUN = Set.of("plan", "plans", "schedule", "intention", "decision",
            "agreement", "promise", "pledge");
    private static final Set<String> PAST_MOD = Set.of("recent", "previous", "earlier", "past", "former", "last");
    private static final int MAX_HOPS = 5;

    /** A status and the cue that decided it. */
    record Status(String value, String rule) {
    }

    private StatusReader() {
    }

    /** The status of the event whose trigger is token {@code trigger}. */
    static Status of(Parse p, int trigger) {
        return of(p, trigger, false);
    }

    /**
     * The status of the event whose trigger is token {@code trigger}. For a verbal act ({@code verbal}: "wants to
     * deepen ties", "hopes to", "plans to" as an expression of intent) the hoping or planning is the act itself, so
     * the governing verbs of wish and plan do not make it hypothetical or planned; modals, negation and
     * conditionals still do.
     */
    static Status of(Parse p, int trigger, boolean verbal) {
        Status neg = null;
        Status hyp = null;
        Status plan = null;
        Status ongoing = null;
        int cur = trigger;
        int prevHop = -1;
        if (p.noun(trigger)) {
            for (int c : p.kids(trigger)) {
                if (p.rel[c].equals("amod") && PAST_MOD.contains(p.word[c])) {
                    // "a recent phone call", "last year's visit": past whatever the clause around it says
                    return new Status(HAPPENED, "mod:" + p.word[c]);
                }
            }
        }
        for (int hop = 0; hop <= MAX_HOPS && cur >= 0; hop++) {
            for (int c : p.kids(cur)) {
                String r = p.rel[c];
                String w = p.word[c];
                if ((r.equals("mark") || r.equals("case")) && w.equals("without") && neg == null) {
                    neg = new Status(NEGATED, "mark:without"); // "lets both test the water without committing"
                } else if (r.equals("neg") || (r.equals("advmod") || r.equals("det") || r.equals("cc"))
                        && NEG.contains(w)) {
                    if (!(r.equals("cc") && w.equals("nor")) && neg == null) {
                        neg = new Status(NEGATED, "neg:" + w);
                    }
                } else if (p.is(c, "aux")) {
                    if (FUTURE_AUX.contains(w) && plan == null) {
                        plan = new Status(PLANNED, "aux:" + w);
                    } else if (w.equals("would") && plan == null && cur == trigger && reportedPast(p, cur)) {
                        plan = new Status(PLANNED, "aux:would+reported"); // "said it would send": a backshifted will
                    } else if (MODAL_AUX.contains(w) && hyp == null) {
                        hyp = new Status(HYPOTHETICAL, "aux:" + w);
                    } else if (w.equals("wo") && neg == null) {
                        plan = new Status(PLANNED, "aux:will");
                    }
                } else if (w.equals("about") && plan == null && Matcher.toInfinitive(p, cur)) {
                    plan = new Status(PLANNED, "adv:about-to");
                } else if (r.equals("advmod") && HYPO_ADV.contains(w) && hyp == null) {
                    hyp = new Status(HYPOTHETICAL, "adv:" + w);
                } else if (r.equals("mark") && HYPO_MARK.contains(w) && hyp == null) {
                    hyp = new Status(HYPOTHETICAL, "mark:" + w);
                } else if ((r.equals("amod") || r.equals("compound")) && plan == null
                        && Set.of("upcoming", "forthcoming", "planned", "scheduled", "proposed", "future", "next",
                        "prospective").contains(w)) {
                    plan = new Status(PLANNED, "mod:" + w);
                } else if ((r.equals("amod") || r.equals("advmod")) && hyp == null
                        && Set.of("possible", "potential", "hypothetical", "eventual").contains(w)) {
                    hyp = new Status(HYPOTHETICAL, "mod:" + w);
                }
            }
            if (hop > 0) {
                for (int c : p.kids(cur)) {
                    if (p.rel[c].startsWith("nsubj") && neg == null) {
                        // "No date has been set for a visit", "No agreement was reached"
                        for (int d : p.kids(c)) {
                            if (p.rel[d].equals("det") && (p.word[d].equals("no") || p.word[d].equals("neither"))) {
                                neg = new Status(NEGATED, "subj:no");
                            }
                        }
                    }
                    if (p.rel[c].equals("obj") && c != prevHop && !verbal
                            && (p.is(prevHop, "xcomp") || p.is(prevHop, "advcl") && Matcher.toInfinitive(p, prevHop))) {
                        // "exchanged invitations to visit", "announced plans to visit"
                        String ol = p.lemma[c];
                        if (HYPO_NOUN.contains(ol) && hyp == null) {
                            hyp = new Status(HYPOTHETICAL, "obj:" + ol);
                        } else if (PLAN_NOUN.contains(ol) && plan == null) {
                            plan = new Status(PLANNED, "obj:" + ol);
                        }
                    }
                }
                String l = setting(p, prevHop) ? "" : p.lemma[cur];
                if (NEG_GOV.contains(l) && neg == null) {
                    neg = new Status(NEGATED, "gov:" + l);
                } else if (verbal) {
                    // the wish or plan is the act
                } else if (HYPO_GOV.contains(l) && hyp == null && plan == null) {
                    hyp = new Status(HYPOTHETICAL, "gov:" + l);
                } else if (PLAN_GOV.contains(l) && plan == null) {
                    plan = new Status(PLANNED, "gov:" + l);
                } else if (ONGOING_GOV.contains(l) && ongoing == null) {
                    ongoing = new Status(ONGOING, "gov:" + l);
                }
                if (SPEECH.contains(l)) {
                    break;
                }
            }
            String r = p.rel[cur];
            if (r.equals("root") || r.isEmpty() || !CLIMB.contains(r) && !r.startsWith("obl") && !r.startsWith("nmod")) {
                break;
            }
            if (r.equals("ccomp") || (r.equals("advcl") || r.startsWith("obl")) && ownClause(p, cur)) {
                break;
            }
            if (r.startsWith("nsubj") && hop > 0) {
                // only the trigger itself takes the mood of the verb it is subject of ("the visit is set for")
                break;
            }
            prevHop = cur;
            cur = p.head[cur];
        }
        if (neg != null) {
            return neg;
        }
        if (hyp != null) {
            return hyp;
        }
        if (plan != null) {
            return plan;
        }
        if (ongoing != null) {
            return ongoing;
        }
        return tense(p, trigger);
    }

    /** Prepositions of a setting: "in a phone call with X, Y called for calm" (the call is not called for). */
    private static final Set<String> SETTING = Set.of("in", "during", "at", "after", "before", "amid", "since",
            "following", "throughout", "within", "despite");

    /** True when token {@code k} is a phrase of setting (place, time, occasion) of its governor, not its complement. */
    private static boolean setting(Parse p, int k) {
        return (p.is(k, "obl") || p.is(k, "nmod")) && SETTING.contains(p.prep(k));
    }

    /**
     * True when clause {@code v} is what a past verb of saying reports ("announced it would prohibit aid"), where
     * "would" is the past of "will"; a condition ("would … if") still makes it hypothetical. Only the act's own verb
     * is read so ("said any visit would need months": the visit stays hypothetical).
     */
    private static boolean reportedPast(Parse p, int v) {
        int g = p.head[v];
        if (!p.is(v, "ccomp") || g < 0 || !SPEECH.contains(p.lemma[g]) || !p.pos[g].equals("VBD")
                && !p.pos[g].equals("VBN")) {
            return false;
        }
        for (int c : p.kids(v)) {
            if (p.is(c, "advcl") && HYPO_MARK.stream().anyMatch(m -> p.hasChild(c, "mark", m))) {
                return false;
            }
        }
        return true;
    }

    /** Temporal clauses share the main clause's time ("before attending X, Y will visit Z"); others do not. */
    private static final Set<String> SHARED_TIME = Set.of("before", "after", "when", "while", "until", "till", "once",
            "as", "upon", "during", "on", "to", "by", "with", "in", "for", "through", "via");

    /** True when a subordinate clause's marker gives it its own status ("despite X criticizing", "because"). */
    private static boolean ownClause(Parse p, int v) {
        for (int c : p.kids(v)) {
            if ((p.rel[c].equals("mark") || p.rel[c].equals("case")) && !SHARED_TIME.contains(p.word[c])) {
                return true;
            }
        }
        return false;
    }

    /** Happened or ongoing, from the tense of the trigger's clause. */
    private static Status tense(Parse p, int trigger) {
        int v = trigger;
        for (int hop = 0; hop < 4 && v >= 0 && !p.verb(v); hop++) {
            v = p.head[v];
        }
        if (v < 0) {
            return new Status(HAPPENED, "default");
        }
        String pos = p.pos[v];
        boolean progressive = pos.equals("VBG");
        for (int c : p.kids(v)) {
            if (p.is(c, "aux")) {
                String w = p.word[c];
                if (w.equals("was") || w.equals("were") || w.equals("had") || w.equals("did") || w.equals("been")) {
                    return new Status(HAPPENED, "tense:past");
                }
                if (progressive && (w.equals("is") || w.equals("are") || w.equals("am") || w.equals("'s")
                        || w.equals("'re"))) {
                    return new Status(ONGOING, "tense:progressive");
                }
                if (w.equals("has") || w.equals("have")) {
                    return new Status(HAPPENED, "tense:perfect");
                }
            }
        }
        if (pos.equals("VBD") || pos.equals("VBN")) {
            return new Status(HAPPENED, "tense:past");
        }
        return new Status(HAPPENED, "tense:" + (pos.isEmpty() ? "none" : pos));
    }
}
