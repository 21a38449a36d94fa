package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Entity;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Finds actor and place mentions in one sentence from two sources: the dictionaries (longest match at token
 * boundaries) and the tagger's PERSON / ORGANIZATION / LOCATION runs. Where both apply, the longer one wins, except
 * that a dictionary country at the start of a longer organisation name gives that organisation its country
 * ("U.S. Coast Guard").
 */
final class MentionFinder {
    /** One mention and what it says about its entity. */
    record Found(Entity.Type type, String name, String code, String sector, TitleFinder.Found title, Mention mention) {
    }

    private final ActorDictionary dict;
    private final String text;
    private final String folded;
    private final TitleFinder titles;
    private final java.time.LocalDate published;

    /** Last words of names that are a body's texts or meetings, not a part of it ("United Nations Charter"). */
    private static final Set<String> NOT_A_BODY = Set.of("convention", "constitution", "charter", "treaty",
            "resolution", "resolutions", "summit", "conference", "declaration", "agreement", "accord", "protocol",
            "law", "report", "day", "session", "meeting", "talks", "framework", "statement", "communique");

    /** Nouns that, after a leader's name, name the leader's government ("the Bush administration"). */
    private static final Set<String> LEADS = Set.of("administration", "government", "cabinet", "regime", "camp");

    MentionFinder(ActorDictionary dict, String text) {
        this(dict, text, null);
    }

    /** @param published the article's date, or null: it picks the leader a surname names in "the X government" */
    MentionFinder(ActorDictionary dict, String text, java.time.LocalDate published) {
        this.dict = dict;
        this.text = text;
        this.published = published;
        this.folded = Names.fold(text);
        this.titles = new TitleFinder(dict);
    }

    List<Found> find(Sentence s) {
        List<Token> ts = s.tokens();
        Set<Integer> ends = new HashSet<>();
        for (Token t : ts) {
            ends.add(t.end());
        }
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            Token t = ts.get(i);
            Found region = RegionRule.at(dict, text, folded, ts, i, ends::contains);
            if (region != null) {
                out.add(region);
                i = indexEndingAt(ts, region.mention().end(), i) + 1;
                continue;
            }
            int runEnd = runEnd(ts, i);
            Gazetteer.Match m = best(dict.gazetteer().longestAt(folded, t.begin(), ends::contains), ts, i);
            String tag = t.ner();
            boolean runHere = runEnd >= 0 && (i == 0 || !ts.get(i - 1).ner().equals(tag));
            int runEndChar = runHere ? ts.get(runEnd).end() : -1;
            if (runHere && tag.equals("PERSON") && (m == null || m.end() < runEndChar)) {
                Found led = ledGovernment(ts, i, runEnd);
                out.add(led != null ? led : person(s, i, runEnd));
                i = runEnd + 1;
            } else if (runHere && tag.equals("ORGANIZATION") && (m == null || m.end() < runEndChar)) {
                Found f = organisation(ts, i, runEnd, m);
                if (f != null) {
                    out.add(f);
                }
                i = runEnd + 1;
            } else if (m != null) {
                out.add(fromDictionary(ts, i, m));
                i = indexEndingAt(ts, m.end(), i) + 1;
                if (runHere && runEndChar > m.end()) {
                    i = runEnd + 1; // the rest of the tagger's run ("Hanoi City") belongs to this mention
                }
            } else if (runHere && tag.equals("LOCATION")) {
                String name = text.substring(t.begin(), runEndChar);
                Found dateline = shouted(name, t.begin(), runEndChar);
                Found misspelt = dateline == null && runEnd == i ? misspelt(ts, i) : null;
                out.add(dateline != null ? dateline : misspelt != null ? misspelt : new Found(Entity.Type.LOCATION,
                        name, null, null, null, new Mention(t.begin(), runEndChar, name, Mention.Role.PLACE,
                        "ner:location")));
                i = runEnd + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Further mentions of people by surname alone where the tagger missed them ("a Trong visit") or mistook them
     * for a place or organisation: a capitalised proper-noun token equal to the last part of a person's full name
     * found in the article. Rewrites such mistaken mentions in {@code found} in place.
     */
    List<Found> surnames(List<Sentence> sentences, List<Found> found) {
        java.util.Map<String, Found> bySurname = new java.util.HashMap<>();
        Set<Integer> covered = new HashSet<>();
        for (Found f : found) {
            for (int c = f.mention().begin(); c < f.mention().end(); c++) {
                covered.add(c);
            }
            if (f.type() == Entity.Type.PERSON && f.name().contains(" ")) {
                String[] parts = f.name().split("\\s+");
                bySurname.putIfAbsent(parts[parts.length - 1], f);
            }
        }
        List<Found> out = new ArrayList<>();
        // A tagger sometimes calls a surname a place or an organisation ("Kettering said"): it is the person.
        for (java.util.ListIterator<Found> it = found.listIterator(); it.hasNext(); ) {
            Found f = it.next();
            Found full = bySurname.get(f.name());
            if (full != null && (f.type() == Entity.Type.LOCATION || f.type() == Entity.Type.ORGANIZATION)
                    && f.mention().rule().startsWith("ner:")) {
                Mention m = f.mention();
                it.set(new Found(Entity.Type.PERSON, f.name(), null, null, null,
                        new Mention(m.begin(), m.end(), m.text(), Mention.Role.ACTOR, "person:surname")));
            }
        }
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                Found full = bySurname.get(t.word());
                if (full != null && t.pos() != null && t.pos().startsWith("NNP") && !covered.contains(t.begin())) {
                    out.add(new Found(Entity.Type.PERSON, t.word(), null, null, null,
                            new Mention(t.begin(), t.end(), t.word(), Mention.Role.ACTOR, "person:surname")));
                }
            }
        }
        return out;
    }

    private Found person(Sentence s, int first, int last) {
        List<Token> ts = s.tokens();
        first = extendLeft(ts, first, last);
        int begin = ts.get(first).begin();
        int end = ts.get(last).end();
        String name = text.substring(begin, end);
        TitleFinder.Found title = titles.before(text, folded, ts, first);
        if (title == null) {
            title = titles.after(text, ts, last, s.end());
        }
        String code = title == null ? null : title.country();
        String sector = title == null ? null : title.title().sector();
        return new Found(Entity.Type.PERSON, name, code, sector, title,
                new Mention(begin, end, name, Mention.Role.ACTOR, title == null ? "ner:person" : "ner:person+title"));
    }

    /**
     * A leader's name before a word for the government they lead ("the Bush administration", "the Modi government",
     * "the Putin regime", "Bush's cabinet") stands for the leader's country: a mention of that country, whose
     * group noun then gives the sector. The name must be a head of state or government in the office-holder table:
     * one in office on the article's date when there is one; else (no date, or a past leader) every holder of that
     * name in those offices must belong to one country, since the country of a past leader's government is still
     * that country.
     */
    private Found ledGovernment(List<Token> ts, int first, int last) {
        int k = last + 1;
        if (k < ts.size() && (ts.get(k).word().equals("'s") || ts.get(k).word().equals("’s"))) {
            k++;
        }
        if (k >= ts.size() || !LEADS.contains(ts.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String name = text.substring(ts.get(first).begin(), ts.get(last).end());
        List<OfficeHolder> leaders = leaders(name, published);
        if (leaders.isEmpty() && published != null) {
            leaders = leaders(name, null);
        }
        String code = leaders.isEmpty() ? null : leaders.get(0).country();
        if (code == null || leaders.stream().anyMatch(h -> !h.country().equals(code))) {
            return null;
        }
        Mention mention = new Mention(ts.get(first).begin(), ts.get(last).end(), name, Mention.Role.ACTOR,
                "person:leader-government@office-holders.tsv");
        return new Found(Entity.Type.COUNTRY, dict.countryName(code), code, null, null, mention);
    }

    /** Heads of state or government of that name; exact surnames before the one-letter-off ones ("Modi", not "Mori"). */
    private List<OfficeHolder> leaders(String name, java.time.LocalDate date) {
        List<OfficeHolder> all = dict.holders(name, date).stream()
                .filter(h -> h.office().equals("head_of_state") || h.office().equals("head_of_government")).toList();
        String[] want = Names.fold(name).split("\\s+");
        List<OfficeHolder> exact = all.stream()
                .filter(h -> Names.fold(h.person()).endsWith(" " + want[want.length - 1])).toList();
        return exact.isEmpty() ? all : exact;
    }

    /**
     * A place name in capitals, as in a dateline ("HANOI (Reuters) –"): looked up in title case. A dateline says
     * where the story was filed, so the mention is a place.
     */
    private Found shouted(String name, int begin, int end) {
        if (!name.equals(name.toUpperCase(java.util.Locale.ROOT)) || name.length() < 3) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        for (String w : name.split(" ", -1)) {
            title.append(title.length() == 0 ? "" : " ").append(w.isEmpty() ? w
                    : w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        String folded = Names.fold(title.toString());
        for (Gazetteer.Match m : dict.gazetteer().longestAt(folded, 0, k -> k == folded.length())) {
            Entry e = m.entry();
            if (e.kind() == Entry.Kind.COUNTRY || e.kind() == Entry.Kind.CAPITAL) {
                return new Found(Entity.Type.COUNTRY, e.name(), e.code(), null, null, new Mention(begin, end, name,
                        Mention.Role.PLACE, e.rule() + "@" + e.source() + "+place:dateline"));
            }
        }
        return null;
    }

    /**
     * Taggers drop name parts that look like function words ("To Lam", "Le Hong Hiep" as "Hong Hiep"): take the
     * capitalised word before the name into it when the longer name is a known office holder.
     */
    private int extendLeft(List<Token> ts, int first, int last) {
        if (first == 0) {
            return first;
        }
        Token prev = ts.get(first - 1);
        if (prev.word().isEmpty() || !Character.isUpperCase(prev.word().charAt(0)) || prev.ner().equals("PERSON")) {
            return first;
        }
        String longer = text.substring(prev.begin(), ts.get(last).end());
        for (OfficeHolder h : dict.holders(longer, null)) {
            if (Names.fold(h.person()).split("\\s+").length == longer.split("\\s+").length) {
                return first - 1;
            }
        }
        return first;
    }

    private Found organisation(List<Token> ts, int first, int last, Gazetteer.Match lead) {
        int begin = ts.get(first).begin();
        int end = ts.get(last).end();
        String name = text.substring(begin, end);
        for (Title t : dict.titles()) {
            String ft = Names.fold(t.text());
            int start = end - ft.length();
            if (start >= 0 && start <= begin && folded.startsWith(ft, start)) {
                return null; // the tagger calls "Secretary of State", or its "State", an organisation
            }
        }
        if (lead != null && lead.entry().kind() == Entry.Kind.ORGANIZATION
                && !NOT_A_BODY.contains(ts.get(last).word().toLowerCase(java.util.Locale.ROOT))) {
            // "United Nations Emergency Relief Office", "NATO Parliamentary Assembly": a part of a listed body
            // (not "the United Nations Convention", "the ASEAN Summit": a text or a meeting of it)
            Entry e = lead.entry();
            return new Found(Entity.Type.ORGANIZATION, e.name(), e.code(), e.sector(), null, new Mention(begin, end,
                    name, Mention.Role.ACTOR, e.rule() + "@" + e.source() + "+ner:organization"));
        }
        String code = null;
        if (lead != null && (lead.entry().kind() == Entry.Kind.COUNTRY || lead.entry().kind() == Entry.Kind.DEMONYM
                || lead.entry().kind() == Entry.Kind.ETHNIC)) {
            code = lead.entry().code();
        } else {
            code = ownerBefore(ts, first);
        }
        if (code == null) {
            // "Communist Party of Vietnam", "State Bank of Vietnam"
            code = inside(ts, first, last, end, Set.of(Entry.Kind.COUNTRY, Entry.Kind.DEMONYM, Entry.Kind.ETHNIC));
        }
        if (code == null) {
            // "Baghdad University", "the United Bus Company of Tehran": a capital's institutions are its country's
            code = inside(ts, first, last, end, Set.of(Entry.Kind.CAPITAL));
        }
        return new Found(Entity.Type.ORGANIZATION, name, code, dict.sectorOf(name).orElse(null), null,
                new Mention(begin, end, name, Mention.Role.ACTOR, "ner:organization"));
    }

    /** The code of the last dictionary name of one of {@code kinds} inside tokens first..last, or null. */
    private String inside(List<Token> ts, int first, int last, int end, Set<Entry.Kind> kinds) {
        String code = null;
        for (int k = first; code == null && k <= last; k++) {
            for (Gazetteer.Match m : dict.gazetteer().longestAt(folded, ts.get(k).begin(), i -> i <= end)) {
                if (kinds.contains(m.entry().kind())) {
                    code = m.entry().code();
                }
            }
        }
        return code;
    }

    /** The country in "Vietnam's Communist Party" or "the Vietnamese Communist Party", just before token {@code first}. */
    private String ownerBefore(List<Token> ts, int first) {
        int k = first - 1;
        if (k >= 0 && ts.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        boolean possessive = k >= 0 && (ts.get(k).word().equals("'s") || ts.get(k).word().equals("’s"));
        if (possessive) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        final int end = ts.get(k).end();
        for (int s = Math.max(0, k - 2); s <= k; s++) {
            for (Gazetteer.Match m : dict.gazetteer().longestAt(folded, ts.get(s).begin(), i -> i == end)) {
                Entry.Kind kind = m.entry().kind();
                if (kind == Entry.Kind.COUNTRY || kind == Entry.Kind.DEMONYM || kind == Entry.Kind.ETHNIC
                        || possessive && kind == Entry.Kind.CAPITAL) {
                    return m.entry().code();
                }
            }
        }
        return null;
    }

    /**
     * A one-word place the tagger found that no dictionary knows, read as the country whose name it misspells
     * ("Ethopia has agreed", "Quatar's emir"), or as the ethnic group it misspells when a common noun follows
     * ("Chenchen refugees"); null when no single country or group is one slip away. The rule says so:
     * {@code dict:country-misspelt@countries.tsv:N}, {@code dict:ethnic-misspelt@ethnic-groups.tsv:N}.
     */
    private Found misspelt(List<Token> ts, int i) {
        Token t = ts.get(i);
        Entry e = dict.gazetteer().misspelt(folded.substring(t.begin(), t.end()));
        if (e == null) {
            return null;
        }
        Mention.Role role;
        if (e.kind() == Entry.Kind.ETHNIC) {
            if (!beforeCommonNoun(ts, new Gazetteer.Match(t.begin(), t.end(), e))) {
                return null;
            }
            role = Mention.Role.ACTOR;
        } else {
            role = PlaceRule.roleOf(ts, i, i);
        }
        String rule = e.rule() + "-misspelt@" + e.source() + (role == Mention.Role.PLACE ? "+" + PlaceRule.RULE : "");
        return new Found(Entity.Type.COUNTRY, e.name(), e.code(), null, null,
                new Mention(t.begin(), t.end(), text.substring(t.begin(), t.end()), role, rule));
    }

    private Found fromDictionary(List<Token> ts, int first, Gazetteer.Match m) {
        Entry e = m.entry();
        String surface = text.substring(m.start(), m.end());
        Mention.Role role = switch (e.kind()) {
            case PLACE -> Mention.Role.PLACE;
            case COUNTRY, COUNTRY_AMBIGUOUS, CAPITAL -> PlaceRule.roleOf(ts, first, indexEndingAt(ts, m.end(), first));
            default -> Mention.Role.ACTOR;
        };
        String rule = e.rule() + "@" + e.source() + (role == Mention.Role.PLACE && e.kind() != Entry.Kind.PLACE
                ? "+" + PlaceRule.RULE : "");
        Mention mention = new Mention(m.start(), m.end(), surface, role, rule);
        return switch (e.kind()) {
            case ORGANIZATION -> new Found(Entity.Type.ORGANIZATION, e.name(), e.code(), e.sector(), null, mention);
            case PLACE -> new Found(Entity.Type.LOCATION, e.name(), e.code(), null, null, mention);
            case METONYM -> new Found(Entity.Type.COUNTRY, dict.countryName(e.code()), e.code(), null, null, mention);
            default -> new Found(Entity.Type.COUNTRY, e.name(), e.code(), null, null, mention);
        };
    }

    /** Picks among same-length matches, and drops matches the context rules out. */
    private static Gazetteer.Match best(List<Gazetteer.Match> ms, List<Token> ts, int i) {
        Gazetteer.Match pick = null;
        for (Gazetteer.Match m : ms) {
            Entry.Kind k = m.entry().kind();
            String ner = ts.get(i).ner();
            if (k == Entry.Kind.COUNTRY_AMBIGUOUS && !ner.equals("LOCATION")) {
                continue;
            }
            if ((k == Entry.Kind.CAPITAL || k == Entry.Kind.COUNTRY_AMBIGUOUS) && ner.equals("PERSON")) {
                continue; // ("Jackson said": a person the tagger saw, not the city)
            }
            if (k == Entry.Kind.ETHNIC && ner.equals("PERSON") && !beforeCommonNoun(ts, m)) {
                continue; // "Welsh said" is a person; "Yoruba leaders", which taggers also call a person, a group
            }
            if (pick == null || priority(k) < priority(pick.entry().kind())) {
                pick = m;
            }
        }
        return pick;
    }

    /** Whether the token after match {@code m} is a common noun ("Yoruba leaders"). */
    private static boolean beforeCommonNoun(List<Token> ts, Gazetteer.Match m) {
        int k = indexEndingAt(ts, m.end(), 0);
        if (k + 1 >= ts.size() || ts.get(k).end() != m.end()) {
            return false;
        }
        String pos = ts.get(k + 1).pos();
        return pos != null && pos.startsWith("NN") && !pos.startsWith("NNP");
    }

    private static int priority(Entry.Kind k) {
        return switch (k) {
            case PLACE -> 0;
            case COUNTRY -> 1;
            case METONYM -> 2;
            case ORGANIZATION -> 3;
            case CAPITAL -> 4;
            case DEMONYM, ETHNIC -> 5;
            case COUNTRY_AMBIGUOUS -> 6;
        };
    }

    /** Last token index of a tagger run of PERSON/ORGANIZATION/LOCATION starting at or spanning {@code i}, or -1. */
    private static int runEnd(List<Token> ts, int i) {
        String tag = ts.get(i).ner();
        if (!tag.equals("PERSON") && !tag.equals("ORGANIZATION") && !tag.equals("LOCATION")) {
            return -1;
        }
        int j = i;
        while (j + 1 < ts.size() && ts.get(j + 1).ner().equals(tag)) {
            j++;
        }
        return j;
    }

    private static int indexEndingAt(List<Token> ts, int charEnd, int from) {
        for (int k = from; k < ts.size(); k++) {
            if (ts.get(k).end() >= charEnd) {
                return k;
            }
        }
        return ts.size() - 1;
    }
}
