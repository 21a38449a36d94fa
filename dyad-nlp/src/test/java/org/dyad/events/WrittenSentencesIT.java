package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.ActorDictionary;
import org.dyad.events.eval.PloverScore;
import org.dyad.model.Source;
import org.junit.jupiter.api.Test;

/**
 * The coder on 145 sentences written for dyad, one event each, in the PLOVER gold format
 * ({@code src/test/resources/events/written-sentences.json}; {@code dyad eval events} scores the same file). The
 * floor guards against regressions: on its first 127 sentences the score was 0.913 when they were written and
 * 0.945 after the rules their misses led to (so it is no longer a held-out set); with 18 more, 0.931 (135 of 145).
 * Each remaining miss is a known gap (listed by {@code dyad eval events FILE --show}).
 */
class WrittenSentencesIT {
    private static final Path GOLD = Path.of("src/test/resources/events/written-sentences.json");

    @Test
    void theCoderGetsNearlyAllOfOurOwnSentencesRight() throws Exception {
        JsonNode root = new ObjectMapper().readTree(GOLD.toFile());
        PloverScore score = new PloverScore(root, ActorDictionary.standard());
        Map<String, List<EventRecord>> predicted = new LinkedHashMap<>();
        for (JsonNode r : root) {
            Source s = new Source(r.get("id").asText(), r.get("text").asText().getBytes(StandardCharsets.UTF_8),
                    Map.of("published", r.get("date").asText()));
            predicted.put(r.get("id").asText(), EventsIT.DYAD.process(s).facts(EventRecord.class));
        }
        String report = score.score(predicted);
        double accuracy = Double.parseDouble(report.replaceFirst("(?s)^[^:]*: ([0-9.]+).*", "$1"));
        assertTrue(accuracy >= 0.92, () -> report + score.details(predicted));
    }
}
