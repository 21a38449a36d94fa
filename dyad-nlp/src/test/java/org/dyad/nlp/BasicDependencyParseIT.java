package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

/**
 * dyad's dependency parse step with the real English UD model: the basic graph it gives, the length limit, and
 * threads parsing at once with parsers of their own.
 */
class BasicDependencyParseIT {
    private static final CoreNlp NLP = CoreNlp.shared();

    private static List<Sentence> parse(String text) {
        return CoreNlpStage.convert(NLP.annotate(text, LocalDate.of(2024, 5, 2)));
    }

    /** "rel gov->dep" for every arc, by word, so a failure shows the parse. */
    private static List<String> arcs(Sentence s) {
        List<String> out = new ArrayList<>();
        for (Dependency d : s.deps()) {
            String gov = d.gov() < 0 ? "ROOT" : s.tokens().get(d.gov()).word();
            out.add(d.rel() + " " + gov + "->" + s.tokens().get(d.dep()).word());
        }
        return out;
    }

    @Test
    void givesTheBasicUniversalDependenciesGraph() {
        Sentence s = parse("The Danish minister visited Jakarta on Monday.").get(0);
        List<String> arcs = arcs(s);
        assertTrue(arcs.contains("root ROOT->visited"), arcs::toString);
        assertTrue(arcs.contains("nsubj visited->minister"), arcs::toString);
        assertTrue(arcs.contains("obj visited->Jakarta"), arcs::toString);
        assertTrue(arcs.contains("obl visited->Monday"), arcs::toString);
        assertTrue(arcs.contains("case Monday->on"), arcs::toString); // basic: "on" is an arc, not part of a label
        assertEquals(s.tokens().size(), s.deps().size(), "one head per token, the root's included");
    }

    @Test
    void leavesSentencesOverTheLengthLimitUnparsed() {
        StringBuilder longOne = new StringBuilder("The ministers of");
        for (int i = 0; longOne.toString().split(" ").length <= CoreNlpStage.MAX_SENTENCE_TOKENS; i++) {
            longOne.append(i % 2 == 0 ? " Chile and" : " Peru and");
        }
        longOne.append(" Bolivia met in Lima.");
        List<Sentence> sentences = parse(longOne + " The talks ended on Friday.");
        assertEquals(2, sentences.size());
        assertTrue(sentences.get(0).tokens().size() > CoreNlpStage.MAX_SENTENCE_TOKENS);
        assertEquals(List.of(), sentences.get(0).deps(), "a sentence over the limit keeps its tokens, without arcs");
        assertTrue(arcs(sentences.get(1)).contains("nsubj ended->talks"), "the next sentence is parsed");
    }

    @Test
    void threadsParsingAtOnceGetTheSameParsesAsOneThread() throws Exception {
        List<String> texts = List.of("Kenya and Uganda signed a border agreement in Nairobi.",
                "Police in Quito arrested two protesters outside the ministry.",
                "The foreign minister said the embargo would be lifted next year.",
                "Norway will host talks between the two sides in Oslo next month.");
        List<List<String>> alone = new ArrayList<>();
        for (String t : texts) {
            alone.add(arcs(parse(t).get(0)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> arcs(parse(t).get(0))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(alone.get(i % texts.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAPoolOfNoParsers() {
        Properties p = new Properties();
        p.setProperty("x.parsers", "0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BasicDependencyParse("x", p));
        assertEquals("x.parsers must be at least 1, got 0", e.getMessage());
    }
}
