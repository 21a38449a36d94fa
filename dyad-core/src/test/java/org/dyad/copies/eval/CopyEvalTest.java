package org.dyad.copies.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.copies.Classifier;
import org.dyad.copies.CopyType;
import org.dyad.copies.Signature;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CopyEvalTest {
    private static final Path EXAMPLES = Path.of("../examples");
    /** Real articles with a spun copy and a bad translation (of articles not in the folder), read at test time. */
    private static final Path SEEDS = Path.of("/work/shared/seeds");

    @Test
    void theExamplesMeetTheTargetsOnExactNearAndSpunCopies() throws IOException {
        List<CopyEval.Item> items = CopyEval.load(EXAMPLES);
        assertEquals(18, items.size());
        Map<String, CopyEval.Item> byNum = new HashMap<>();
        items.forEach(it -> byNum.put(it.name().substring(0, 2), it));
        List<CopyEval.Item> sources = items.stream().filter(it -> !Set.of("06", "09")
                .contains(it.name().substring(0, 2))).toList();
        List<CopyEval.Item> extra = List.of(new CopyEval.Item(byNum.get("06").name(), byNum.get("05").name(),
                byNum.get("06").text()), new CopyEval.Item(byNum.get("09").name(), byNum.get("08").name(),
                byNum.get("09").text()));
        CopyEval.Report r = CopyEval.run(sources, extra, Map.of(
                Set.of(byNum.get("05").name(), byNum.get("06").name()), CopyType.SPUN,
                Set.of(byNum.get("08").name(), byNum.get("09").name()), CopyType.TRANSLATED), 6);
        for (CopyType t : List.of(CopyType.EXACT, CopyType.NEAR, CopyType.SPUN)) {
            assertTrue(r.precision(t) >= 0.95 && r.recall(t) >= 0.90, t + "\n" + r.format());
        }
    }

    @Test
    void theRealSeedsAreNotCopiesOfEachOther() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "no seeds folder");
        List<Path> files;
        try (var s = Files.list(SEEDS)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                var m = Classifier.classify(Signature.of(Files.readString(files.get(i))),
                        Signature.of(Files.readString(files.get(j))));
                assertTrue(m.isEmpty() || m.get().type() == CopyType.SAME_STORY,
                        files.get(i).getFileName() + " ~ " + files.get(j).getFileName() + ": " + m);
            }
        }
    }

    @Test
    void theSeedsSurviveTheirOwnTransformations() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "no seeds folder");
        java.util.SplittableRandom r = new java.util.SplittableRandom(2);
        try (var s = Files.list(SEEDS)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                Signature src = Signature.of(text);
                assertEquals(CopyType.NEAR, Classifier.classify(src, Signature.of(Variants.boilerplate(text, r)))
                        .orElseThrow().type(), f.toString());
                // 003 is itself a spun text with few of the spinner's words left: lightly re-spun, it is near.
                CopyType spun = Classifier.classify(src, Signature.of(Variants.spin(text, CopyEval.SPIN_RATE, r)))
                        .orElseThrow().type();
                assertTrue(spun == CopyType.SPUN || spun == CopyType.NEAR, f + ": " + spun);
            }
        }
    }
}
