package org.dyad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.Layers;
import org.dyad.model.Input;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Pipeline;
import org.dyad.text.CleanText;
import org.junit.jupiter.api.Test;

class CleanStageTest {

    @Test
    void declaresItsNameAndLayers() {
        CleanStage stage = new CleanStage();
        assertEquals("clean", stage.name());
        assertEquals(Set.of(Layers.INPUT), stage.requires());
        assertEquals(Set.of(Layers.CLEAN), stage.provides());
    }

    @Test
    void runsInAPipeline() throws Exception {
        Pipeline pipeline = Pipeline.of(Set.of(Layers.INPUT), List.of(new CleanStage()));
        Doc doc = new Doc("test").put(Layers.INPUT, CleanFixtures.input("[ad_1]\nText.\nSource link\n", false));
        assertEquals("Text.", pipeline.process(doc).get(Layers.CLEAN).text());
        Doc html = new Doc("page").put(Layers.INPUT, CleanFixtures.input("<nav>Menu</nav><p>Text.</p>", true));
        assertEquals("Text.", pipeline.process(html).get(Layers.CLEAN).text());
    }

    @Test
    void givesTheSameResultsOnSeveralThreads() throws Exception {
        List<Input> inputs = new ArrayList<>();
        for (String name : GoldenFilesTest.inputs().toList()) {
            String text = Files.readString(CleanFixtures.GOLDEN.resolve(name), StandardCharsets.UTF_8);
            inputs.add(CleanFixtures.input(text, name.endsWith(".html")));
        }
        CleanStage stage = new CleanStage();
        List<String> expected = inputs.stream().map(i -> render(stage.clean(i))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                runs.add(pool.submit(() -> inputs.stream().map(i -> render(stage.clean(i))).toList()));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String render(CleanText c) {
        return c.text() + "\n" + CleanFixtures.removedReport(c);
    }
}
