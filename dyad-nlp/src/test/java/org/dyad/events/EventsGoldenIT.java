package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: the events of three bundled examples, in a compact form (who, what, status, date, rule, evidence),
 * checked by hand when written. After a deliberate change, regenerate with {@code -Ddyad.golden.update=true} and
 * read the diff before committing it.
 */
class EventsGoldenIT {
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Path GOLDEN = Path.of("src/test/resources/events");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"01-blinken-hanoi-preview.txt", "03-biden-trong-phone-call.txt",
            "16-us-vietnam-ties-mixed-statuses.txt"})
    void eventsOfTheExampleMatchTheGoldenFile(String name) throws Exception {
        Path file = EXAMPLES.resolve(name);
        List<EventRecord> events = EventsIT.DYAD.process(new Source(file.toString(), Files.readAllBytes(file), Map.of()))
                .facts(EventRecord.class);
        List<Map<String, Object>> compact = new ArrayList<>();
        for (EventRecord e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("source", e.source().code() + " (" + e.source().text() + ")");
            m.put("target", e.target() == null ? null : e.target().code() + " (" + e.target().text() + ")");
            m.put("mutual", e.mutual());
            m.put("cameo", e.cameo() + " " + e.cameoLabel());
            m.put("plover", e.plover() == null ? null : e.plover().category());
            m.put("status", e.status() + " (" + e.statusRule() + ")");
            m.put("date", e.date() == null ? null : e.date().value() + " (" + e.date().text() + ")");
            m.put("rule", e.rule());
            m.put("evidence", e.evidence().stream().map(v -> v.start() + "-" + v.end()).toList());
            compact.add(m);
        }
        String got = JSON.writeValueAsString(compact) + "\n";
        Path golden = GOLDEN.resolve(name + ".events.json");
        if (Boolean.getBoolean("dyad.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, got);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + " (run with -Ddyad.golden.update=true)");
        assertEquals(Files.readString(golden), got);
    }
}
