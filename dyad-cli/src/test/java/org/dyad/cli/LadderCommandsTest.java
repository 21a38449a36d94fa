package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.ladders.PartnershipRecord;
import org.dyad.output.ArticleRecord;
import org.dyad.output.Extraction;
import org.dyad.store.Store;
import org.dyad.store.Stores;
import org.dyad.text.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ladder} and {@code pair} from the reference history alone and with a store of hand-made statements. */
class LadderCommandsTest {
    @TempDir
    Path dir;

    record Out(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Out run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Out(cl.execute(args), out.toString(), err.toString());
    }

    /** The table rows (partner column) of one rung. */
    private static List<String> row(Out o, String rung) {
        List<String> partners = new ArrayList<>();
        boolean in = false;
        for (String l : o.lines()) {
            if (l.contains("(" + rung + ")")) {
                in = true;
            } else if (l.matches("^\\d .*\\((VNM|CHN):[A-Z]+\\).*") || l.isBlank()) {
                in = false;
            }
            if (in && l.matches("^\\d .*")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([A-Z]{3})\\)").matcher(l.substring(53));
                if (m.find()) {
                    partners.add(m.group(1));
                }
            }
        }
        return partners;
    }

    @Test
    void vietnamInApril2023ListsTheTopFourAndTheUnitedStatesAsAComprehensivePartnerEachWithItsSource() {
        Out o = run(new LadderCommand(), "VNM", "--as-of", "2023-04-16", "--db", dir.resolve("none.db").toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(List.of("CHN", "RUS", "IND", "KOR"), row(o, "VNM:CSP"));
        assertTrue(row(o, "VNM:CP").contains("USA"), o.out());
        for (String l : o.lines()) {
            if (l.matches("^\\d .*\\([A-Z]{3}\\).*")) {
                assertTrue(l.contains("reference http") || l.contains("article "), "no source: " + l);
            }
        }
        assertTrue(o.out().contains("17 counting the rungs above"), o.out());
    }

    @Test
    void vietnamInSeptember2023HasTheUnitedStatesAtTheTop() {
        Out o = run(new LadderCommand(), "VNM", "--as-of", "2023-09-11", "--db", dir.resolve("none.db").toString());
        assertEquals(List.of("CHN", "RUS", "IND", "KOR", "USA"), row(o, "VNM:CSP"));
        assertTrue(o.out().contains("United States (USA)          2023-09-10  reference https://www.csis.org/"),
                o.out());
    }

    @Test
    void jsonAndCsvCarryTheSameRows() throws Exception {
        Path db = dir.resolve("none.db");
        Out json = run(new LadderCommand(), "VNM", "--as-of", "2023-04-16", "--format", "json", "--db", db.toString());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("VNM", root.path("owner").asText());
        JsonNode top = root.path("rungs").get(1);
        assertEquals("VNM:CSP", top.path("rung").asText());
        assertEquals(4, top.path("partners").size());
        assertEquals("reference", top.path("partners").get(0).path("sources").get(0).path("kind").asText());
        Out csv = run(new LadderCommand(), "VNM", "--as-of", "2023-04-16", "--format", "csv", "--db", db.toString());
        assertTrue(csv.lines().get(0).startsWith("owner,as_of,rank,rung,rung_name,partner"));
        assertTrue(csv.out().contains("VNM,2023-04-16,3,VNM:CP,comprehensive partnership,USA,United States,2013-07-25,"),
                csv.out());
    }

    @Test
    void theChartIsAStandaloneSvgWithOneRowPerRung() throws Exception {
        Path svg = dir.resolve("charts/vnm.svg");
        Out o = run(new LadderCommand(), "VNM", "--as-of", "2023-09-11", "--chart", svg.toString(), "--db",
                dir.resolve("none.db").toString());
        assertEquals(0, o.code(), o.err());
        String s = Files.readString(svg);
        assertTrue(s.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        for (String rung : List.of("VNM:SR", "VNM:CSP", "VNM:SP", "VNM:CP")) {
            assertTrue(s.contains(rung + " \u00b7"), rung);
        }
        assertTrue(s.contains(">USA</text>") && s.contains("stroke=\"#d62728\""), "partners and a conflict ring");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals(2, run(new LadderCommand(), "XXX", "--db", dir.resolve("n.db").toString()).code());
        assertEquals(2, run(new LadderCommand(), "VNM", "--as-of", "April 2023").code());
        assertEquals(2, run(new LadderCommand(), "VNM", "--format", "xml").code());
        assertEquals(2, run(new PairCommand(), "USA", "Vietnam").code());
    }

    private static PartnershipRecord statement(String doc, String id, String partner, String rung, String rungName,
                                               int rank, String type, String value, String asOf) {
        String text = "Sentence " + id + " of " + doc + ".";
        return new PartnershipRecord(doc, id, "VNM", partner, "VNM", rung, rungName, rank, rungName, type,
                new PartnershipRecord.StatementDate(null, value), asOf, null, null, null, "test",
                List.of(new Evidence(0, text.length(), text)));
    }

    private static void ingest(Store st, String doc, String published, PartnershipRecord... facts) {
        ArticleRecord a = new ArticleRecord(doc, "sha-" + doc, "T", null, null, published, null, "en", "text",
                "UTF-8", "test", Map.of(), "Text.", List.of(), List.of());
        st.ingest("/tmp/" + doc, new Extraction(a, List.of(), List.of(facts), "Text."));
    }

    @Test
    void withAStoreRowsShowArticleSentencesAndThePairHistoryItsStatements() {
        Path db = dir.resolve("s.db");
        try (Store st = Stores.open(db.toString())) {
            ingest(st, "a.txt", "2023-09-11", statement("a.txt", "p1", "USA", "VNM:CSP",
                    "comprehensive strategic partnership", 1, "upgraded", "2023-09-10", "2023-09-11"));
            ingest(st, "b.txt", "2023-07-21", statement("b.txt", "p1", "USA", "VNM:SP", "strategic partnership", 2,
                    "declined", "2023-07-21", "2023-07-21"));
        }
        Out ladder = run(new LadderCommand(), "VNM", "--as-of", "2023-09-12", "--db", db.toString());
        assertTrue(ladder.out().contains("article a.txt 2023-09-11 p1: \"Sentence p1 of a.txt.\""), ladder.out());
        Out pair = run(new PairCommand(), "USA", "VNM", "--as-of", "2023-09-12", "--db", db.toString());
        assertEquals(0, pair.code(), pair.err());
        assertTrue(pair.out().contains("on Vietnam's ladder: comprehensive strategic partnership (VNM:CSP) since "
                + "2023-09-10"), pair.out());
        assertTrue(pair.out().contains("2023-07-21  VNM     VNM:SP     declined     article b.txt"), pair.out());
        assertTrue(pair.out().contains("2013-07-25  VNM     VNM:CP     established  reference https://www.csis.org/"),
                pair.out());
        Out csv = run(new PairCommand(), "USA", "VNM", "--format", "csv", "--db", db.toString());
        assertTrue(csv.out().contains("2023-07-21,VNM,VNM:SP,declined,1,,article,/tmp/b.txt,Sentence p1 of b.txt."),
                csv.out());
    }
}
