package org.dyad.events;

import static org.dyad.events.EventRecordTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.Test;

class ClusterCutsTest {
    private static final Evidence EV = new Evidence(0, 4, "met.");
    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    private static EventClusters.Report report(int article, LocalDate day, String status, boolean dated) {
        return new EventClusters.Report(event("v1", "USA", "e1", "COUNTRY", "VNM", "042", status,
                dated ? day.toString() : null, EV), "a" + article, (dated ? day.plusDays(1) : day).toString());
    }

    /** Each cluster as the sorted articles of its reports. */
    private static Set<String> clusters(List<EventClusters.Report> reports) {
        return EventClusters.of(reports).stream().map(c -> c.reports().stream().map(EventClusters.Report::article)
                .sorted().collect(Collectors.joining(","))).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void fromACutOnTheClustersAreThoseOfTheReportsFromTheCutAlone() {
        Random r = new Random(3);
        int cutsSeen = 0;
        for (int round = 0; round < 30; round++) {
            List<EventClusters.Report> all = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                double s = r.nextDouble();
                all.add(report(i, START.plusDays(r.nextInt(200)), s < 0.2 ? "planned" : "happened", s > 0.3));
            }
            ClusterCuts cuts = new ClusterCuts(all);
            String key = EventClusters.key(all.get(0).event());
            for (long day = START.toEpochDay() - 40; day < START.toEpochDay() + 240; day++) {
                if (!cuts.hasCut(key, day, day)) {
                    continue;
                }
                cutsSeen++;
                long cut = day;
                List<EventClusters.Report> after = all.stream().filter(x -> EventClusters.span(x)[0] >= cut).toList();
                List<EventClusters.Report> before = all.stream().filter(x -> EventClusters.span(x)[0] < cut)
                        .toList();
                Set<String> both = new TreeSet<>(clusters(before));
                both.addAll(clusters(after));
                assertEquals(clusters(all), both, "cut at " + LocalDate.ofEpochDay(cut));
            }
        }
        assertTrue(cutsSeen > 100, "the random reports leave cuts to check: " + cutsSeen);
    }

    @Test
    void aSegmentIsBoundedByTheNearestCutsAndAChainHasNone() {
        List<EventClusters.Report> chain = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            chain.add(report(i, START.plusDays(5L * i), "happened", true)); // a report every 5 days
        }
        chain.add(report(99, START.plusDays(300), "happened", true));
        ClusterCuts cuts = new ClusterCuts(chain);
        String key = EventClusters.key(chain.get(0).event());
        long first = START.toEpochDay();
        assertFalse(cuts.hasCut(key, first + 1, first + 5 * 29), "no cut inside the chain");
        long[] seg = cuts.segment(key, first + 50, first + 50);
        assertEquals(first, seg[0], "the chain's first day");
        assertEquals(first + 5 * 29 + EventClusters.MAX_SPAN_DAYS + 1, seg[1], "the first day after the chain");
        assertEquals(30, cuts.starting(key, seg[0], seg[1]).size());
        assertTrue(cuts.hasCut("another key", 0, 0), "a key without reports is cut anywhere");
    }
}
