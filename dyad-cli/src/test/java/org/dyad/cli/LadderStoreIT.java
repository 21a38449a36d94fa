package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.ladders.PartnershipRecord;
import org.dyad.ladders.PartnershipStage;
import org.dyad.model.Source;
import org.dyad.nlp.Dyad;
import org.dyad.output.Extraction;
import org.dyad.read.ReadStage;
import org.dyad.store.FactQuery;
import org.dyad.store.Store;
import org.dyad.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * End to end: the example articles through the pipeline with the partnership stage, into a store, then
 * {@code ladder} and {@code pair} on it: stored statements come back whole and show as sources.
 */
class LadderStoreIT {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void ingestExamples() throws Exception {
        Dyad dyad = Dyad.create(ReadStage.DEFAULT_MAX_BYTES, List.of(new PartnershipStage()),
                List.of(PartnershipStage.STATEMENTS));
        db = dir.resolve("examples.db");
        try (Store store = Stores.open(db.toString())) {
            for (Path f : Cli.exampleFiles()) {
                Extraction x = dyad.process(new Source(f.toString(), Files.readAllBytes(f), Map.of()));
                store.ingest(f.toAbsolutePath().toString(), x);
            }
            List<PartnershipRecord> back = store.facts(FactQuery.of("partnership").pair("USA", "VNM")).stream()
                    .map(s -> (PartnershipRecord) s.fact()).toList();
            assertTrue(back.size() >= 10, "statements about the U.S. and Vietnam: " + back.size());
        }
    }

    private static String run(Object command, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    @Test
    void theLadderOfSeptember2023QuotesTheArticleOfThatWeek() {
        String out = run(new LadderCommand(), "VNM", "--as-of", "2023-09-12", "--db", db.toString());
        assertTrue(out.contains("United States (USA)          2023-09-10  reference https://www.csis.org/"), out);
        assertTrue(out.contains("article ") && out.contains("05-biden-hanoi-state-visit.html 2023-09-10"), out);
    }

    @Test
    void thePairHistoryHasTheArticlesStatementsBesideTheReference() {
        String out = run(new PairCommand(), "USA", "VNM", "--db", db.toString());
        assertTrue(out.contains("declined") && out.contains("16-us-vietnam-ties-mixed-statuses.txt"), out);
        assertTrue(out.contains("2023-09-10  VNM     VNM:CSP    upgraded     reference"), out);
    }
}
