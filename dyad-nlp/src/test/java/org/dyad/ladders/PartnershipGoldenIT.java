package org.dyad.ladders;

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
 * Golden files: the partnership statements of three bundled examples in a compact form (pair, rung, type, date,
 * members, the words as stated, rule, evidence), checked by hand when written. After a deliberate change,
 * regenerate with {@code -Ddyad.golden.update=true} in the test JVM and read the diff before committing it.
 */
class PartnershipGoldenIT {
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Path GOLDEN = Path.of("src/test/resources/ladders");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"04-us-vietnam-upgrade-forecasts.txt", "05-biden-hanoi-state-visit.html",
            "16-us-vietnam-ties-mixed-statuses.txt"})
    void statementsOfTheExampleMatchTheGoldenFile(String name) throws Exception {
        Path file = EXAMPLES.resolve(name);
        List<PartnershipRecord> found = PartnershipStageIT.DYAD.process(new Source(file.toString(),
                Files.readAllBytes(file), Map.of())).facts(PartnershipRecord.class);
        String original = Files.readString(file);
        List<Map<String, Object>> compact = new ArrayList<>();
        for (PartnershipRecord r : found) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("pair", r.owner() + " " + (r.partner() == null ? "-" : r.partner()));
            m.put("rung", r.rung() + " (rank " + r.rank() + ")");
            m.put("type", r.type());
            m.put("date", r.date() == null ? null : r.date().value() + (r.date().text() == null ? ""
                    : " (" + r.date().text() + ")"));
            m.put("count", r.count());
            m.put("members", r.members());
            m.put("as_stated", r.asStated());
            m.put("rule", r.rule());
            m.put("note", r.note());
            var ev = r.evidence().get(0);
            m.put("evidence", ev.start() + "-" + ev.end() + " " + ev.text().replaceAll("\\s+", " "));
            assertEquals(ev.text(), original.substring(original.offsetByCodePoints(0, ev.start()),
                    original.offsetByCodePoints(0, ev.end())), "evidence quotes the original");
            compact.add(m);
        }
        String got = JSON.writeValueAsString(compact) + "\n";
        Path golden = GOLDEN.resolve(name + ".partnerships.json");
        if (Boolean.getBoolean("dyad.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, got);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + " (run with -Ddyad.golden.update=true)");
        assertEquals(Files.readString(golden), got);
    }
}
