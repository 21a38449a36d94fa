package org.dyad.copies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.events.EventClusters;
import org.dyad.events.EventRecord;
import org.dyad.output.Extraction;
import org.dyad.store.FactQuery;
import org.dyad.store.Store;
import org.dyad.store.StoredFact;

/**
 * The stored articles that report one of an article's events: for each of its events between two actors, the
 * stored events of that pair in the weeks around it, clustered with the article's own ({@link EventClusters}).
 * One indexed query per event.
 */
final class StoredEvents {
    /** Days before and after an event's (or the article's) date searched for other reports. */
    static final int AROUND_DAYS = 40;

    private StoredEvents() {
    }

    static Set<String> sharing(Store store, String key, Extraction x) {
        List<EventRecord> mine = x.facts(EventRecord.class);
        String published = x.article().published();
        List<EventClusters.Report> reports = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (EventRecord e : mine) {
            reports.add(new EventClusters.Report(e, key, published));
            if (e.source() == null || e.target() == null || e.source().code() == null || e.target().code() == null) {
                continue;
            }
            String day = e.date() != null && e.date().from() != null ? e.date().from() : published;
            if (day == null || day.length() < 10) {
                continue;
            }
            LocalDate d;
            try {
                d = LocalDate.parse(day.substring(0, 10));
            } catch (java.time.format.DateTimeParseException ex) {
                continue;
            }
            FactQuery q = FactQuery.of(EventRecord.KIND).pair(e.source().code(), e.target().code())
                    .between(d.minusDays(AROUND_DAYS).toString(), d.plusDays(AROUND_DAYS).toString());
            for (StoredFact f : store.facts(q)) {
                if (!f.articleKey().equals(key) && seen.add(f.articleKey() + "#" + ((EventRecord) f.fact()).id())) {
                    reports.add(new EventClusters.Report((EventRecord) f.fact(), f.articleKey(), f.published()));
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (EventClusters.Cluster c : EventClusters.of(reports)) {
            if (c.reports().stream().anyMatch(r -> r.article().equals(key))) {
                c.reports().forEach(r -> out.add(r.article()));
            }
        }
        out.remove(key);
        return out;
    }
}
