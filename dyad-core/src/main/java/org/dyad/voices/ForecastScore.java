package org.dyad.voices;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores forecasts against the seeds development gold ({@code forecasts} of each article). A predicted forecast
 * matches a gold one when its evidence overlaps the gold evidence (the subject: the same claim) and its source is the
 * gold's ({@code by}: a name word of the source occurs in it; the article's own forecasts match "article",
 * "author" or the outlet). One-to-one; precision, recall and F1.
 */
public final class ForecastScore {
    /** One gold forecast. */
    public record Gold(String doc, String id, String by, int start, int end) {
    }

    /** A gold forecast and the prediction that matched it, if any. */
    public record Match(Gold gold, ForecastRecord found) {
    }

    private final List<Gold> gold = new ArrayList<>();
    private final Map<String, String> files = new java.util.LinkedHashMap<>();

    public ForecastScore(JsonNode root) {
        for (JsonNode a : root.get("articles")) {
            String doc = a.get("doc_id").asText();
            files.put(doc, a.get("file").asText());
            for (JsonNode f : a.path("forecasts")) {
                JsonNode ev = f.get("evidence");
                gold.add(new Gold(doc, f.get("id").asText(), f.get("by").asText(), ev.get("start").asInt(),
                        ev.get("end").asInt()));
            }
        }
    }

    public Map<String, String> files() {
        return files;
    }

    public List<Match> match(Map<String, List<ForecastRecord>> predicted) {
        List<Match> out = new ArrayList<>();
        Set<ForecastRecord> used = new HashSet<>();
        for (Gold g : gold) {
            ForecastRecord hit = null;
            for (ForecastRecord f : predicted.getOrDefault(files.get(g.doc()), List.of())) {
                int o = Math.min(g.end(), f.evidence().get(0).end()) - Math.max(g.start(), f.evidence().get(0).start());
                if (!used.contains(f) && o > 0 && sameSource(f.source(), g.by())) {
                    hit = f;
                    break;
                }
            }
            if (hit != null) {
                used.add(hit);
            }
            out.add(new Match(g, hit));
        }
        return out;
    }

    static boolean sameSource(QuoteRecord.Speaker source, String by) {
        String g = by.toLowerCase(Locale.ROOT);
        if ("author".equals(source.how())) {
            return g.contains("article") || g.contains("author") || g.contains(source.name().toLowerCase(Locale.ROOT));
        }
        return QuoteScore.sameSpeaker(source, by);
    }

    /** Precision, recall and F1 on source and subject. */
    public String score(Map<String, List<ForecastRecord>> predicted) {
        List<Match> ms = match(predicted);
        long tp = ms.stream().filter(m -> m.found() != null).count();
        int n = predicted.values().stream().mapToInt(List::size).sum();
        double p = n == 0 ? 0 : (double) tp / n;
        double r = ms.isEmpty() ? 0 : (double) tp / ms.size();
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "forecasts source+subject  precision %.2f (%d/%d)  recall %.2f (%d/%d)  "
                + "F1 %.2f%n", p, tp, n, r, tp, ms.size(), f1);
    }
}
