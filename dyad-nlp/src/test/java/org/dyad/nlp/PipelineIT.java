package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dyad.Layers;
import org.dyad.model.Entity;
import org.dyad.model.Source;
import org.dyad.model.TimeExpr;
import org.dyad.output.Extraction;
import org.dyad.pipeline.Doc;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole pipeline with the real CoreNLP models, on the bundled examples (golden entity lists) and on the shared
 * seed articles when they are present.
 */
class PipelineIT {
    static final Dyad DYAD = Dyad.standard();
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path SEEDS = Path.of(System.getProperty("dyad.seeds", "../../shared/seeds"));

    private static Doc run(Path file, Map<String, String> hints) throws Exception {
        return DYAD.processDoc(new Source(file.toString(), Files.readAllBytes(file), hints));
    }

    static Stream<Path> examples() throws Exception {
        return Files.list(EXAMPLES).filter(p -> p.toString().matches(".*\\.(txt|html)$")).sorted();
    }

    /**
     * Golden entity lists: one line per entity, "TYPE name code actor|place title". Checked by hand when written;
     * regenerate with -Ddyad.golden.update=true after a deliberate change, and read the diff.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void entitiesOfEachExampleMatchTheGoldenList(Path example) throws Exception {
        Doc doc = run(example, Map.of());
        String got = doc.get(Layers.ENTITIES).stream()
                .map(e -> String.join("\t", e.type().name(), e.name(), String.valueOf(e.code()),
                        e.isActor() ? "actor" : "place", String.valueOf(e.title())))
                .collect(Collectors.joining("\n", "", "\n"));
        Path golden = GOLDEN.resolve(example.getFileName() + ".entities.tsv");
        if (Boolean.getBoolean("dyad.golden.update")) {
            Files.writeString(golden, got);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + " (run with -Ddyad.golden.update=true)");
        assertEquals(Files.readString(golden), got);
    }

    @Test
    void everyEvidenceSpanOfEveryExampleSlicesTheOriginal() throws Exception {
        for (Path p : examples().toList()) {
            Extraction x = DYAD.process(new Source(p.toString(), Files.readAllBytes(p), Map.of()));
            String original = x.original();
            for (var r : x.records()) {
                for (var ev : r.evidence()) {
                    int s = original.offsetByCodePoints(0, ev.start());
                    int e = original.offsetByCodePoints(s, ev.end() - ev.start());
                    assertEquals(ev.text(), original.substring(s, e), p + " " + r.kind());
                }
            }
        }
    }

    @Test
    void aPreviewPublishedOnThursdayPutsFridayThroughSundayInTheComingDays() throws Exception {
        Path seed = seed("000_");
        Doc doc = run(seed, Map.of());
        assertEquals("2023-04-13", doc.get(Layers.META).value("published"), "the byline gives the date");
        TimeExpr fri = doc.get(Layers.TIMES).stream().filter(t -> t.text().equals("Friday through Sunday"))
                .findFirst().orElseThrow(() -> new AssertionError("no 'Friday through Sunday' in " + doc.get(Layers.TIMES)));
        assertEquals("2023-04-14/2023-04-16", fri.value());
        String clean = doc.get(Layers.CLEAN).text();
        assertFalse(clean.contains("cookies"), "the cookie notices at the end are boilerplate");
        assertTrue(clean.contains("By Gabriel Dominguez"), "the byline is article text");
        List<Entity> es = doc.get(Layers.ENTITIES);
        Entity blinken = es.stream().filter(e -> e.name().equals("Antony Blinken")).findFirst().orElseThrow();
        assertEquals("U.S. Secretary of State", blinken.title());
        assertEquals("USA", blinken.code());
        assertTrue(blinken.mentions().size() >= 3, "short forms merge into the full name");
        Entity poling = es.stream().filter(e -> e.name().equals("Gregory Poling")).findFirst().orElseThrow();
        assertTrue(poling.title().startsWith("director of the Southeast Asia Program at the U.S.-based Center for "
                + "Strategic and International Studies"), poling.title());
    }

    @Test
    void aContentFarmCopyLosesItsAdMarkersAndAFlagDatesAnUndatedArticle() throws Exception {
        Doc doc = run(seed("003_"), Map.of("published", "2022-02-20"));
        String clean = doc.get(Layers.CLEAN).text();
        assertFalse(clean.contains("[ad_1]") || clean.contains("[ad_2]") || clean.contains("Source link"));
        assertEquals("flag", doc.get(Layers.META).get("published").orElseThrow().source());
    }

    private static Path seed(String prefix) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "shared seeds not present at " + SEEDS);
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }
}
