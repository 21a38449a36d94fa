package org.dyad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where {@link EventClusters} starts afresh: a <em>cut</em> of a key is a day {@code C} such that every report of
 * that key starting before {@code C} ends more than {@link EventClusters#MAX_SPAN_DAYS} days before it. At the first
 * report starting on or after a cut, the sweep has closed every cluster it had open, so the clusters of the reports
 * starting from {@code C} on do not depend on any report before it, and none of them takes an earlier report. The
 * clusters of the reports between two cuts are therefore the same whatever the reports outside them: a store can
 * recompute part of a timeline from the reports between cuts and get what clustering every report gives.
 *
 * <p>Only reports clustering places in time ({@link EventClusters#span}) take part; the others are events of their
 * own. Built from one set of reports; immutable after.
 */
public final class ClusterCuts {
    private final Map<String, Key> keys = new HashMap<>();

    /** One key's reports by first day (then last day; stable, as clustering sorts), and the latest end so far. */
    private static final class Key {
        final List<EventClusters.Report> reports = new ArrayList<>();
        final List<long[]> spans = new ArrayList<>();
        long[] maxTo;
    }

    private record Placed(EventClusters.Report report, long[] span) {
    }

    public ClusterCuts(List<EventClusters.Report> reports) {
        Map<String, List<Placed>> byKey = new HashMap<>();
        for (EventClusters.Report r : reports) {
            long[] span = EventClusters.span(r);
            if (span != null) {
                byKey.computeIfAbsent(EventClusters.key(r.event()), x -> new ArrayList<>()).add(new Placed(r, span));
            }
        }
        byKey.forEach((key, placed) -> {
            placed.sort(Comparator.comparingLong((Placed p) -> p.span()[0]).thenComparingLong(p -> p.span()[1]));
            Key k = new Key();
            k.maxTo = new long[placed.size()];
            long max = Long.MIN_VALUE;
            for (Placed p : placed) {
                k.reports.add(p.report());
                k.spans.add(p.span());
                max = Math.max(max, p.span()[1]);
                k.maxTo[k.spans.size() - 1] = max;
            }
            keys.put(key, k);
        });
    }

    /** The keys of the placed reports. */
    public Set<String> keys() {
        return keys.keySet();
    }

    /** Whether {@code key} has a cut on some day in {@code [lo, hi]} (a key without reports has one anywhere). */
    public boolean hasCut(String key, long lo, long hi) {
        Key k = keys.get(key);
        if (k == null) {
            return lo <= hi;
        }
        for (int i = 0; i <= k.spans.size(); i++) {
            if (Math.max(after(k, i), lo) <= Math.min(upTo(k, i), hi)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cuts around reports of {@code key} starting from day {@code first} to day {@code last}: the latest cut on or
     * before {@code first} and the earliest after {@code last}. The reports starting in {@code [cut0, cut1)} are
     * clustered together whatever the rest.
     */
    public long[] segment(String key, long first, long last) {
        Key k = keys.get(key);
        if (k == null) {
            return new long[] {first, last + 1};
        }
        long left = Long.MIN_VALUE;
        long right = Long.MAX_VALUE;
        for (int i = 0; i <= k.spans.size(); i++) {
            long lo = after(k, i);
            long hi = upTo(k, i);
            if (lo <= first && lo <= hi) {
                left = Math.max(left, Math.min(hi, first));
            }
            if (hi > last && lo <= hi) {
                right = Math.min(right, Math.max(lo, last + 1));
            }
        }
        return new long[] {left, right};
    }

    /** The reports of {@code key} starting on a day in {@code [from, to)}. */
    public List<EventClusters.Report> starting(String key, long from, long to) {
        Key k = keys.get(key);
        List<EventClusters.Report> out = new ArrayList<>();
        if (k != null) {
            for (int i = 0; i < k.spans.size(); i++) {
                if (k.spans.get(i)[0] >= from && k.spans.get(i)[0] < to) {
                    out.add(k.reports.get(i));
                }
            }
        }
        return out;
    }

    /** The first day of the i-th range of cuts: after the i-th report's predecessors end, plus the span limit. */
    private static long after(Key k, int i) {
        return i == 0 ? Long.MIN_VALUE : k.maxTo[i - 1] + EventClusters.MAX_SPAN_DAYS + 1;
    }

    /** The last day of the i-th range of cuts: the i-th report's first day (none after the last report). */
    private static long upTo(Key k, int i) {
        return i == k.spans.size() ? Long.MAX_VALUE : k.spans.get(i)[0];
    }
}
