package org.dyad.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

        public int total() {
            return total;
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

    /**
     * The months of the given event facts, oldest first. Only events that happened or are ongoing count unless
     * {@code allStatuses}; an event without a month in its date is placed in its article's publication month.
     *
     * @param from first month to keep (any ISO date precision), or null
     * @param to   last month to keep, or null
     */
    public static Map<String, Month> months(List<StoredFact> facts, boolean allStatuses, String from, String to) {
        Map<String, Month> months = new TreeMap<>();
        for (StoredFact f : facts) {
            EventRecord e = (EventRecord) f.fact();
            if (!allStatuses && !e.status().equals("happened") && !e.status().equals("ongoing")) {
                continue;
            }
            String start = e.date() == null ? null : e.date().from();
            boolean byPub = start == null || start.length() < 7;
            String month = byPub ? (f.published() == null || f.published().length() < 7 ? null
                    : f.published().substring(0, 7)) : start.substring(0, 7);
            if (month == null || from != null && month.compareTo(prefix(from)) < 0
                    || to != null && month.compareTo(prefix(to)) > 0) {
                continue;
            }
            Month m = months.computeIfAbsent(month, k -> new Month());
            String cat = e.plover() != null ? e.plover().category() : "CAMEO-" + e.cameo().substring(0, 2);
            m.byCategory.merge(cat, 1, Integer::sum);
            m.byQuad.merge(quad(e), 1, Integer::sum);
            m.total++;
            m.byPublication += byPub ? 1 : 0;
            m.goldsteinSum += e.goldstein();
            m.cooperative += e.goldstein() > 0 ? 1 : 0;
            m.conflictual += e.goldstein() < 0 ? 1 : 0;
        }
        return months;
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
