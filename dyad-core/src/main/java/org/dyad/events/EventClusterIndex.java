package org.dyad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link EventClusters} one article at a time, for a run that sees articles in turn ({@code dyad extract} over
 * several inputs): each report joins the first cluster of the run it fits, by the same rules, or starts one. A
 * cluster's id is made from its first report in the order of the run, so ids are stable for the same inputs in the
 * same order (not across runs in another order, nor equal to the ids {@code dyad events} gives a store). Keeps
 * every cluster of the run in memory. Not thread-safe.
 */
public final class EventClusterIndex {
    private final Map<String, List<EventClusters.Open>> byKey = new HashMap<>();
    private final Map<EventClusters.Open, String> ids = new HashMap<>();
    private final Map<String, Long> days = new HashMap<>();

    /**
     * Where one report went.
     *
     * @param cluster the cluster's id
     * @param others  the other articles that reported it before this one, in order
     */
    public record Placed(String cluster, List<String> others) {
    }

    /** Adds one article's reports; returns, for each, its cluster (the same order as {@code reports}). */
    public List<Placed> add(List<EventClusters.Report> reports) {
        List<Placed> out = new ArrayList<>(reports.size());
        for (EventClusters.Report r : reports) {
            String key = EventClusters.key(r.event());
            long[] span = EventClusters.span(r, days);
            String first = EventClusters.id(key + "|" + r.article() + "|" + r.event().id());
            if (span == null) {
                out.add(new Placed(first, List.of()));
                continue;
            }
            EventClusters.Placed p = new EventClusters.Placed(r, span[0], span[1], key);
            List<EventClusters.Open> open = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            EventClusters.Open into = null;
            for (EventClusters.Open c : open) {
                if (c.fits(p)) {
                    into = c;
                    break;
                }
            }
            if (into == null) {
                into = new EventClusters.Open();
                open.add(into);
                ids.put(into, first);
            }
            Set<String> others = new LinkedHashSet<>();
            into.items.forEach(q -> others.add(q.report().article()));
            into.add(p);
            out.add(new Placed(ids.get(into), List.copyOf(others)));
        }
        return out;
    }
}
