package org.dyad.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the reports of one real-world event: event records from several articles (or several records of one
 * article's copies) with the same actors, the same action family (CAMEO root) and dates within a window become
 * one {@link Cluster}, counted once, with the number of articles that report it as its weight.
 *
 * <p>Rules, all of which must hold for two reports to be one event:
 * <ul>
 *   <li>the same pair of actor codes: in the same direction, except for consultations (CAMEO 04), where "X visited
 *       Y", "Y hosted X" and "X and Y met" are one meeting, and for events either report marks mutual;</li>
 *   <li>the same CAMEO root ("visit" 042 and "meet" 040 are one family; "visit" and "criticize" are not);</li>
 *   <li>both negated or both not: a report that a deal was not signed is not a report that it was;</li>
 *   <li>overlapping dates, each widened by {@link #SLACK_DAYS} (outlets in other time zones, "on Tuesday" read
 *       against another publication date); a cluster never spans more than {@link #MAX_SPAN_DAYS} from its first
 *       day, so daily fighting does not chain into one event;</li>
 *   <li>at most one report per article: two records of one article are two events (the coder already merges an
 *       article's repeated mentions of one event).</li>
 * </ul>
 * An undated report is placed by its article's publication date: a report of what happened, in the
 * {@link #UNDATED_PAST_DAYS} days up to it; a planned or hypothetical one, in the {@link #UNDATED_FUTURE_DAYS} days
 * after it. A report that cannot be told apart from other events of its kind is an event of its own: one with
 * neither date, one whose date is vaguer than {@link #MAX_SPAN_DAYS} ("last month", "in 2023", "since 2013"), and
 * one without a source or target code.
 *
 * <p><b>Plans and the event itself.</b> A planned visit and the visit are one cluster when their dates meet (the
 * plan names the day, or an undated plan was published within {@link #UNDATED_FUTURE_DAYS} days before): the
 * cluster's status is the most realised of its reports (happened, then ongoing, planned, hypothetical), so the
 * visit counts once, as done, with the plan among its reports. A plan that never came true stays planned, and
 * counts that keep only what happened leave it out.
 *
 * <p>Clustering is done when facts are read (query time): sorting and one sweep per key, linear after the sort
 * (about a million reports per second on one core; see EventClustersTest). The cluster id is a digest of the key
 * and the cluster's first report, so the same reports give the same ids on every run. Stateless; thread-safe.
 */
public final class EventClusters {
    /** Days a report's date range is widened on each side before overlaps are tested. */
    public static final int SLACK_DAYS = 1;
    /** Longest span, in days from its first day, of one cluster. */
    public static final int MAX_SPAN_DAYS = 7;
    /** An undated report of a past event: the event happened in this many days up to publication. */
    public static final int UNDATED_PAST_DAYS = 7;
    /** An undated planned event: it is to happen in this many days after publication. */
    public static final int UNDATED_FUTURE_DAYS = 30;

    private static final List<String> REALISED = List.of(StatusReader.HAPPENED, StatusReader.ONGOING,
            StatusReader.PLANNED, StatusReader.HYPOTHETICAL, StatusReader.NEGATED);

    /**
     * One report: an event record and the article it came from.
     *
     * @param article   the article's identity (its store key, or the input name)
     * @param published the article's publication date (ISO date or date-time), or null
     */
    public record Report(EventRecord event, String article, String published) {
    }

    /**
     * One real-world event and its reports.
     *
     * @param id      stable id, {@code k} and 12 hex digits
     * @param lead    the report shown for the cluster: the earliest-published one with the cluster's status
     * @param status  the most realised status among the reports
     * @param reports every report, in the order of their dates
     * @param sources how many distinct articles report it
     */
    public record Cluster(String id, Report lead, String status, List<Report> reports, int sources) {
        public Cluster {
            reports = List.copyOf(reports);
        }
    }

    record Placed(Report report, long from, long to, String key) {
    }

    private EventClusters() {
    }

    /**
     * The clusters of {@code reports}: those the texts date first, by date; then those placed by publication date;
     * then those that cannot be placed in time.
     */
    public static List<Cluster> of(List<Report> reports) {
        Map<String, List<Placed>> byKey = new HashMap<>();
        List<Cluster> out = new ArrayList<>();
        Map<String, Long> days = new HashMap<>(); // dates repeat: parse each once
        List<Cluster> dated = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        for (Report r : reports) {
            long[] span = span(r, days);
            String key = key(r.event());
            if (span == null) {
                // a cluster of its own, still ordered by what date it has
                Long own = r.event().date() == null ? null : cached(days, r.event().date().from(), false);
                Long pub = cached(days, r.published(), false);
                if (own == null && pub == null) {
                    out.add(cluster(key, List.of(r)));
                } else {
                    dated.add(cluster(key, List.of(r)));
                    starts.add(own != null ? own : pub);
                }
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Placed(r, span[0], span[1], key));
            }
        }
        for (List<Placed> group : byKey.values()) {
            group.sort(Comparator.comparingLong(Placed::from).thenComparingLong(Placed::to));
            List<Open> open = new ArrayList<>();
            for (Placed p : group) {
                // reports come by start day: a cluster that cannot take this one can take no later one
                for (java.util.Iterator<Open> it = open.iterator(); it.hasNext(); ) {
                    Open c = it.next();
                    if (c.minTo + MAX_SPAN_DAYS < p.from()) {
                        dated.add(done(c.items));
                        starts.add(c.items.get(0).from());
                        it.remove();
                    }
                }
                Open into = null;
                for (Open c : open) {
                    if (c.fits(p)) {
                        into = c;
                        break;
                    }
                }
                if (into == null) {
                    into = new Open();
                    open.add(into);
                }
                into.add(p);
            }
            for (Open c : open) {
                dated.add(done(c.items));
                starts.add(c.items.get(0).from());
            }
        }
        Integer[] order = new Integer[dated.size()];
        boolean[] byPublication = new boolean[dated.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            byPublication[i] = undated(dated.get(i));
        }
        // events the texts date come first, by date; events placed only by publication date after them
        java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> byPublication[i])
                .thenComparingLong(i -> starts.get(i)).thenComparing(i -> dated.get(i).id()));
        List<Cluster> sorted = new ArrayList<>(dated.size() + out.size());
        for (int i : order) {
            sorted.add(dated.get(i));
        }
        sorted.addAll(out);
        return sorted;
    }

    /** A cluster being built: its reports, their articles, the end of their ranges and the earliest end. */
    static final class Open {
        final List<Placed> items = new ArrayList<>();
        final Set<String> articles = new java.util.HashSet<>();
        long end = Long.MIN_VALUE;
        long start = Long.MAX_VALUE;
        long minTo = Long.MAX_VALUE;
        long maxFrom = Long.MIN_VALUE;

        /**
         * Whether {@code p} overlaps the cluster's days (each side widened by {@link #SLACK_DAYS}), comes from
         * another article, and keeps every report starting within {@link #MAX_SPAN_DAYS} of the earliest end (an
         * undated plan's long range does not stretch the cluster).
         */
        boolean fits(Placed p) {
            return p.from() - SLACK_DAYS <= end + SLACK_DAYS && start - SLACK_DAYS <= p.to() + SLACK_DAYS
                    && Math.max(p.from(), maxFrom) <= Math.min(p.to(), minTo) + MAX_SPAN_DAYS
                    && !articles.contains(p.report().article());
        }

        void add(Placed p) {
            items.add(p);
            articles.add(p.report().article());
            end = Math.max(end, p.to());
            start = Math.min(start, p.from());
            minTo = Math.min(minTo, p.to());
            maxFrom = Math.max(maxFrom, p.from());
        }
    }

    private static boolean undated(Cluster c) {
        return c.reports().stream().allMatch(r -> r.event().date() == null || r.event().date().from() == null
                && r.event().date().to() == null);
    }

    private static Cluster done(List<Placed> c) {
        return cluster(c.get(0).key(), c.stream().map(Placed::report).toList());
    }

    private static Cluster cluster(String key, List<Report> reports) {
        String status = reports.stream().map(r -> r.event().status()).min(Comparator.comparingInt(EventClusters::rank))
                .orElseThrow();
        Report lead = reports.stream().filter(r -> r.event().status().equals(status))
                .min(Comparator.comparing((Report r) -> r.published() == null ? "\uffff" : r.published()))
                .orElseThrow();
        Set<String> articles = new LinkedHashSet<>();
        reports.forEach(r -> articles.add(r.article()));
        Report first = reports.get(0);
        return new Cluster(id(key + "|" + first.article() + "|" + first.event().id()), lead, status, reports,
                articles.size());
    }

    private static int rank(String status) {
        int i = REALISED.indexOf(status);
        return i < 0 ? REALISED.size() : i;
    }

    /** The pair, family and polarity two reports must share: reports of different keys are never one event. */
    public static String key(EventRecord e) {
        String s = code(e.source());
        String t = code(e.target());
        String root = e.cameo().substring(0, 2);
        boolean unordered = e.mutual() || root.equals("04");
        if (unordered && s.compareTo(t) > 0) {
            String x = s;
            s = t;
            t = x;
        }
        boolean negated = StatusReader.NEGATED.equals(e.status());
        return root + (unordered ? "|" : ">") + s + "|" + t + (negated ? "|not" : "");
    }

    private static String code(EventRecord.Actor a) {
        return a == null || a.code() == null ? "-" : a.code();
    }

    /**
     * The days (epoch days, {@code [from, to]}) the report may refer to, as clustering sees them, or null when it
     * cannot be placed in time (then it is an event of its own). A dated report's span is at most
     * {@link #MAX_SPAN_DAYS} long; an undated one's ends at publication ({@link #UNDATED_PAST_DAYS} before it) or
     * starts there ({@link #UNDATED_FUTURE_DAYS} after it).
     */
    public static long[] span(Report r) {
        return span(r, new HashMap<>());
    }

    /** {@link #span(Report)}, parsing each date string once across calls sharing {@code days}. */
    static long[] span(Report r, Map<String, Long> days) {
        EventRecord e = r.event();
        if (e.target() == null || e.target().code() == null || e.source() == null || e.source().code() == null) {
            return null; // "Vietnam upgraded ties": too little to tell one such event from another
        }
        if (e.date() != null && e.date().value() != null) {
            Long from = cached(days, e.date().from(), false);
            Long to = cached(days, e.date().to(), true);
            if (from == null || to == null || to - from > MAX_SPAN_DAYS) {
                return null; // "last month", "in 2023", "since 2013": too vague to be the same event as another
            }
            return new long[] {from, to};
        }
        Long pub = cached(days, r.published(), false);
        if (pub == null) {
            return null;
        }
        boolean intended = StatusReader.PLANNED.equals(e.status()) || StatusReader.HYPOTHETICAL.equals(e.status());
        return intended ? new long[] {pub, pub + UNDATED_FUTURE_DAYS} : new long[] {pub - UNDATED_PAST_DAYS, pub};
    }

    static Long cached(Map<String, Long> days, String v, boolean end) {
        if (v == null) {
            return null;
        }
        String k = end ? v + "/end" : v;
        Long d = days.get(k);
        if (d == null && !days.containsKey(k)) {
            d = day(v, end);
            days.put(k, d);
        }
        return d;
    }

    /** An ISO date, year-month or year as an epoch day: its first day, or its last when {@code end}. */
    private static Long day(String v, boolean end) {
        if (v == null || v.length() < 4) {
            return null;
        }
        try {
            if (v.length() >= 10) {
                return LocalDate.parse(v.substring(0, 10)).toEpochDay();
            }
            if (v.length() == 7) {
                LocalDate d = LocalDate.parse(v + "-01");
                return (end ? d.withDayOfMonth(d.lengthOfMonth()) : d).toEpochDay();
            }
            if (v.length() == 4) {
                int y = Integer.parseInt(v);
                return (end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1)).toEpochDay();
            }
        } catch (DateTimeParseException | NumberFormatException ex) {
            return null;
        }
        return null;
    }

    /** A short stable id: {@code k} and 12 hex digits of a 64-bit hash of {@code s}. */
    static String id(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        String hex = Long.toHexString(h);
        String padded = "0".repeat(Math.max(0, 16 - hex.length())) + hex;
        return "k" + padded.substring(0, 12);
    }
}
