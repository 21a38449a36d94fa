package org.dyad.events;

import static org.dyad.events.EventRecordTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.events.EventClusters.Cluster;
import org.dyad.events.EventClusters.Report;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.Test;

class EventClustersTest {
    private static final Evidence EV = new Evidence(0, 10, "a sentence");

    private static Report report(String article, String published, String src, String tgt, String cameo,
                                 String status, String date) {
        return new Report(event("v1", src, "e1", "COUNTRY", tgt, cameo, status, date, EV), article, published);
    }

    @Test
    void twoOutletsReportingOneVisitInOtherWordsAreOneEventWithTwoSources() {
        // outlet A: "Ruritania's foreign minister arrived in Freedonia on Monday"; outlet B, a day later:
        // "Freedonia hosted the Ruritanian minister for talks on Monday"
        List<Cluster> cs = EventClusters.of(List.of(
                report("a.html", "2031-03-04", "RUR", "FRE", "042", "happened", "2031-03-03"),
                report("b.html", "2031-03-05", "FRE", "RUR", "043", "happened", "2031-03-03")));
        assertEquals(1, cs.size());
        assertEquals(2, cs.get(0).sources());
        assertEquals("happened", cs.get(0).status());
        assertEquals("a.html", cs.get(0).lead().article(), "the earliest report leads");
    }

    @Test
    void twoVisitsByTheSamePairAMonthApartStayTwoEvents() {
        List<Cluster> cs = EventClusters.of(List.of(
                report("a.html", "2031-03-04", "RUR", "FRE", "042", "happened", "2031-03-03"),
                report("c.html", "2031-04-06", "RUR", "FRE", "042", "happened", "2031-04-05")));
        assertEquals(2, cs.size());
        assertEquals(List.of(1, 1), cs.stream().map(Cluster::sources).toList());
        assertNotEquals(cs.get(0).id(), cs.get(1).id());
    }

    @Test
    void aPlannedVisitAndTheVisitItselfAreOneEventThatHappened() {
        // the announcement names the day; the report of the visit comes after it
        List<Cluster> cs = EventClusters.of(List.of(
                report("plan.html", "2031-02-20", "RUR", "FRE", "042", "planned", "2031-03-03"),
                report("visit.html", "2031-03-04", "RUR", "FRE", "042", "happened", "2031-03-03")));
        assertEquals(1, cs.size());
        assertEquals("happened", cs.get(0).status(), "status progression: the most realised report wins");
        assertEquals("visit.html", cs.get(0).lead().article());
        assertEquals(2, cs.get(0).reports().size());
        // an undated plan published within the window before the visit joins it too
        assertEquals(1, EventClusters.of(List.of(
                report("plan.html", "2031-02-20", "RUR", "FRE", "042", "planned", null),
                report("visit.html", "2031-03-04", "RUR", "FRE", "042", "happened", "2031-03-03"))).size());
    }

    @Test
    void otherActionsDirectionsOrPolarityAreOtherEvents() {
        List<Cluster> cs = EventClusters.of(List.of(
                report("a.html", "2031-03-04", "RUR", "FRE", "111", "happened", "2031-03-03"),
                report("b.html", "2031-03-04", "FRE", "RUR", "111", "happened", "2031-03-03"),
                report("c.html", "2031-03-04", "RUR", "FRE", "057", "happened", "2031-03-03"),
                report("d.html", "2031-03-04", "RUR", "FRE", "057", "negated", "2031-03-03")));
        assertEquals(4, cs.size(), "criticism is directed; a deal not signed is not a deal signed");
    }

    @Test
    void twoRecordsOfOneArticleAreTwoEventsAndDailyReportsDoNotChain() {
        List<Cluster> same = EventClusters.of(List.of(
                report("a.html", "2031-03-05", "RUR", "FRE", "040", "happened", "2031-03-03"),
                report("a.html", "2031-03-05", "RUR", "FRE", "040", "happened", "2031-03-04")));
        assertEquals(2, same.size());
        List<Report> daily = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            String day = String.format("2031-05-%02d", d);
            daily.add(report("day" + d, day, "RUR", "FRE", "190", "happened", day));
        }
        List<Cluster> cs = EventClusters.of(daily);
        assertTrue(cs.size() >= 3, "twenty days of fighting are not one event: " + cs.size());
        assertTrue(cs.stream().allMatch(c -> c.reports().size() <= EventClusters.MAX_SPAN_DAYS + 1));
    }

    @Test
    void reportsWithNoDateAtAllAreEventsOfTheirOwnAndIdsAreStable() {
        List<Report> rs = List.of(
                report("a.html", null, "RUR", "FRE", "042", "happened", null),
                report("b.html", null, "RUR", "FRE", "042", "happened", null));
        List<Cluster> cs = EventClusters.of(rs);
        assertEquals(2, cs.size());
        assertEquals(cs.stream().map(Cluster::id).toList(),
                EventClusters.of(rs).stream().map(Cluster::id).toList());
        assertEquals(List.of(), EventClusters.of(List.of()));
    }

    @Test
    void clusteringAtQueryTimeIsFastEnough() {
        // 200,000 reports over 40 pairs, 5 families and ten years: what a busy pair query could return, and more
        Random rnd = new Random(7);
        List<Report> rs = new ArrayList<>();
        String[] roots = {"040", "042", "057", "111", "190"};
        LocalDate base = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 200_000; i++) {
            String day = base.plusDays(rnd.nextInt(3650)).toString();
            rs.add(report("art" + (i / 3), day, "C" + rnd.nextInt(8), "D" + rnd.nextInt(5), roots[rnd.nextInt(5)],
                    "happened", day));
        }
        EventClusters.of(rs.subList(0, 20_000)); // warm-up
        long t0 = System.nanoTime();
        List<Cluster> cs = EventClusters.of(rs);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("EventClusters: %d reports -> %d clusters in %.3f s (%.0f reports/s)%n", rs.size(),
                cs.size(), seconds, rs.size() / seconds);
        assertEquals(rs.size(), cs.stream().mapToInt(c -> c.reports().size()).sum());
        assertTrue(seconds < 30, "clustering 200,000 reports took " + seconds + " s");
    }
}
