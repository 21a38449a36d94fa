package org.dyad.ladders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.store.FactQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredFact;

/**
 * The temporal model: the reference history and the statements of stored articles, read together. It answers the
 * rung of a pair as of a date, a pair's history, a country's ladder as of a date and its counts per rung, each with
 * its evidence (a reference source URL, an article sentence, or both) and with disagreements flagged, never
 * resolved silently.
 *
 * <p>The reference decides a pair's rung where it has the pair; article statements then corroborate it, or are shown
 * as a conflict when they say otherwise. For pairs the reference lacks, the latest statement that puts the pair on a
 * rung (an upgrade's date, a stated "since", else the article's date) decides. Thread-safe when the store is.
 *
 * <p><b>Bounded reads.</b> A store may hold hundreds of thousands of statements about one country, a stored fact is
 * read back whole, and a store query costs in proportion to the statements dated in its window (they are sorted
 * before the limit applies). Statements are dated in the store by the day they were made
 * ({@link PartnershipRecord#index()}), so every query here reads a short window of what was said, chosen where it
 * matters:
 * <ul>
 *   <li>a pair's rung at a date reads the pair's statements of the {@value #PAIR_DAYS} days before it;</li>
 *   <li>a ladder reads the owner's statements of the day before the date, else of the week, else of the month
 *       (the first that holds {@value #RECENT_ENOUGH}; at most {@value #RECENT}, oldest first): they corroborate the
 *       reference, flag the rows they contradict, and add the partners the reference lacks;</li>
 *   <li>a pair's history reads the {@value #STEP_DAYS} days after each dated reference step (the reports of that
 *       step) and a sample through time from {@value #FIRST_YEAR}: for a pair spoken of in the last month, the first
 *       three days of every other year; otherwise everything, five years at a time.</li>
 * </ul>
 * Sources, the since-dates of pairs the reference lacks ("by" a date) and the counts of a history are therefore
 * those of the statements read, not of every statement stored; answers from the reference are exact.
  */
public final class LadderHistory {
    /** At most this many article sentences are kept as evidence of one standing or step. */
    static final int EVIDENCE_PER_STEP = 3;
    /** Days before a date whose statements about a pair are read to corroborate its rung. */
    static final int PAIR_DAYS = 30;
    /** Statements read per pair and window. */
    static final int PER_PAIR = 8;
    /** Statements of a ladder's owner read from the days before the date. */
    static final int RECENT = 120;
    /** The recent window widens until it holds this many statements. */
    static final int RECENT_ENOUGH = 40;
    /** Days before the date searched for recent statements, shortest first. */
    private static final int[] WINDOWS = {1, 7, 30};
    /** Days after each dated reference step read as the reports of that step. */
    static final int STEP_DAYS = 3;
    /** Statements read per sampled year of a pair's history. */
    static final int PER_YEAR = 8;
    /** The first year a pair's history samples. */
    static final int FIRST_YEAR = 2005;

    /**
     * Where a standing or step comes from.
     *
     * @param kind        {@code reference} or {@code article}
     * @param url         the reference's source URL, or the article's key (its URL or path)
     * @param confidence  verified / unverified for a reference record; null for an article
     * @param date        the record's date, or the statement's date value
     * @param text        the reference note, or the article sentence
     * @param statement   the statement's id in its article ({@code p3}), or null
     */
    public record Source(String kind, String url, String confidence, String date, String text, String doc,
                         String published, String statement) {
        static Source of(HistoryRecord r) {
            return new Source("reference", r.source(), r.confidence(), r.date(), r.note(), null, null, null);
        }

        static Source of(StoredFact f) {
            PartnershipRecord p = (PartnershipRecord) f.fact();
            String text = p.evidence().isEmpty() ? p.asStated() : p.evidence().get(0).text();
            if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
                text = org.jsoup.Jsoup.parse(text).text(); // evidence quotes the original, which may be HTML
            }
            return new Source("article", f.articleKey(), null, p.date() == null ? null : p.date().value(),
                    text.replaceAll("\\s+", " ").strip(), f.doc(), f.published(), p.id());
        }
    }

    /**
     * A pair's place on the owner's ladder at a date.
     *
     * @param since    when the pair reached the rung (the earliest record or statement of it), or null when undated
     * @param arrival  true when {@code since} dates the arrival itself; false when the earliest source only says
     *                 the rung held by then (a reaffirmation, an article in force)
     * @param conflict what disagrees (two reference dates for the same step; articles naming another rung), or null
     */
    public record Standing(String owner, String partner, Rung rung, String since, boolean arrival,
                           List<Source> sources, String conflict) {
        public Standing {
            sources = List.copyOf(sources);
        }
    }

    /** A country's ladder at a date: the partners on each rung, top first, and the counts per rung. */
    public record LadderView(String owner, String asOf, Map<Rung, List<Standing>> rungs, List<Count> counts) {
    }

    /**
     * One step of a pair's history.
     *
     * @param type     the reference event (established, upgraded...) or the statement type (sought, declined...)
     * @param count    how many article statements say the same (same ladder, rung, type and date)
     * @param conflict what disagrees with this step, or null
     */
    public record Step(String date, String owner, Rung rung, String type, List<Source> sources, int count,
                       String conflict) {
        public Step {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A count of one rung at a date, from the reference and as articles state it.
     *
     * @param exclusive partners on exactly this rung
     * @param inclusive partners on this rung and the rungs its counts include ("strategic partners" in Vietnam's
     *                  usage: the comprehensive strategic partners too)
     * @param stated    the counts articles state for this rung, each with its reconciliation note
     */
    public record Count(Rung rung, int exclusive, int inclusive, List<StatedCount> stated) {
        public Count {
            stated = List.copyOf(stated);
        }
    }

    /** A count an article states, and how it compares with the reference at the statement's date. */
    public record StatedCount(int count, String date, Source source, int referenceExclusive, int referenceInclusive,
                              String note) {
    }

    private final Ladders ladders;
    private final ReferenceHistory reference;
    private final Store store;

    /** @param store where article statements are kept, or null for the reference history alone */
    public LadderHistory(Ladders ladders, ReferenceHistory reference, Store store) {
        this.ladders = ladders;
        this.reference = reference;
        this.store = store;
    }

    /** The reference history alone. */
    public static LadderHistory reference() {
        return new LadderHistory(Ladders.standard(), ReferenceHistory.standard(), null);
    }

    // ---------------------------------------------------------------- the rung of a pair

    /** The pair's place on {@code owner}'s ladder at {@code date} (ISO, any precision), if it has one. */
    public Optional<Standing> standing(String owner, String partner, String date) {
        Standing ref = referenceStanding(owner, partner, date);
        List<StoredFact> facts = monthBefore(owner, partner, date);
        return Optional.ofNullable(merge(owner, partner, ref, facts, date));
    }

    /** The pair's places on both countries' ladders at {@code date}. */
    public List<Standing> standings(String a, String b, String date) {
        List<Standing> out = new ArrayList<>();
        standing(a, b, date).ifPresent(out::add);
        standing(b, a, date).ifPresent(out::add);
        return out;
    }

    /**
     * The reference standing of a pair on whichever side's ladder has it (a's first), or null. Used by statement
     * extraction to resolve "the current level".
     */
    static Standing referenceStanding(ReferenceHistory h, Ladders l, String a, String b, String date) {
        LadderHistory m = new LadderHistory(l, h, null);
        Standing s = m.referenceStanding(a, b, date);
        return s != null ? s : m.referenceStanding(b, a, date);
    }

    private Standing referenceStanding(String owner, String partner, String date) {
        List<HistoryRecord> records = reference.of(owner).stream().filter(r -> r.partner().equals(partner))
                .filter(r -> Dates.onOrBefore(r.date(), date)).toList();
        String current = null;
        for (HistoryRecord r : records) {
            if (r.entersRung()) {
                current = r.rung();
            } else if (HistoryRecord.LEAVES.contains(r.event()) && r.rung() != null && r.rung().equals(current)) {
                current = null;
            }
        }
        if (current == null) {
            return null;
        }
        String rungId = current;
        List<HistoryRecord> onRung = records.stream().filter(r -> rungId.equals(r.rung()) && r.entersRung()).toList();
        List<HistoryRecord> arrivals = onRung.stream().filter(HistoryRecord::datesArrival).toList();
        List<HistoryRecord> dated = arrivals.isEmpty() ? onRung : arrivals;
        String since = dated.stream().map(HistoryRecord::date).filter(d -> d != null).min(Comparator.naturalOrder())
                .orElse(null);
        List<Source> sources = new ArrayList<>();
        onRung.forEach(r -> sources.add(Source.of(r)));
        return new Standing(owner, partner, ladders.rung(rungId).orElseThrow(), since, !arrivals.isEmpty(), sources,
                conflict(arrivals));
    }

    /** Arrival records for one step whose dates cannot be the same moment. */
    private static String conflict(List<HistoryRecord> arrivals) {
        List<String> dates = arrivals.stream().map(HistoryRecord::date).filter(d -> d != null).distinct().toList();
        for (int i = 0; i < dates.size(); i++) {
            for (int j = i + 1; j < dates.size(); j++) {
                if (!Dates.compatible(dates.get(i), dates.get(j))) {
                    return "reference sources disagree on the date: " + String.join(" vs ", dates);
                }
            }
        }
        return null;
    }

    private Standing merge(String owner, String partner, Standing ref, List<StoredFact> facts, String date) {
        List<StoredFact> holds = new ArrayList<>();
        for (StoredFact f : facts) {
            PartnershipRecord p = (PartnershipRecord) f.fact();
            if (p.owner().equals(owner) && partner.equals(p.partner()) && PartnershipRecord.HOLDS.contains(p.type())
                    && covers(p, date)) {
                holds.add(f);
            }
        }
        StoredFact latest = null;
        for (StoredFact f : holds) {
            if (latest == null || arrival(f).compareTo(arrival(latest)) >= 0) {
                latest = f;
            }
        }
        if (ref == null && latest == null) {
            return null;
        }
        String rungId = ref != null ? ref.rung().id() : ((PartnershipRecord) latest.fact()).rung();
        List<Source> sources = new ArrayList<>(ref == null ? List.of() : ref.sources());
        String artSince = null;
        boolean arrivalStated = false;
        int kept = 0;
        for (StoredFact f : holds) {
            PartnershipRecord p = (PartnershipRecord) f.fact();
            if (p.rung().equals(rungId)) {
                if (artSince == null || arrival(f).compareTo(artSince) < 0) {
                    artSince = arrival(f);
                    arrivalStated = !p.type().equals(PartnershipRecord.IN_FORCE) && !p.type().equals(PartnershipRecord.TIER)
                            || p.date() != null && p.date().value() != null && p.date().value().contains("/");
                }
                if (kept++ < EVIDENCE_PER_STEP) {
                    sources.add(Source.of(f));
                }
            }
        }
        String conflict = ref == null ? null : ref.conflict();
        if (ref != null && latest != null && !((PartnershipRecord) latest.fact()).rung().equals(rungId)) {
            PartnershipRecord p = (PartnershipRecord) latest.fact();
            String c = "an article says " + p.rungName() + " (" + f(latest) + ")";
            conflict = conflict == null ? c : conflict + "; " + c;
            sources.add(Source.of(latest));
        }
        Rung rung = ladders.rung(rungId).orElseThrow();
        String since = ref != null ? ref.since() : artSince;
        boolean arrival = ref != null ? ref.arrival() : arrivalStated;
        return new Standing(owner, partner, rung, since, arrival, sources, conflict);
    }

    private static String f(StoredFact f) {
        return (f.doc() == null ? f.articleKey() : f.doc()) + (f.published() == null ? "" : ", " + f.published());
    }

    /** A statement that puts the pair on its rung at {@code date}: dated on or before it, and not ended before it. */
    private static boolean covers(PartnershipRecord p, String date) {
        String v = p.date() == null ? null : p.date().value();
        String from = Dates.from(v);
        String to = Dates.to(v);
        if (from == null && to == null) {
            return false;
        }
        if (v.startsWith("<")) {
            return false;
        }
        return Dates.onOrBefore(from == null ? to : from, date);
    }

    /** When a statement has the pair arrive at its rung: the upgrade's date, the stated "since", else its date. */
    private static String arrival(StoredFact f) {
        PartnershipRecord p = (PartnershipRecord) f.fact();
        String v = p.date() == null ? null : p.date().value();
        String from = Dates.from(v);
        return from != null ? from : f.published() != null ? f.published() : "";
    }

    // ---------------------------------------------------------------- a country's ladder

    /** {@code owner}'s ladder at {@code date}: every partner on every rung, with since-dates and sources. */
    public LadderView ladder(String owner, String date) {
        Ladder ladder = ladders.ladder(owner).orElseThrow(() -> new IllegalArgumentException(
                "no ladder for " + owner + "; known: " + ladders.ladders().stream().map(Ladder::owner).toList()));
        Map<String, List<StoredFact>> byPartner = new TreeMap<>();
        List<StoredFact> read = recent(owner, date);
        for (StoredFact f : read) {
            PartnershipRecord p = (PartnershipRecord) f.fact();
            if (p.owner().equals(owner) && p.partner() != null) {
                byPartner.computeIfAbsent(p.partner(), k -> new ArrayList<>()).add(f);
            }
        }
        List<String> partners = new ArrayList<>();
        reference.of(owner).forEach(r -> {
            if (!partners.contains(r.partner())) {
                partners.add(r.partner());
            }
        });
        byPartner.keySet().forEach(p -> {
            if (!partners.contains(p)) {
                partners.add(p);
            }
        });
        Map<Rung, List<Standing>> rows = new LinkedHashMap<>();
        ladder.rungs().forEach(r -> rows.put(r, new ArrayList<>()));
        for (String partner : partners) {
            Standing s = merge(owner, partner, referenceStanding(owner, partner, date),
                    byPartner.getOrDefault(partner, List.of()), date);
            if (s != null) {
                rows.get(s.rung()).add(s);
            }
        }
        rows.values().forEach(list -> list.sort(Comparator.comparing((Standing s) -> s.since() == null ? "" : s.since())
                .thenComparing(Standing::partner)));
        return new LadderView(owner, date, rows, counts(owner, rows, read));
    }

    /**
     * {@code owner}'s counts per rung at {@code date}, with the counts articles stated in the days before it
     * reconciled against the reference at each statement's date. Same as {@code ladder(owner, date).counts()}.
     */
    public List<Count> counts(String owner, String date) {
        return ladder(owner, date).counts();
    }

    private List<Count> counts(String owner, Map<Rung, List<Standing>> rows, List<StoredFact> read) {
        LadderHistory referenceOnly = new LadderHistory(ladders, reference, null);
        List<Count> out = new ArrayList<>();
        for (Rung r : rows.keySet()) {
            List<StatedCount> sc = new ArrayList<>();
            for (StoredFact f : read) {
                PartnershipRecord p = (PartnershipRecord) f.fact();
                if (!p.owner().equals(owner) || !p.type().equals(PartnershipRecord.COUNT) || p.count() == null
                        || !p.rung().equals(r.id())) {
                    continue;
                }
                String at = statementDate(f);
                Map<Rung, List<Standing>> then = at == null ? rows : referenceOnly.ladder(owner, at).rungs();
                int ex = then.get(r).size();
                int in = inclusive(then, r);
                sc.add(new StatedCount(p.count(), at, Source.of(f), ex, in, reconcile(p.count(), r, ex, in, at)));
            }
            out.add(new Count(r, rows.get(r).size(), inclusive(rows, r), sc));
        }
        return out;
    }

    private static String statementDate(StoredFact f) {
        PartnershipRecord p = (PartnershipRecord) f.fact();
        String v = p.date() == null ? null : p.date().value();
        String to = Dates.to(v);
        return to != null ? to : f.published();
    }

    private static int inclusive(Map<Rung, List<Standing>> rows, Rung r) {
        int n = 0;
        for (Map.Entry<Rung, List<Standing>> e : rows.entrySet()) {
            if (r.counts().contains(e.getKey().id())) {
                n += e.getValue().size();
            }
        }
        return n;
    }

    private static String reconcile(int stated, Rung r, int ex, int in, String at) {
        String when = at == null ? "" : " on " + at;
        boolean wider = r.counts().size() > 1;
        if (stated == in && wider) {
            return "agrees: the reference has " + in + " counting the rungs above (" + String.join(", ", r.counts())
                    + ")" + when + "; " + ex + " on this rung alone";
        }
        if (stated == ex) {
            return "agrees with the reference" + when;
        }
        if (stated == ex + 1 || stated == in + 1) {
            return "differs by one: the reference has " + ex + (wider ? " (" + in + " counting the rungs above)" : "")
                    + when + "; the article may count a partner joining that day";
        }
        return "differs: the reference has " + ex + (wider ? " (" + in + " counting the rungs above)" : "") + when;
    }

    // ---------------------------------------------------------------- a pair's history

    /** Every step of the pair on both ladders, oldest first: reference records and article statements. */
    public List<Step> history(String a, String b) {
        List<Step> steps = new ArrayList<>();
        List<HistoryRecord> refs = reference.pair(a, b);
        for (HistoryRecord r : refs) {
            Rung rung = r.rung() == null ? null : ladders.rung(r.rung()).orElse(null);
            String conflict = null;
            if (r.datesArrival()) {
                for (HistoryRecord o : refs) {
                    if (o != r && o.owner().equals(r.owner()) && r.rung().equals(o.rung()) && o.datesArrival()
                            && !Dates.compatible(r.date(), o.date())) {
                        conflict = "another source dates this step " + o.date() + " (" + o.source() + ")";
                    }
                }
            }
            steps.add(new Step(r.date(), r.owner(), rung, r.event(), List.of(Source.of(r)), 0, conflict));
        }
        Map<String, List<StoredFact>> groups = new LinkedHashMap<>();
        for (StoredFact f : pairSample(a, b, refs)) {
            PartnershipRecord p = (PartnershipRecord) f.fact();
            if (p.partner() == null) {
                continue;
            }
            // events by their date; what is said again and again (in force, sought...) by year
            boolean event = p.type().equals(PartnershipRecord.UPGRADED) || p.type().equals(PartnershipRecord.ESTABLISHED);
            String when = stepDate(f);
            String key = p.owner() + "|" + p.rung() + "|" + p.type() + "|"
                    + (event || when == null ? when : when.substring(0, 4));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        for (List<StoredFact> g : groups.values()) {
            StoredFact first = g.get(0);
            PartnershipRecord p = (PartnershipRecord) first.fact();
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < Math.min(EVIDENCE_PER_STEP, g.size()); i++) {
                sources.add(Source.of(g.get(i)));
            }
            String date = stepDate(first);
            String value = p.date() == null ? null : p.date().value();
            boolean before = value != null && value.startsWith("<");
            steps.add(new Step(date, p.owner(), ladders.rung(p.rung()).orElse(null), p.type(), sources, g.size(),
                    articleConflict(p, before ? null : date, refs)));
        }
        steps.sort(Comparator.comparing((Step s) -> s.date() == null ? "" : s.date())
                .thenComparing(s -> s.sources().get(0).kind().equals("reference") ? 0 : 1));
        return steps;
    }

    /** The date a statement is filed under in a history: an event's date, a since-date, else its article's date. */
    private static String stepDate(StoredFact f) {
        PartnershipRecord p = (PartnershipRecord) f.fact();
        String v = p.date() == null ? null : p.date().value();
        if (v != null && v.startsWith("<")) {
            return f.published() != null ? f.published() : v.substring(1);
        }
        String from = Dates.from(v);
        return from != null ? from : f.published();
    }

    /** An article that dates an upgrade or establishment differently from the reference, or names another rung. */
    private static String articleConflict(PartnershipRecord p, String date, List<HistoryRecord> refs) {
        if (!p.type().equals(PartnershipRecord.UPGRADED) && !p.type().equals(PartnershipRecord.ESTABLISHED)) {
            return null;
        }
        List<HistoryRecord> same = refs.stream().filter(r -> r.owner().equals(p.owner()) && p.rung().equals(r.rung())
                && r.datesArrival()).toList();
        if (same.isEmpty()) {
            List<HistoryRecord> any = refs.stream().filter(r -> r.owner().equals(p.owner()) && r.entersRung()
                    && r.date() != null && Dates.compatible(r.date(), date)).toList();
            return any.isEmpty() ? null : "the reference has " + any.get(0).rung() + " at " + any.get(0).date();
        }
        boolean ok = same.stream().anyMatch(r -> Dates.compatible(r.date(), date));
        return ok || date == null ? null : "the reference dates this step " + same.get(0).date();
    }

    // ---------------------------------------------------------------- store access

    /** The first {@value #PER_PAIR} statements about a pair dated in the {@value #PAIR_DAYS} days before {@code date}. */
    private List<StoredFact> monthBefore(String owner, String partner, String date) {
        if (store == null) {
            return List.of();
        }
        String to = date == null ? today() : date;
        return store.facts(FactQuery.of("partnership").pair(owner, partner).between(minusDays(to, PAIR_DAYS), to)
                .limit(PER_PAIR));
    }

    /** Statements of {@code owner} in the shortest window before {@code date} that holds enough of them. */
    private List<StoredFact> recent(String owner, String date) {
        if (store == null) {
            return List.of();
        }
        String to = date == null ? today() : date;
        List<StoredFact> got = List.of();
        for (int days : WINDOWS) {
            got = store.facts(FactQuery.of("partnership").pair(owner, null).between(minusDays(to, days), to)
                    .limit(RECENT));
            if (got.size() >= RECENT_ENOUGH) {
                break;
            }
        }
        return got;
    }

    /**
     * A pair's statements in the days after each reference step, and a sample through time: for a pair articles
     * spoke of at least twice in the last month, the first three days of every other year; for a quieter pair,
     * everything, five years at a time (at most {@value #PER_YEAR} times 3 statements per five years).
     */
    private List<StoredFact> pairSample(String a, String b, List<HistoryRecord> refs) {
        if (store == null) {
            return List.of();
        }
        Map<String, StoredFact> seen = new LinkedHashMap<>();
        for (HistoryRecord r : refs) {
            if (r.date() != null && (r.datesArrival() || r.rung() == null)) {
                add(seen, store.facts(FactQuery.of("partnership").pair(a, b)
                        .between(r.date(), plusDays(r.date(), STEP_DAYS)).limit(EVIDENCE_PER_STEP)));
            }
        }
        String now = today();
        int last = Integer.parseInt(now.substring(0, 4));
        boolean busy = store.facts(FactQuery.of("partnership").pair(a, b).between(minusDays(now, 30), now)
                .limit(2)).size() >= 2;
        for (int y = FIRST_YEAR; y <= last; y += busy ? 2 : 5) {
            String from = String.valueOf(y);
            String to = busy ? y + "-01-03" : String.valueOf(Math.min(last, y + 4));
            add(seen, store.facts(FactQuery.of("partnership").pair(a, b).between(from, to)
                    .limit(busy ? PER_YEAR : 3 * PER_YEAR)));
        }
        return new ArrayList<>(seen.values());
    }

    private static String today() {
        return java.time.LocalDate.now().toString();
    }

    private static void add(Map<String, StoredFact> seen, List<StoredFact> facts) {
        for (StoredFact f : facts) {
            seen.putIfAbsent(f.articleId() + "/" + f.fact().id(), f);
        }
    }

    /** {@code date} minus some days, as an ISO day; a year or month counts from its first day; null for null. */
    static String minusDays(String date, int days) {
        return date == null ? null : first(date).minusDays(days).toString();
    }

    static String plusDays(String date, int days) {
        return date == null ? null : first(date).plusDays(days).toString();
    }

    private static java.time.LocalDate first(String date) {
        String d = date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
        return java.time.LocalDate.parse(d);
    }
}
