package org.dyad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.Layers;
import org.dyad.clean.CleanStage;
import org.dyad.model.ArticleMeta;
import org.dyad.model.MetaValue;
import org.dyad.model.Source;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each input under {@code meta/} beside {@code NAME.expected.json}, the metadata read from it (value,
 * source, and the original text its span covers). Inputs that state no date get {@code --published 2023-05-02}
 * as a flag, which must never override a date the input states. Regenerate with {@code -Ddyad.golden.update=true}.
 */
class MetadataGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/meta");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pipeline PIPELINE = Pipeline.of(java.util.Set.of(Layers.SOURCE),
            List.of(new ReadStage(), new CleanStage(), new MetadataStage()));

    static Stream<Path> inputs() throws Exception {
        return Files.list(DIR).filter(p -> !p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void metadataMatchesTheGoldenFile(Path input) throws Exception {
        byte[] bytes = Files.readAllBytes(input);
        Doc doc = new Doc(input.toString()).put(Layers.SOURCE,
                new Source(input.toString(), bytes, Map.of("published", "2023-05-02")));
        PIPELINE.process(doc);
        ArticleMeta meta = doc.get(Layers.META);
        String original = doc.get(Layers.INPUT).text();
        ObjectNode got = JSON.createObjectNode();
        for (Map.Entry<String, MetaValue> e : meta.all().entrySet()) {
            ObjectNode f = got.putObject(e.getKey());
            f.put("value", e.getValue().value());
            f.put("source", e.getValue().source());
            if (e.getValue().span() != null) {
                f.put("text", original.substring(e.getValue().span().start(), e.getValue().span().end()));
            }
        }
        Path expected = DIR.resolve(input.getFileName().toString().replaceFirst("\\.[a-z]+$", "") + ".expected.json");
        if (Boolean.getBoolean("dyad.golden.update")) {
            Files.writeString(expected, JSON.writeValueAsString(got) + "\n");
        }
        assertTrue(Files.exists(expected), "no golden file " + expected);
        assertEquals(JSON.readTree(expected.toFile()), got);
    }

    @Test
    void everyGoldenFileHasItsInput() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".expected.json")).toList()) {
                String stem = p.getFileName().toString().replace(".expected.json", "");
                assertTrue(Files.exists(DIR.resolve(stem + ".txt")) || Files.exists(DIR.resolve(stem + ".html")),
                        "golden file without input: " + p);
            }
        }
    }
}
