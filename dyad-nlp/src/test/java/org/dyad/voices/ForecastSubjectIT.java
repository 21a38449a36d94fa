package org.dyad.voices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dyad.model.Source;
import org.dyad.nlp.Dyad;
import org.dyad.read.ReadStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a forecast is about, read from the parse: the upgrade or visit that is said to happen, not every upgrade the
 * sentence mentions. One sentence per article, written for this test, dated 2023-04-13.
 */
class ForecastSubjectIT {
    static final Dyad DYAD = VoicesIT.DYAD;

    static List<ForecastRecord> forecasts(String sentence) throws Exception {
        String text = "title: Test\npublished: 2023-04-13\n---\nVietnam and the United States held talks in Hanoi.\n\n"
                + sentence + "\n";
        return DYAD.process(new Source("test.txt", text.getBytes(StandardCharsets.UTF_8), Map.of()))
                .facts(ForecastRecord.class);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "\"An upgrade could happen in the coming months,\" said Ana Ruiz.|upgrade happens",
        "\"Jakarta may be reluctant to officially upgrade its strategic partnership with Canberra,\" said Ana "
                + "Ruiz.|upgrade happens",
        "\"I expect the label question to be settled in the coming months,\" said Ana Ruiz.|upgrade happens",
        "\"An official upgrade before December is not deemed realistic now,\" said Ana Ruiz.|upgrade does_not_happen",
        "\"The president will visit Hanoi next month,\" said Ana Ruiz.|visit happens",
        "\"I would be surprised if a presidential visit happened before the autumn,\" said Ana Ruiz."
                + "|visit does_not_happen",
        "\"An upgrade would not change trade rules,\" said Ana Ruiz.|other does_not_happen",
        "Ana Ruiz said she expected the upgrade to lead to joint coast guard patrols.|other happens",
        "\"In July it will be ten years since the two countries declared a comprehensive partnership,\" said Ana "
                + "Ruiz.|none",
    })
    void theSubjectIsWhatIsSaidToHappen(String sentence, String expected) throws Exception {
        List<ForecastRecord> found = forecasts(sentence);
        String got = found.isEmpty() ? "none" : found.get(0).subject().kind() + " " + found.get(0).outcome();
        assertEquals(expected, got, sentence + " -> " + found);
    }
}
