package org.dyad.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dyad.events.EventClusters;
import org.dyad.events.EventRecord;
import org.dyad.store.StoredFact;

/**
 * Events between two actors per month, by PLOVER category and CAMEO quad class, with two indices: the mean
 * Goldstein weight and the balance of cooperative and conflictual events. Shared by {@code dyad timeline} and the
 * web pair view.
 */
public final class Timeline {
    private Timeline() {
    }

    /** One month's figures. Not thread-safe while it is filled ({@link #add}); read-only after. */
    public static final class Month {
        final Map<String, Integer> byCategory = new TreeMap<>();
        final Map<String, Integer> byQuad = new TreeMap<>();
        int total;
        int reports;
        int byPublication;
        int cooperative;
        int conflictual;
        double goldsteinSum;

        /** Events per PLOVER category (CAMEO-NN for events PLOVER does not code). */
        public Map<String, Integer> byCategory() {
            return byCategory;
        }

        /** Events per CAMEO quad class ("1 verbal cooperation" ... "4 material conflict"). */
        public Map<String, Integer> byQuad() {
            return byQuad;
        }

        /** Events: each real-world event once, however many articles report it (unless every report is counted). */
        public int total() {
            return total;
        }

        /** The reports behind those events (the weight of the month: a much-reported event weighs more). */
        public int reports() {
            return reports;
        }

        /** Events placed in this month by their article's publication date (the text gives no month). */
        public int byPublication() {
            return byPublication;
        }

        /**
         * Adds {@code events} events of one category and quad class and their figures (one event, or a row of a
         * store's summary of several).
         */
        public void add(String category, String quad, int events, int reports, int byPublication,
                        double goldsteinSum, int cooperative, int conflictual) {
            byCategory.merge(category, events, Integer::sum);
            byQuad.merge(quad, events, Integer::sum);
            this.total += events;
            this.reports += reports;
            this.byPublication += byPublication;
            this.goldsteinSum += goldsteinSum;
            this.cooperative += cooperative;
            this.conflictual += conflictual;
        }

        /** Sum of the Goldstein weights (see {@link #goldstein()}). */
        public double goldsteinSum() {
            return goldsteinSum;
        }

        /** Events with a positive Goldstein weight. */
        public int cooperative() {
            return cooperative;
        }

        /** Events with a negative Goldstein weight. */
        public int conflictual() {
            return conflictual;
        }

        /** Mean Goldstein weight, -10 (most conflictual) to +10 (most cooperative). */
        public double goldstein() {
            return total == 0 ? 0 : goldsteinSum / total;
        }

        /** (cooperative - conflictual) / all events, -1 to +1. */
        public double balance() {
            return total == 0 ? 0 : (double) (cooperative - conflictual) / total;
        }
    }

    /** {@link #months(List, boolean, boolean, String, String)} counting each real-world event once. */
    public static Map<String, Month> months(List<StoredFact> facts, boolean allStatuses, String from, String to) {
        return months(facts, allStatuses, false, from, to);
    }

    /**
     * The months of the given event facts, oldest first. Only events that happened or are ongoing count unless
     * {@code allStatuses}; an event without a month in its date is placed in its article's publication month. Unless
     * {@code allReports}, the reports of one real-world event ({@link EventClusters}) count once, placed by the
     * cluster's lead report and with the cluster's status; {@link Month#reports()} keeps the weight.
     *
     * <p>This is the definition of a timeline: a store that keeps the months summarised
     * ({@link org.dyad.store.Store#timeline}) must give the same months as this over all the pair's facts.
     *
     * @param from first month to keep (any ISO date precision), or null
     * @param to   last month to keep, or null
     */
    public static Map<String, Month> months(List<StoredFact> facts, boolean allStatuses, boolean allReports,
                                            String from, String to) {
        Map<String, Month> months = new TreeMap<>();
        for (EventClusters.Cluster c : EventClusters.of(reports(facts))) {
            count(c, allReports, k -> {
                if (keeps(k.status(), allStatuses) && within(k.month(), from, to)) {
                    months.computeIfAbsent(k.month(), x -> new Month()).add(k.category(), k.quad(), 1, k.reports(),
                            k.byPublication() ? 1 : 0, k.goldstein(), k.goldstein() > 0 ? 1 : 0,
                            k.goldstein() < 0 ? 1 : 0);
                }
            });
        }
        return months;
    }

    /**
     * What one counted report adds to a timeline.
     *
     * @param month         YYYY-MM: of the report's date, or of its article's publication when the date has no month
     * @param status        the cluster's status (each event once) or the report's own (every report)
     * @param reports       the weight: the cluster's reports (each event once), or 1 (every report)
     * @param byPublication whether the month is the publication's
     */
    public record Counted(String month, String status, String category, String quad, int reports,
                          boolean byPublication, double goldstein) {
    }

    /**
     * The counts one cluster gives a timeline: its lead once (with the cluster's status), or every report when
     * {@code allReports}; a report with no month (undated, and its article too) gives none. Status and month filters
     * are the caller's.
     */
    public static void count(EventClusters.Cluster c, boolean allReports, Consumer<Counted> sink) {
        List<EventClusters.Report> counted = allReports ? c.reports() : List.of(c.lead());
        for (EventClusters.Report r : counted) {
            EventRecord e = r.event();
            String month = month(r);
            if (month == null) {
                continue;
            }
            String cat = e.plover() != null ? e.plover().category() : "CAMEO-" + e.cameo().substring(0, 2);
            sink.accept(new Counted(month, allReports ? e.status() : c.status(), cat, quad(e),
                    allReports ? 1 : c.reports().size(), byPublication(e), e.goldstein()));
        }
    }

    /**
     * The month (YYYY-MM) a timeline places a report in: its date's, or its article's publication month when the date
     * has no month ({@link #byPublication}); null when neither has one.
     */
    public static String month(EventClusters.Report r) {
        if (!byPublication(r.event())) {
            return r.event().date().from().substring(0, 7);
        }
        String pub = r.published();
        return pub == null || pub.length() < 7 ? null : pub.substring(0, 7);
    }

    /** Whether a timeline places the event by its article's publication date: its date has no month. */
    public static boolean byPublication(EventRecord e) {
        String start = e.date() == null ? null : e.date().from();
        return start == null || start.length() < 7;
    }

    /** Whether a timeline keeps an event of {@code status}: happened or ongoing, or any when {@code allStatuses}. */
    public static boolean keeps(String status, boolean allStatuses) {
        return allStatuses || status.equals("happened") || status.equals("ongoing");
    }

    private static boolean within(String month, String from, String to) {
        return !(from != null && month.compareTo(prefix(from)) < 0 || to != null && month.compareTo(prefix(to)) > 0);
    }

    /** Stored event facts as reports for {@link EventClusters}: the event, its article and publication date. */
    public static List<EventClusters.Report> reports(List<StoredFact> facts) {
        List<EventClusters.Report> out = new ArrayList<>(facts.size());
        for (StoredFact f : facts) {
            out.add(new EventClusters.Report((EventRecord) f.fact(), f.articleKey(), f.published()));
        }
        return out;
    }

    /** The month bound a from/to date gives ({@code 2023-04-17} gives {@code 2023-04}; shorter ones stay). */
    public static String prefix(String d) {
        return d.length() >= 7 ? d.substring(0, 7) : d;
    }

    /** CAMEO's quad class of an event, from its root. */
    public static String quad(EventRecord e) {
        int root = Integer.parseInt(e.cameo().substring(0, 2));
        if (root <= 5) {
            return "1 verbal cooperation";
        }
        if (root <= 8) {
            return "2 material cooperation";
        }
        if (root <= 13) {
            return "3 verbal conflict";
        }
        return "4 material conflict";
    }
}
