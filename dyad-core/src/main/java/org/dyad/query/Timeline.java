package org.dyad.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** One month's figures. Not thread-safe while {@link #months} fills it; read-only after. */
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
     * @param from first month to keep (any ISO date precision), or null
     * @param to   last month to keep, or null
     */
    public static Map<String, Month> months(List<StoredFact> facts, boolean allStatuses, boolean allReports,
                                            String from, String to) {
        Map<String, Month> months = new TreeMap<>();
        for (EventClusters.Cluster c : EventClusters.of(reports(facts))) {
            List<EventClusters.Report> counted = allReports ? c.reports() : List.of(c.lead());
            for (EventClusters.Report r : counted) {
                EventRecord e = r.event();
                String status = allReports ? e.status() : c.status();
                if (!allStatuses && !status.equals("happened") && !status.equals("ongoing")) {
                    continue;
                }
                String start = e.date() == null ? null : e.date().from();
                boolean byPub = start == null || start.length() < 7;
                String pub = r.published();
                String month = byPub ? (pub == null || pub.length() < 7 ? null : pub.substring(0, 7))
                        : start.substring(0, 7);
                if (month == null || from != null && month.compareTo(prefix(from)) < 0
                        || to != null && month.compareTo(prefix(to)) > 0) {
                    continue;
                }
                Month m = months.computeIfAbsent(month, k -> new Month());
                String cat = e.plover() != null ? e.plover().category() : "CAMEO-" + e.cameo().substring(0, 2);
                m.byCategory.merge(cat, 1, Integer::sum);
                m.byQuad.merge(quad(e), 1, Integer::sum);
                m.total++;
                m.reports += allReports ? 1 : c.reports().size();
                m.byPublication += byPub ? 1 : 0;
                m.goldsteinSum += e.goldstein();
                m.cooperative += e.goldstein() > 0 ? 1 : 0;
                m.conflictual += e.goldstein() < 0 ? 1 : 0;
            }
        }
        return months;
    }

    /** Stored event facts as reports for {@link EventClusters}: the event, its article and publication date. */
    public static List<EventClusters.Report> reports(List<StoredFact> facts) {
        List<EventClusters.Report> out = new ArrayList<>(facts.size());
        for (StoredFact f : facts) {
            out.add(new EventClusters.Report((EventRecord) f.fact(), f.articleKey(), f.published()));
        }
        return out;
    }

    private static String prefix(String d) {
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
