package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.events.EventRecord;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.store.Store;
import org.dyad.store.Stores;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code events} and {@code timeline} on a store filled with hand-made event records (no language models). */
class EventCommandsTest {
    @TempDir
    Path dir;
    Path db;

    record Out(int code, String out) {
    }

    static Out run(Object command, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return new Out(cl.execute(args), out.toString());
    }

    static EventRecord event(String doc, String id, String src, String tgt, String cameo, double goldstein,
                             String category, String status, String date) {
        Evidence ev = new Evidence(0, 5, "Text.");
        return new EventRecord(doc, id, new EventRecord.Actor(src, "COUNTRY", null, src, "e1", src, false),
                new EventRecord.Actor(tgt, "COUNTRY", null, tgt, "e2", tgt, false), false, cameo, "label " + cameo,
                goldstein, new EventRecord.Plover(category, null, null), 1.0, status, "test",
                date == null ? null : new EventRecord.When(date, date, "time:test"), ev, ev, "test:rule", List.of(ev));
    }

    private static void ingest(Store st, String doc, String published, EventRecord... events) {
        ArticleRecord a = new ArticleRecord(doc, "sha-" + doc, "T", null, null, published, null, "en", "text",
                "UTF-8", "test", Map.of(), "Text.", List.of(), List.of());
        st.ingest("/tmp/" + doc, new Extraction(a, List.of(), List.of(events), "Text."));
    }

    @BeforeEach
    void fill() {
        db = dir.resolve("t.db");
        try (Store st = Stores.open(db.toString())) {
            fill(st);
        }
    }

    /** Two articles with events of USA, VNM and CHN, 2023-04 to 2023-09, some planned, one undated. */
    static void fill(Store st) {
        ingest(st, "a.txt", "2023-04-13",
                event("a.txt", "v1", "USA", "VNM", "042", 1.9, "CONSULT", "happened", "2023-04-15"),
                event("a.txt", "v2", "VNM", "USA", "111", -2.0, "ACCUSE", "happened", "2023-04-20"),
                event("a.txt", "v3", "USA", "VNM", "057", 8.0, "AGREE", "planned", "2023-09"),
                event("a.txt", "v4", "USA", "CHN", "163", -8.0, "SANCTION", "happened", "2023-04-02"),
                event("a.txt", "v5", "USA", "VNM", "072", 8.3, "AID", "happened", null));
        ingest(st, "b.txt", "2023-06-01",
                event("b.txt", "v1", "VNM", "USA", "190", -10.0, "ASSAULT", "ongoing", "2023-06-02"));
    }

    @Test
    void eventsListsBothDirectionsOldestFirstAndUndatedLast() {
        Out r = run(new EventsCommand(), "usa", "VNM", "--db", db.toString());
        assertEquals(ExitCodes.OK, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(6, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("2023-04-15") && lines.get(0).contains("USA(USA) -> VNM(VNM)"), r.out());
        assertTrue(lines.get(1).contains("VNM(VNM) -> USA(USA)"), r.out());
        assertTrue(lines.get(4).startsWith("(undated)"), r.out());
        assertEquals("5 events (5 reports) between USA and VNM", lines.get(5));
    }

    @Test
    void eventsFiltersByDateAndWritesJsonAndCsv() throws Exception {
        Out json = run(new EventsCommand(), "USA", "VNM", "--db", db.toString(), "--from", "2023-04", "--to", "2023-04",
                "--format", "json");
        List<String> lines = json.out().lines().toList();
        assertEquals(2, lines.size(), json.out());
        EventRecord e = new ObjectMapper().configure(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(lines.get(0), EventRecord.class);
        assertEquals("042", e.cameo());
        Out csv = run(new EventsCommand(), "USA", "VNM", "--db", db.toString(), "--format", "csv");
        assertTrue(csv.out().startsWith("date,status,source,"), csv.out());
        assertEquals(6, csv.out().lines().count());
    }

    @Test
    void timelineCountsHappenedEventsPerMonthWithBothIndices() throws Exception {
        Path svg = dir.resolve("t.svg");
        Out r = run(new TimelineCommand(), "USA", "VNM", "--db", db.toString(), "--chart", svg.toString());
        assertEquals(ExitCodes.OK, r.code());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).contains("ACCUSE") && lines.get(0).contains("goldstein"), r.out());
        // April: the visit (+1.9), the criticism (-2.0) and the undated aid placed by publication (+8.3)
        String april = lines.stream().filter(l -> l.startsWith("2023-04")).findFirst().orElseThrow();
        assertTrue(april.matches("2023-04\\s+3\\s+3\\s+1\\s.*\\s2\\.73\\s+0\\.33"), april);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2023-06")), r.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("2023-09")), "planned events are left out");
        String chart = Files.readString(svg);
        assertTrue(chart.startsWith("<svg") && chart.contains("2023-05") && chart.trim().endsWith("</svg>"));
        Out all = run(new TimelineCommand(), "USA", "VNM", "--db", db.toString(), "--all-statuses");
        assertTrue(all.out().lines().anyMatch(l -> l.startsWith("2023-09")), all.out());
    }

    @Test
    void aVisitTwoOutletsReportIsOneEventWithTwoSourcesUnlessEveryReportIsAsked() throws Exception {
        try (Store st = Stores.open(db.toString())) {
            // another outlet, a day later, in other words: Vietnam hosted the U.S. visitor on the same day
            ingest(st, "c.txt", "2023-04-16",
                    event("c.txt", "v1", "VNM", "USA", "043", 2.8, "CONSULT", "happened", "2023-04-15"));
        }
        Out r = run(new EventsCommand(), "USA", "VNM", "--db", db.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(6, lines.size(), r.out());
        assertTrue(lines.get(0).contains("2 sources") && lines.get(0).contains("a.txt"), r.out());
        assertEquals("5 events (6 reports) between USA and VNM", lines.get(5));
        Out all = run(new EventsCommand(), "USA", "VNM", "--db", db.toString(), "--all-reports");
        List<String> every = all.out().lines().toList();
        assertEquals(7, every.size(), all.out());
        String cluster = lines.get(0).split("\\s+")[lines.get(0).split("\\s+").length - 2];
        assertEquals(2, every.stream().filter(l -> l.contains(cluster)).count(), all.out());
        Out json = run(new EventsCommand(), "USA", "VNM", "--db", db.toString(), "--format", "json");
        assertTrue(json.out().lines().findFirst().orElseThrow().contains("\"cluster\":\"" + cluster + "\",\"sources\":2"),
                json.out());
        Out t = run(new TimelineCommand(), "USA", "VNM", "--db", db.toString());
        String april = t.out().lines().filter(l -> l.startsWith("2023-04")).findFirst().orElseThrow();
        assertTrue(april.matches("2023-04\\s+3\\s+4\\s+1\\s.*"), "three events, four reports: " + april);
        Out every2 = run(new TimelineCommand(), "USA", "VNM", "--db", db.toString(), "--all-reports");
        String april2 = every2.out().lines().filter(l -> l.startsWith("2023-04")).findFirst().orElseThrow();
        assertTrue(april2.matches("2023-04\\s+4\\s+4\\s+1\\s.*"), april2);
    }
}
