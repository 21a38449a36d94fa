package org.dyad.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.events.ClusterCuts;
import org.dyad.events.EventClusters;
import org.dyad.events.EventClusters.Report;
import org.dyad.events.EventRecord;
import org.dyad.query.Timeline;
import org.dyad.store.StoredFact;

/**
 * Keeps {@code timeline_months} (V5) equal to what {@link Timeline#months} gives over all of each pair's event facts.
 * Runs inside the caller's write transaction, after an article's facts changed ({@link #update}), or rebuilds a pair
 * or the whole store ({@link #rebuild}, {@link #rebuildAll}, {@link #backfillIfPending}).
 *
 * <p><b>Which months an article can change, and how they are recomputed exactly.</b> Reports of one event are
 * clustered per key ({@link EventClusters#key}) in one sweep by first day; the sweep starts afresh at a
 * <em>cut</em> ({@link ClusterCuts}: a day that every report of the key starting before it ends more than
 * {@link EventClusters#MAX_SPAN_DAYS} days before). So:
 * <ol>
 *   <li>the clusters an added or removed report can change are those of its key between the cuts around it (found
 *       among the pair's events and the removed ones together, so the cuts hold before and after); the months to
 *       recompute run from the first to the last month those reports are placed in, and include the changed
 *       reports' own months;</li>
 *   <li>the months are recomputed from the pair's events placed in a window around them; for that to cluster as all
 *       of the pair's events do, every key in the window must have a cut inside the window before the first month,
 *       early enough that no report before it is placed in a recomputed month, and one after the last month. The
 *       bounds come from {@code EventClusters}' constants: a report is placed (its timeline month) on its first day,
 *       or {@link EventClusters#UNDATED_PAST_DAYS} after it (an undated past event); it ends at most
 *       {@link EventClusters#UNDATED_FUTURE_DAYS} after it is placed (an undated plan). Hence a cut must lie at least
 *       {@link #LEFT} days after the window's first day (a report placed before the window ends before it) and at most
 *       {@link #RIGHT} days before its last (a report placed after the window starts after it), and the first
 *       month's cut {@link EventClusters#UNDATED_PAST_DAYS} days before that month.</li>
 * </ol>
 * The window has {@link #MARGIN} days more on each side than those bounds need; if a cut is missing, it is read again
 * with {@link #WIDEST} days. Where every cut is found, the result is exactly that of clustering all the pair's events.
 *
 * <p><b>Chains.</b> A key reported at least every {@link EventClusters#MAX_SPAN_DAYS} days across the whole widest
 * window (consultations of the busiest pairs are reported almost daily for years) has no cut there. Its clusters
 * then depend on every earlier report back to the chain's start: a dense stream is cut into clusters of at most
 * {@link EventClusters#MAX_SPAN_DAYS} days in a phase set where the stream began, and one report more can shift the
 * phase of all later clusters. A sweep started afresh at the window does not fall back into that phase (tried: the
 * busiest synthetic pairs came out a few events off), so the pair must be rebuilt from all its events
 * ({@link #rebuild}): exact, at the cost of reading the pair (about a second for 40,000 events). That is not done
 * once per article: the pair is marked stale ({@code timeline_stale}, in the article's transaction) and rebuilt once,
 * by {@link #refreshStale} at the end of an ingest run or by {@link #fresh} before its timeline is read; while it is
 * stale, ingests skip its recomputation. Goldstein sums are added per row, so the mean can differ from
 * {@code Timeline}'s in the last bits of a double.
 */
public final class TimelineSummary {
    /** A cut at least this many days after the window's first day holds whatever came before the window. */
    static final int LEFT = Math.max(EventClusters.UNDATED_FUTURE_DAYS, EventClusters.MAX_SPAN_DAYS)
            + EventClusters.MAX_SPAN_DAYS;
    /** A cut at least this many days before the window's last day holds whatever comes after it. */
    static final int RIGHT = EventClusters.UNDATED_PAST_DAYS - 1;
    /** Extra days on each side of the first window. */
    static final int MARGIN = 16;
    /** Extra days on each side of the second and widest window. */
    static final int WIDEST = 128;

    /** Serialises the summary of one pair between concurrent transactions (PostgreSQL); none needed for SQLite. */
    @FunctionalInterface
    public interface PairLock {
        PairLock NONE = (x, y) -> { };

        void lock(String x, String y) throws SQLException;
    }

    private final Connection c;
    private final PairLock lock;
    private final PairEvents events;

    public TimelineSummary(Connection c, PairLock lock) {
        this.c = c;
        this.lock = lock;
        this.events = new PairEvents(c);
    }

    /** The pair's timeline rows as stored: {@code x <= y}. */
    static String[] pair(String a, String b) {
        return a.compareTo(b) <= 0 ? new String[] {a, b} : new String[] {b, a};
    }

    /** The events of an article a timeline can count; read before the article is replaced or deleted. */
    public List<StoredFact> eventsOf(long articleId) throws SQLException {
        return events.ofArticle(articleId);
    }

    /**
     * Brings the summary up to date after an article's events changed: {@code removed} (read with {@link #eventsOf}
     * before they were deleted) and {@code added} (stored now).
     */
    public void update(List<StoredFact> removed, List<StoredFact> added) throws SQLException {
        Map<List<String>, List<List<Report>>> byPair = new TreeMap<>((p, q) -> (p.get(0) + "|" + p.get(1))
                .compareTo(q.get(0) + "|" + q.get(1)));
        for (int side = 0; side < 2; side++) {
            for (StoredFact f : side == 0 ? removed : added) {
                EventRecord e = (EventRecord) f.fact();
                List<List<Report>> lists = byPair.computeIfAbsent(List.of(pair(e.source().code(),
                        e.target().code())), k -> List.of(new ArrayList<>(), new ArrayList<>()));
                lists.get(side).add(Timeline.reports(List.of(f)).get(0));
            }
        }
        for (List<String> p : byPair.keySet()) { // in one order, so that two writers cannot deadlock
            lock.lock(p.get(0), p.get(1));
        }
        for (Map.Entry<List<String>, List<List<Report>>> e : byPair.entrySet()) {
            List<Report> changed = new ArrayList<>(e.getValue().get(0));
            changed.addAll(e.getValue().get(1));
            recompute(e.getKey().get(0), e.getKey().get(1), e.getValue().get(0), changed);
        }
    }

    private void recompute(String x, String y, List<Report> removed, List<Report> changed) throws SQLException {
        Months touched = Months.of(changed);
        if (touched.empty() || stale(x, y)) {
            return; // nothing the timeline places, or the pair will be rebuilt anyway
        }
        if (touched.unreadable()) {
            markStale(x, y);
            return;
        }
        for (int margin : new int[] {MARGIN, WIDEST}) {
            long lo = touched.firstDay() - EventClusters.UNDATED_PAST_DAYS - LEFT - margin;
            long hi = touched.lastDay() + RIGHT + margin;
            List<Report> now = Timeline.reports(events.placedWithin(x, y, lo, hi));
            List<Report> union = new ArrayList<>(now);
            union.addAll(removed);
            ClusterCuts cuts = new ClusterCuts(union);
            Months months = affected(touched, changed, cuts, lo + LEFT, hi - RIGHT);
            if (months != null && cutEverywhere(cuts, lo + LEFT, months.firstDay() - EventClusters.UNDATED_PAST_DAYS,
                    months.lastDay() + 1, hi - RIGHT)) {
                new TimelineRows(c).replace(x, y, now, months.first(), months.last());
                return;
            }
        }
        markStale(x, y); // a chain: see the class comment
    }

    private boolean stale(String x, String y) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM timeline_stale WHERE x = ? AND y = ?", rs -> 1, x, y).isPresent();
    }

    private void markStale(String x, String y) throws SQLException {
        Sql.update(c, "INSERT INTO timeline_stale (x, y) VALUES (?, ?) ON CONFLICT DO NOTHING", x, y);
    }

    /**
     * Makes the pair's rows current before they are read: rebuilds the pair if it is marked stale. Needs a write
     * transaction (and, with concurrent writers, the pair's lock: taken here). Returns whether it rebuilt.
     */
    public boolean fresh(String a, String b) throws SQLException {
        String[] p = pair(a, b);
        if (!stale(p[0], p[1])) {
            return false;
        }
        lock.lock(p[0], p[1]);
        if (!stale(p[0], p[1])) {
            return false; // another transaction rebuilt it meanwhile
        }
        rebuild(p[0], p[1]);
        return true;
    }

    /** Whether a pair is marked stale (a read-only check, for readers that need no write transaction otherwise). */
    public boolean isStale(String a, String b) throws SQLException {
        String[] p = pair(a, b);
        return stale(p[0], p[1]);
    }

    /** Rebuilds every pair marked stale; returns how many. */
    public int refreshStale() throws SQLException {
        List<String[]> pairs = Sql.list(c, "SELECT x, y FROM timeline_stale ORDER BY x, y",
                rs -> new String[] {rs.getString(1), rs.getString(2)});
        for (String[] p : pairs) {
            lock.lock(p[0], p[1]);
            rebuild(p[0], p[1]);
        }
        return pairs.size();
    }

    /**
     * The months the changed reports can alter: theirs, and those of the reports of their keys between the cuts
     * around them; null when a cut is not within {@code [cutLo, cutHi]} (the window is too narrow).
     */
    private static Months affected(Months touched, List<Report> changed, ClusterCuts cuts, long cutLo, long cutHi) {
        Map<String, long[]> firstLast = new TreeMap<>();
        for (Report r : changed) {
            long[] span = EventClusters.span(r);
            if (span != null) {
                firstLast.merge(EventClusters.key(r.event()), new long[] {span[0], span[0]},
                        (p, q) -> new long[] {Math.min(p[0], q[0]), Math.max(p[1], q[1])});
            }
        }
        Months months = touched;
        for (Map.Entry<String, long[]> k : firstLast.entrySet()) {
            long[] seg = cuts.segment(k.getKey(), k.getValue()[0], k.getValue()[1]);
            if (seg[0] < cutLo || seg[1] > cutHi) {
                return null;
            }
            months = months.with(Months.of(cuts.starting(k.getKey(), seg[0], seg[1])));
        }
        return months;
    }

    /** Whether every key has a cut in {@code [lo0, hi0]} and one in {@code [lo1, hi1]}. */
    private static boolean cutEverywhere(ClusterCuts cuts, long lo0, long hi0, long lo1, long hi1) {
        return cuts.keys().stream().allMatch(k -> cuts.hasCut(k, lo0, hi0) && cuts.hasCut(k, lo1, hi1));
    }

    /** Recomputes every month of one pair from all its events. */
    public void rebuild(String a, String b) throws SQLException {
        String[] p = pair(a, b);
        new TimelineRows(c).replace(p[0], p[1], Timeline.reports(events.all(p[0], p[1])), null, null);
        Sql.update(c, "DELETE FROM timeline_stale WHERE x = ? AND y = ?", p[0], p[1]);
    }

    /** Recomputes the whole summary; returns the number of pairs. */
    public int rebuildAll() throws SQLException {
        Sql.update(c, "DELETE FROM timeline_months");
        Sql.update(c, "DELETE FROM timeline_stale");
        List<String[]> pairs = Sql.list(c, "SELECT DISTINCT a, b FROM facts WHERE kind = ? AND a IS NOT NULL"
                + " AND b IS NOT NULL", rs -> pair(rs.getString(1), rs.getString(2)), EventRecord.KIND);
        Map<String, String[]> distinct = new TreeMap<>();
        pairs.forEach(p -> distinct.put(p[0] + "|" + p[1], p));
        for (String[] p : distinct.values()) {
            rebuild(p[0], p[1]);
        }
        return distinct.size();
    }

    /**
     * Fills the summary of a store that had events before V5, once: when V5's request row is there, rebuilds
     * everything and deletes the row (in the caller's transaction). Returns whether it did.
     */
    public boolean backfillIfPending() throws SQLException {
        if (Sql.one(c, "SELECT pending FROM timeline_backfill", rs -> 1).isEmpty()) {
            return false;
        }
        rebuildAll();
        Sql.update(c, "DELETE FROM timeline_backfill");
        return true;
    }

    /** A range of months (YYYY-MM) that reports are placed in, or none. */
    record Months(String first, String last) {

        static Months of(List<Report> reports) {
            Months m = new Months(null, null);
            for (Report r : reports) {
                String month = Timeline.month(r);
                if (month != null) {
                    m = m.with(new Months(month, month));
                }
            }
            return m;
        }

        boolean empty() {
            return first == null;
        }

        Months with(Months o) {
            if (o.empty()) {
                return this;
            }
            if (empty()) {
                return o;
            }
            return new Months(first.compareTo(o.first) <= 0 ? first : o.first,
                    last.compareTo(o.last) >= 0 ? last : o.last);
        }

        /** Whether a month is not a YYYY-MM date (a publication date this code cannot read): then rebuild. */
        boolean unreadable() {
            return empty() || day(first) == null || day(last) == null;
        }

        long firstDay() {
            return day(first).toEpochDay();
        }

        long lastDay() {
            LocalDate d = day(last);
            return d.withDayOfMonth(d.lengthOfMonth()).toEpochDay();
        }

        private static LocalDate day(String month) {
            try {
                return LocalDate.parse(month + "-01");
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
