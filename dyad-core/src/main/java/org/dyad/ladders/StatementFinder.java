package org.dyad.ladders;

import static org.dyad.ladders.PartnershipRecord.COUNT;
import static org.dyad.ladders.PartnershipRecord.IN_FORCE;
import static org.dyad.ladders.PartnershipRecord.TIER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Entity;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpr;

/**
 * Finds the partnership statements of one article, sentence by sentence. For each rung named ("comprehensive
 * strategic partnership", "top tier", "that level", "their official partnership" with an anniversary, "the current
 * level") it reads from the dependency tree which pair it is about, whose ladder, what is said (the cue classes of
 * {@code cues.tsv}) and when, and adds the members of a tier and the counts a sentence states. One per document;
 * not thread-safe.
 */
final class StatementFinder {
    /** A statement before it gets its id and evidence. */
    record Draft(String owner, String partner, Rung rung, String asStated, String type, String dateText,
                 String dateValue, Integer count, List<String> members, String note, String rule, int begin, int end) {
    }

    private static final Pattern ANAPHOR = Pattern.compile(
            "\\b(?:that|this|the same) (?:level|circle|tier|rung|group|category)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENT = Pattern.compile("\\b(?:the|its|their) (?:current|present|existing) "
            + "(?:level|status|framework|partnership)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNIVERSARY = Pattern.compile("\\b(\\d{1,3}(?:st|nd|rd|th)?|first|fifth|tenth|"
            + "fifteenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth) anniversary (?:in \\w+ )?of (?:the |their |its |"
            + "the two countries['\u2019] |this )?([^\\s,;]+ ){0,3}?(partnership|partnerships)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> TWO_WORDS = Set.of("two", "both");
    private static final Set<String> GENERIC_NOUNS = Set.of("partner", "country", "nation", "state", "member",
            "capital", "neighbour", "neighbor", "friend");
    private static final Set<String> SIDE_NOUNS = Set.of("country", "countries", "side", "sides", "government",
            "governments", "nation", "nations", "enemy", "enemies", "foe", "foes", "leader", "leaders", "capital",
            "capitals", "neighbour", "neighbours", "neighbor", "neighbors", "partner", "partners");

    private final Ladders ladders;
    private final ReferenceHistory history;
    private final String clean;
    private final LocalDate published;
    private final List<Entity> entities;
    private final List<TimeExpr> times;
    private final Set<String> blocs;
    private final Discourse discourse;
    private final StatementTypes types;
    private final StatementDates dates;
    private final List<Draft> out = new ArrayList<>();

    StatementFinder(Ladders ladders, ReferenceHistory history, Cues cues, String clean, LocalDate published,
                    List<Entity> entities, List<TimeExpr> times) {
        this.ladders = ladders;
        this.history = history;
        this.clean = clean;
        this.published = published;
        this.entities = entities;
        this.times = times;
        Set<String> owners = new LinkedHashSet<>();
        ladders.ladders().forEach(l -> owners.add(l.owner()));
        owners.add("ASN");
        this.blocs = owners;
        this.discourse = new Discourse(entities);
        this.types = new StatementTypes(cues);
        this.dates = new StatementDates(cues, clean, published);
    }

    List<Draft> find(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            SentenceView v = new SentenceView(s, clean, entities, times, blocs);
            sentence(v);
            List<String> codes = new ArrayList<>();
            for (SentenceView.Actor a : v.actors) {
                if (!a.person()) {
                    codes.add(a.code());
                }
                if (!a.person() && v.rel[v.phraseHead(a.last())].startsWith("nsubj")) {
                    discourse.subject(a.code());
                }
            }
            discourse.sentence(codes);
        }
        return out;
    }

    private void sentence(SentenceView v) {
        List<Ladders.Mention> mentions = new ArrayList<>(ladders.find(v.text));
        for (Ladders.Mention m : mentions) {
            if (m.tier() == null && m.descriptive() && m.key().equals("HEAD_PARTNER+STRATEGIC")) {
                continue;
            }
            if (inside(m, v, ANNIVERSARY) && m.tier() == null) {
                anniversary(v, m, null);
                continue;
            }
            mention(v, m.start(), m.end(), m.text(), m.candidates(), m.tier(), m.plural(), null, null);
        }
        Matcher am = ANNIVERSARY.matcher(v.text);
        while (am.find()) {
            int ps = am.start(3);
            boolean named = mentions.stream().anyMatch(m -> m.start() <= ps && m.end() >= am.end(3));
            if (!named) {
                anniversary(v, null, am);
            }
        }
        Matcher an = ANAPHOR.matcher(v.text);
        while (an.find()) {
            Rung r = discourse.lastRung();
            if (r != null && mentions.stream().noneMatch(m -> overlaps(m.start(), m.end(), an.start(), an.end()))) {
                mention(v, an.start(), an.end(), an.group(), List.of(new Ladders.Candidate(r, false)), null, false,
                        "the rung the article named last", "that-level");
            }
        }
        Matcher cm = CURRENT.matcher(v.text);
        while (cm.find()) {
            current(v, cm);
        }
    }

    private static boolean inside(Ladders.Mention m, SentenceView v, Pattern p) {
        Matcher x = p.matcher(v.text);
        while (x.find()) {
            if (m.start() >= x.start() && m.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(int a, int b, int c, int d) {
        return a < d && c < b;
    }

    /**
     * One rung mention at sentence offsets [start, end).
     *
     * @param note how the rung was inferred, when the text does not name it
     * @param rule the mention rule when not a named rung or tier word
     */
    private void mention(SentenceView v, int start, int end, String text, List<Ladders.Candidate> candidates,
                         Ladders.Tier tier, boolean plural, String note, String rule) {
        int h = head(v, start, end);
        if (h < 0) {
            return;
        }
        if (tier != null && v.word(h).startsWith("partner") && v.word(h).endsWith("s")) {
            plural = true; // "a ring of top-tier partners"
        }
        Set<String> owners = new LinkedHashSet<>();
        if (tier != null) {
            ladders.ladders().forEach(l -> {
                if (ladders.rung(l.owner(), tier).isPresent()) {
                    owners.add(l.owner());
                }
            });
        } else {
            candidates.forEach(c -> owners.add(c.rung().ladder()));
        }
        boolean group = tier != null || plural || rule != null;
        Links links = Links.of(v, h, owners, group, i -> types.cueNoun(v, i));
        if (types.skipped(v, start, h, links.path)) {
            return;
        }
        List<Integer> context = new ArrayList<>(types.context(v, links.path));
        context.addAll(types.context(v, links.clauseVerbs));
        String asStated = tier != null ? tierPhrase(v, start, end, h) : text;
        String mentionRule = rule != null ? rule : tier != null ? "tier-word" : "named-rung";
        Integer count = Counts.count(v, start, end, plural || tier != null || rule != null);
        String[] type = types.type(v, h, links, context);
        boolean generic = genericSide(v, links);
        List<String> sides = pairCodes(links);
        String pron = mentionsPronoun(v, h, links, false);
        if (pron != null && !pron.equals("two") && !sides.contains(pron)) {
            sides.add(0, pron);
        }
        if (sides.isEmpty() && "two".equals(pron)) {
            String[] dp = discourse.pair();
            if (dp != null) {
                sides.addAll(List.of(dp));
            }
        }
        // whose ladder
        String owner = null;
        List<SentenceView.Actor> ownerCues = links.with(Links.Role.OWNER);
        if (!ownerCues.isEmpty()) {
            owner = ownerCues.get(0).code();
        } else if (tier != null || rule != null) {
            // "top tier", "that level" are relative to a ladder the article is about
            owner = possessivePronounOwner(v, h, owners);
            List<String> named = new ArrayList<>();
            for (Links.Role r : new Links.Role[] {Links.Role.PAIR, Links.Role.SUBJECT}) {
                for (SentenceView.Actor a : links.with(r)) {
                    if (!a.person() && !named.contains(a.code())) {
                        named.add(a.code());
                    }
                }
            }
            if (owner == null && named.size() >= 2 && !history.pair(named.get(0), named.get(1)).isEmpty()) {
                // the two sides, when the reference knows them as a pair ("Japan and Vietnam lifted ...")
                owner = chooseOwner(named.get(0), named.get(1), owners, candidates, tier);
            } else if (owner == null && named.size() == 1 && owners.contains(named.get(0))) {
                owner = named.get(0); // "Hanoi has put a country in that circle"
            }
            if (owner == null) {
                owner = focus(owners, sides);
            }
        } else if ((count != null || plural) && sides.isEmpty()) {
            owner = focus(owners, sides);
        } else if ((count != null || plural) && sides.size() == 1 && owners.contains(sides.get(0))) {
            owner = sides.get(0); // "Hanoi already has 17 strategic partners"
        }
        if (owner == null) {
            if (sides.isEmpty() && !generic && !plural) {
                String[] dp = discourse.pair();
                if (dp != null) {
                    sides.addAll(List.of(dp));
                }
            } else if (sides.size() == 1 && !generic && !plural) {
                String other = discourse.otherOf(sides.get(0));
                if (other != null) {
                    sides.add(other);
                }
            }
            if (sides.size() >= 2) {
                owner = chooseOwner(sides.get(0), sides.get(1), owners, candidates, tier);
                if (owner == null && sides.size() > 2) {
                    owner = chooseOwner(sides.get(0), sides.get(2), owners, candidates, tier);
                }
            }
        }
        if (owner == null) {
            return;
        }
        Rung rung = rungFor(owner, candidates, tier);
        if (rung == null) {
            return;
        }
        if (pron != null && !pron.equals("two") && !pron.equals(owner) && !links.with(Links.Role.WITH).isEmpty()
                && links.with(Links.Role.SUBJECT).isEmpty()) {
            sides.remove(pron); // "it has raised its relations with X, Y and Z": "it" is the owner
        }
        List<String> partners = new ArrayList<>();
        for (String c : sides) {
            if (!c.equals(owner) && !partners.contains(c)) {
                partners.add(c);
            }
        }
        boolean named = !partners.isEmpty();
        int sb = v.sentence.begin();
        List<String> members = members(v, links, owner, partners, count != null || group, start);
        if (partners.isEmpty() && count == null && !generic && !plural && members.isEmpty()) {
            String other = discourse.otherOf(owner);
            if (other != null) {
                partners.add(other);
            }
        }
        Ladders.Candidate cand = candidates.stream().filter(c -> c.rung().id().equals(rung.id())).findFirst()
                .orElse(null);
        if (cand != null && cand.strict()) {
            String o = owner;
            partners.removeIf(p -> !named || !history.knows(o, p, rung.id()));
            if (partners.isEmpty()) {
                return;
            }
        }
        if (count != null) {
            String[] d = dates.date(v, links, COUNT, h);
            out.add(new Draft(owner, null, rung, asStated, COUNT, d[0], d[1], count, members, note,
                    "partnerships:" + mentionRule + "/count", sb, v.sentence.end()));
            discourse.named(owner, null, rung);
        } else if (!partners.isEmpty()) {
            String t = type[0];
            if (t.equals(IN_FORCE) && group && rule == null && !members.isEmpty()) {
                t = TIER;
            }
            String[] d = dates.date(v, links, t, h);
            String n = note;
            for (String partner : partners) {
                out.add(new Draft(owner, partner, rung, asStated, t, d[0], d[1], null, members, n,
                        "partnerships:" + mentionRule + "/" + type[1], sb, v.sentence.end()));
                discourse.named(owner, partner, rung);
            }
        } else if (plural && members.isEmpty() && type[0].equals(IN_FORCE)) {
            // "most of Vietnam's partners ... are dubbed strategic partners": a tier without named members
            String[] d = dates.date(v, links, TIER, h);
            out.add(new Draft(owner, null, rung, asStated, TIER, d[0], d[1], null, List.of(), note,
                    "partnerships:" + mentionRule + "/unnamed-members", sb, v.sentence.end()));
            discourse.named(owner, null, rung);
        }
        for (String m : members) {
            String[] d = dates.memberDate(v, m);
            out.add(new Draft(owner, m, rung, asStated, TIER, d[0], d[1], null, members, null,
                    "partnerships:" + mentionRule + "/member", sb, v.sentence.end()));
        }
    }

    /** The members of a tier: actors linked as members, or listed after a colon ("that level: China, Russia ..."). */
    private static List<String> members(SentenceView v, Links links, String owner, List<String> partners,
                                        boolean group, int start) {
        List<String> members = new ArrayList<>();
        List<SentenceView.Actor> found = new ArrayList<>(links.with(Links.Role.MEMBER));
        int colon = v.text.indexOf(':', start);
        if (group && colon > 0) {
            for (SentenceView.Actor a : v.actors) {
                if (a.begin() - v.sentence.begin() > colon) {
                    found.add(a);
                }
            }
        }
        for (SentenceView.Actor m : found) {
            if (!m.person() && !m.code().equals(owner) && !partners.contains(m.code()) && !members.contains(m.code())) {
                members.add(m.code());
            }
        }
        return members;
    }

    /**
     * A side named only as "a country", "one more partner", "selected partners": the statement is about no partner
     * in particular, so none is taken from the rest of the article.
     */
    private static boolean genericSide(SentenceView v, Links links) {
        for (int p : links.path) {
            for (int c : v.children.get(p)) {
                String r = v.rel[c];
                boolean side = r.startsWith("nsubj") || r.equals("obj") && Links.MOVE_VERBS.contains(v.lemma(p));
                if (side && v.isNoun(c) && v.actorAt(c) == null && GENERIC_NOUNS.contains(v.lemma(c))) {
                    boolean two = false;
                    for (int d : v.children.get(c)) {
                        two |= TWO_WORDS.contains(v.word(d));
                    }
                    if (!two) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The ladder owner a tier word or count is relative to: the last owner named, else the article's main one. */
    private String focus(Set<String> owners, List<String> sides) {
        String last = discourse.lastOwner();
        if (last != null && owners.contains(last)) {
            return last;
        }
        for (String s : sides) {
            if (owners.contains(s) && !history.of(s).isEmpty()) {
                return s;
            }
        }
        return focusOwner(owners);
    }

    /** The token of the mention's head word; a tier word modifying a noun ("third-tier diplomatic partner") gives the noun. */
    private static int head(SentenceView v, int start, int end) {
        int h = v.tokenAt(v.sentence.begin() + end - 1);
        if (h < 0) {
            return -1;
        }
        int guard = 0;
        while (v.gov[h] >= 0 && (v.rel[h].equals("amod") || v.rel[h].equals("compound")) && guard++ < 3) {
            int g = v.gov[h];
            String l = v.lemma(g);
            if (v.isNoun(g) && (l.startsWith("partner") || l.startsWith("associate") || l.startsWith("companion")
                    || l.equals("ally"))) {
                h = g;
            } else {
                break;
            }
        }
        return h;
    }

    private String tierPhrase(SentenceView v, int start, int end, int h) {
        int hs = v.tokens.get(h).end() - v.sentence.begin();
        int e = Math.max(end, Math.min(hs, v.text.length()));
        return v.text.substring(start, e);
    }

    /** The pair codes of a mention, strongest link first (the rung's own phrase, subjects, "with" partners). */
    private static List<String> pairCodes(Links links) {
        List<String> codes = new ArrayList<>();
        for (Links.Role r : new Links.Role[] {Links.Role.PAIR, Links.Role.SUBJECT, Links.Role.WITH}) {
            for (SentenceView.Actor a : links.with(r)) {
                if (!codes.contains(a.code())) {
                    codes.add(a.code());
                }
            }
        }
        return codes;
    }

    /**
     * A pronoun standing for one side or both: "the two countries", "both sides", "their" (both), "it", "its"
     * (one). Returns "two" for both, the country for one, or null.
     */
    private String mentionsPronoun(SentenceView v, int h, Links links, boolean any) {
        for (int p : links.path) {
            for (int c : v.children.get(p)) {
                String r = v.rel[c];
                boolean subj = r.startsWith("nsubj");
                boolean poss = r.equals("nmod:poss");
                if (!subj && !poss) {
                    continue;
                }
                String w = v.word(c);
                if (poss && p == h && (any || ownerPossessive(v, h))) {
                    continue; // "its top tier": the owner, not a side
                }
                if (Set.of("their", "they", "both").contains(w)) {
                    return "two";
                }
                if (SIDE_NOUNS.contains(w)) {
                    for (int d : v.children.get(c)) {
                        if (TWO_WORDS.contains(v.word(d))) {
                            return "two";
                        }
                    }
                }
                if (Set.of("it", "its").contains(w)) {
                    List<SentenceView.Actor> subjects = links.with(Links.Role.SUBJECT);
                    if (poss && !subjects.isEmpty()) {
                        return subjects.get(0).code(); // "the U.S. sanctioned its treaty ally Turkey"
                    }
                    SentenceView.Actor root = rootSubject(v);
                    if (root != null) {
                        return root.code();
                    }
                    String last = discourse.lastSubject();
                    return last != null ? last : discourse.lastCountry(null);
                }
            }
        }
        return null;
    }

    /** A possessive on a tier or ladder noun names the owner ("its top tier", "its ladder"). */
    private static boolean ownerPossessive(SentenceView v, int h) {
        return Links.OWNER_NOUNS.contains(v.lemma(h)) && !v.lemma(h).startsWith("partner");
    }

    /** The country subject of the sentence's root verb ("The United States is hoping ... of its partnership"). */
    private static SentenceView.Actor rootSubject(SentenceView v) {
        for (int i = 0; i < v.tokens.size(); i++) {
            if (v.gov[i] < 0) {
                for (int c : v.children(i, "nsubj")) {
                    SentenceView.Actor a = v.actorAt(c);
                    if (a != null && !a.person()) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    /** "Its top tier", "its ladder": the owner a possessive pronoun on the tier noun stands for. */
    private String possessivePronounOwner(SentenceView v, int h, Set<String> owners) {
        for (int c : v.children(h, "nmod:poss")) {
            if (Set.of("its", "their", "his", "her").contains(v.word(c))) {
                for (int i = 0; i < v.tokens.size(); i++) {
                    SentenceView.Actor a = v.actorAt(i);
                    if (a != null && owners.contains(a.code()) && v.caseOf(v.phraseHead(a.last())).equals("for")) {
                        return a.code();
                    }
                }
                return discourse.lastOwner() != null ? discourse.lastOwner() : focusOwner(owners);
            }
        }
        return null;
    }

    /** The ladder owner the article is about most. */
    private String focusOwner(Set<String> owners) {
        String best = null;
        for (String o : owners) {
            if (discourse.weight(o) > 0 && (best == null || discourse.weight(o) > discourse.weight(best))) {
                best = o;
            }
        }
        return best;
    }

    /**
     * The owner for a pair when the sentence does not say whose ladder: the side whose ladder has the rung; when
     * both have it, the side whose reference history has the other on it, then the side with the better documented
     * ladder (more reference records), then the side the article names more, then the first named.
     */
    private String chooseOwner(String a, String b, Set<String> owners, List<Ladders.Candidate> candidates,
                               Ladders.Tier tier) {
        boolean aOwns = owners.contains(a) && rungFor(a, candidates, tier) != null;
        boolean bOwns = owners.contains(b) && rungFor(b, candidates, tier) != null;
        if (aOwns && bOwns) {
            boolean ka = history.knows(a, b, rungFor(a, candidates, tier).id());
            boolean kb = history.knows(b, a, rungFor(b, candidates, tier).id());
            if (ka != kb) {
                return ka ? a : b;
            }
            int ha = history.of(a).size();
            int hb = history.of(b).size();
            if (ha != hb) {
                return ha > hb ? a : b;
            }
            return discourse.weight(b) > discourse.weight(a) ? b : a;
        }
        return aOwns ? a : bOwns ? b : null;
    }

    private Rung rungFor(String owner, List<Ladders.Candidate> candidates, Ladders.Tier tier) {
        if (tier != null) {
            return ladders.rung(owner, tier).orElse(null);
        }
        for (Ladders.Candidate c : candidates) {
            if (c.rung().ladder().equals(owner)) {
                return c.rung();
            }
        }
        return null;
    }

    /** "the 10th anniversary of their official partnership": the rung from the reference, N years before. */
    private void anniversary(SentenceView v, Ladders.Mention named, Matcher am) {
        Matcher m = am;
        if (m == null) {
            m = ANNIVERSARY.matcher(v.text);
            boolean found = false;
            while (m.find()) {
                if (named.start() >= m.start() && named.end() <= m.end()) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return;
            }
        }
        Integer years = Counts.ordinal(m.group(1).toLowerCase(Locale.ROOT).replace("twenty-fifth", "25th")
                .replace("fifteenth", "15th").replace("twentieth", "20th").replace("thirtieth", "30th")
                .replace("fortieth", "40th").replace("fiftieth", "50th"));
        int ref = dates.referenceYear(v, m.start());
        String since = years == null || ref < 0 ? null : String.valueOf(ref - years);
        if (named != null) {
            mentionWithSince(v, named.start(), named.end(), named.text(), named.candidates(), since,
                    years + " years before " + ref, "anniversary");
            return;
        }
        // an unnamed partnership: the rung is the one the pair reached that many years before
        int ps = m.start(3);
        int pe = m.end(3);
        String as = v.text.substring(m.start(2) >= 0 ? m.start(2) : ps, pe);
        int h = head(v, ps, pe);
        if (h < 0 || years == null) {
            return;
        }
        Links links = Links.of(v, h, Set.of(), false, i -> types.cueNoun(v, i));
        List<String> pair = pairCodes(links);
        String pron = mentionsPronoun(v, h, links, false);
        String[] p = pair.size() >= 2 ? new String[] {pair.get(0), pair.get(1)}
                : pair.size() == 1 ? new String[] {pair.get(0), discourse.otherOf(pair.get(0))}
                : pron != null && !pron.equals("two") ? new String[] {pron, discourse.otherOf(pron)}
                : discourse.pair();
        if (p == null || p[1] == null) {
            return;
        }
        HistoryRecord hit = anniversaryRecord(p[0], p[1], years, ref);
        if (hit == null) {
            return;
        }
        Rung rung = ladders.rung(hit.rung()).orElseThrow();
        String partner = hit.partner();
        String year = hit.date().substring(0, 4);
        String pub = published == null ? null : published.toString();
        out.add(new Draft(hit.owner(), partner, rung, as, IN_FORCE, m.group(), pub == null ? year : year + "/" + pub,
                null, List.of(), "rung not named; the reference history has the pair reaching " + rung.name()
                + " in " + year + ", " + years + " years before", "partnerships:anniversary-unnamed/in_force",
                v.sentence.begin(), v.sentence.end()));
        discourse.named(hit.owner(), partner, rung);
    }

    /**
     * The reference record an N-th anniversary refers to: the step of the pair dated N years before the reference
     * year; without a reference year, the only step whose N-th anniversary is not after the latest reference date.
     */
    private HistoryRecord anniversaryRecord(String a, String b, int years, int ref) {
        List<HistoryRecord> steps = history.pair(a, b).stream().filter(HistoryRecord::datesArrival)
                .filter(r -> r.date() != null).toList();
        if (ref > 0) {
            return steps.stream().filter(r -> Integer.parseInt(r.date().substring(0, 4)) == ref - years)
                    .findFirst().orElse(null);
        }
        int horizon = history.records().stream().filter(r -> r.date() != null)
                .mapToInt(r -> Integer.parseInt(r.date().substring(0, 4))).max().orElse(0);
        List<HistoryRecord> fit = steps.stream()
                .filter(r -> Integer.parseInt(r.date().substring(0, 4)) + years <= horizon).toList();
        List<String> rungs = fit.stream().map(HistoryRecord::rung).distinct().toList();
        if (rungs.size() != 1) {
            return null;
        }
        return fit.get(fit.size() - 1);
    }

    /** A named rung whose since-year comes from an anniversary. */
    private void mentionWithSince(SentenceView v, int start, int end, String text, List<Ladders.Candidate> candidates,
                                  String since, String how, String rule) {
        int before = out.size();
        mention(v, start, end, text, candidates, null, false, null, rule);
        if (since == null) {
            return;
        }
        String pub = published == null ? null : published.toString();
        for (int i = before; i < out.size(); i++) {
            Draft d = out.get(i);
            if (d.type().equals(IN_FORCE) && d.dateText() == null) {
                out.set(i, new Draft(d.owner(), d.partner(), d.rung(), d.asStated(), d.type(), null,
                        pub == null ? since : since + "/" + pub, d.count(), d.members(),
                        "since-year from the anniversary: " + how, d.rule(), d.begin(), d.end()));
            }
        }
    }

    /** "beyond the current level": the pair's rung at the publication date, from the reference history. */
    private void current(SentenceView v, Matcher cm) {
        int h = head(v, cm.start(), cm.end());
        if (h < 0 || published == null) {
            return;
        }
        Links links = Links.of(v, h, Set.of(), false, i -> types.cueNoun(v, i));
        List<String> pair = pairCodes(links);
        String[] p = pair.size() >= 2 ? new String[] {pair.get(0), pair.get(1)}
                : pair.size() == 1 ? new String[] {pair.get(0), discourse.otherOf(pair.get(0))} : discourse.pair();
        if (p == null || p[1] == null) {
            return;
        }
        LadderHistory.Standing st = LadderHistory.referenceStanding(history, ladders, p[0], p[1], published.toString());
        if (st == null) {
            return;
        }
        String pub = published.toString();
        out.add(new Draft(st.owner(), st.partner(), st.rung(), cm.group(), IN_FORCE, null, pub, null, List.of(),
                "rung not named; the reference history has the pair at " + st.rung().name() + " on " + pub,
                "partnerships:current-level/in_force", v.sentence.begin(), v.sentence.end()));
    }
}
