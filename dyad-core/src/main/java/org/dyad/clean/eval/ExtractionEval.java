package org.dyad.clean.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.Layers;
import org.dyad.clean.CleanStage;
import org.dyad.model.ArticleMeta;
import org.dyad.model.Source;
import org.dyad.pipeline.BadInputException;
import org.dyad.pipeline.Doc;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.MetadataStage;
import org.dyad.read.ReadStage;

/**
 * Scores HTML article extraction (read, clean, meta; no NLP) on pages with golden files: for each {@code NAME.html},
 * {@code NAME.expected.json} gives the {@code title}, {@code author}, {@code published} date and {@code body}
 * paragraphs a reader would call the article, and {@code kept}: lines the cleaned text may keep besides the body (the
 * byline and dateline, which dyad keeps in the text on purpose and reads metadata from; a standfirst). Body:
 * token-level precision and recall of the cleaned text against the body (lower-cased words and numbers, as
 * multisets; the tokens of the title and of the {@code kept} lines are not counted against it). Fields: exact match after white-space and
 * case folding ({@code null} expected means the page states none, and none must be found).
 *
 * <p>Run: {@code java -cp ... org.dyad.clean.eval.ExtractionEval DIR} (bench/extraction.sh).
 */
public final class ExtractionEval {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pipeline PIPELINE = Pipeline.of(Set.of(Layers.SOURCE),
            List.of(new ReadStage(), new CleanStage(), new MetadataStage()));
    static final List<String> FIELDS = List.of("title", "author", "published");

    /** One page's scores. */
    public record PageScore(String page, int common, int extracted, int gold, Map<String, Boolean> fields,
                            Map<String, String> got, List<String> missed, List<String> extra) {
        public double precision() {
            return extracted == 0 ? 0 : (double) common / extracted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) common / gold;
        }
    }

    private ExtractionEval() {
    }

    public static List<PageScore> score(Path dir) throws IOException, BadInputException {
        List<PageScore> out = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String name = page.getFileName().toString().replace(".html", "");
            JsonNode gold = JSON.readTree(dir.resolve(name + ".expected.json").toFile());
            Doc doc = new Doc(page.toString()).put(Layers.SOURCE, new Source(page.toString(), Files.readAllBytes(page), Map.of()));
            PIPELINE.process(doc);
            ArticleMeta meta = doc.get(Layers.META);
            out.add(score(name, gold, doc.get(Layers.CLEAN).text(), meta));
        }
        return out;
    }

    static PageScore score(String name, JsonNode gold, String text, ArticleMeta meta) {
        StringBuilder body = new StringBuilder();
        gold.get("body").forEach(p -> body.append(p.asText()).append('\n'));
        Map<String, Integer> want = counts(body.toString());
        Map<String, Integer> got = counts(text);
        List<String> excused = new ArrayList<>();
        if (gold.hasNonNull("title")) {
            excused.add(gold.get("title").asText());
        }
        gold.path("kept").forEach(k -> excused.add(k.asText()));
        for (String line : excused) {
            // Only the surplus over the body's own count is excused, so a body word is never taken away.
            counts(line).forEach((t, n) -> got.computeIfPresent(t, (k, v) -> {
                int left = v - Math.min(n, Math.max(0, v - want.getOrDefault(t, 0)));
                return left > 0 ? left : null;
            }));
        }
        int common = 0;
        List<String> missed = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (Map.Entry<String, Integer> e : want.entrySet()) {
            int g = got.getOrDefault(e.getKey(), 0);
            common += Math.min(g, e.getValue());
            if (g < e.getValue()) {
                missed.add(e.getKey());
            }
        }
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            if (e.getValue() > want.getOrDefault(e.getKey(), 0)) {
                extra.add(e.getKey());
            }
        }
        Map<String, Boolean> fields = new java.util.LinkedHashMap<>();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String f : FIELDS) {
            String expected = gold.hasNonNull(f) ? gold.get(f).asText() : null;
            String actual = meta.value(f);
            values.put(f, actual);
            fields.put(f, expected == null ? actual == null : actual != null && norm(expected).equals(norm(actual)));
        }
        return new PageScore(name, common, sum(got), sum(want), fields, values, missed, extra);
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static int sum(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> m = new HashMap<>();
        Matcher t = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (t.find()) {
            m.merge(t.group(), 1, Integer::sum);
        }
        return m;
    }

    /** Prints the table: per page, then micro-averaged body scores and field accuracy. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "dyad-core/src/test/resources/extraction");
        boolean verbose = args.length > 1 && args[1].equals("-v");
        List<PageScore> scores = score(dir);
        System.out.printf("%-20s %9s %9s  %-5s %-6s %-9s%n", "page", "precision", "recall", "title", "author", "published");
        int common = 0;
        int extracted = 0;
        int gold = 0;
        Map<String, Integer> right = new HashMap<>();
        for (PageScore s : scores) {
            System.out.printf("%-20s %9.3f %9.3f  %-5s %-6s %-9s%n", s.page(), s.precision(), s.recall(),
                    mark(s, "title"), mark(s, "author"), mark(s, "published"));
            if (verbose) {
                System.out.println("    got: " + s.got() + "\n    missed: " + s.missed() + "\n    extra: " + s.extra());
            }
            common += s.common();
            extracted += s.extracted();
            gold += s.gold();
            s.fields().forEach((f, ok) -> right.merge(f, ok ? 1 : 0, Integer::sum));
        }
        System.out.printf("%-20s %9.3f %9.3f  %d/%d   %d/%d    %d/%d  (%d pages; body micro-averaged over tokens)%n",
                "all", (double) common / extracted, (double) common / gold, right.get("title"), scores.size(),
                right.get("author"), scores.size(), right.get("published"), scores.size(), scores.size());
    }

    private static String mark(PageScore s, String field) {
        return s.fields().get(field) ? "ok" : "WRONG";
    }
}
