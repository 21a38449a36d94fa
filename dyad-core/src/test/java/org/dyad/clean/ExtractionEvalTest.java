package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.clean.eval.ExtractionEval;
import org.junit.jupiter.api.Test;

/**
 * HTML extraction on the twelve evaluation pages stays at least as good as measured (bench/results/extraction-*.txt):
 * every body word found, body precision over the floor, and the metadata fields right on at least as many pages.
 */
class ExtractionEvalTest {
    private static final Path DIR = Path.of("src/test/resources/extraction");

    @Test
    void bodyAndFieldsScoreAtLeastTheMeasuredFigures() throws Exception {
        List<ExtractionEval.PageScore> scores = ExtractionEval.score(DIR);
        assertEquals(12, scores.size());
        int common = 0;
        int extracted = 0;
        int gold = 0;
        int[] right = new int[3];
        for (ExtractionEval.PageScore s : scores) {
            common += s.common();
            extracted += s.extracted();
            gold += s.gold();
            assertTrue(s.recall() >= 0.98, s.page() + " lost body text: " + s.missed());
            right[0] += s.fields().get("title") ? 1 : 0;
            right[1] += s.fields().get("author") ? 1 : 0;
            right[2] += s.fields().get("published") ? 1 : 0;
        }
        assertTrue((double) common / extracted >= PRECISION, "body precision " + (double) common / extracted);
        assertTrue((double) common / gold >= 0.99, "body recall " + (double) common / gold);
        assertTrue(right[0] >= TITLES && right[1] >= AUTHORS && right[2] >= DATES,
                "fields right: title " + right[0] + ", author " + right[1] + ", published " + right[2]);
    }

    @Test
    void everyPageHasItsGoldenFileAndIsListedInTheReadme() throws Exception {
        String readme = Files.readString(DIR.resolve("README.md"));
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String stem = p.getFileName().toString().replace(".html", "");
                assertTrue(Files.exists(DIR.resolve(stem + ".expected.json")), "no golden file for " + p);
                assertTrue(readme.contains("`" + stem + "`"), stem + " is not listed in README.md");
            }
        }
    }

    static final double PRECISION = 0.94;
    static final int TITLES = 12;
    static final int AUTHORS = 11;
    static final int DATES = 11;
}
