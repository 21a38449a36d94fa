package org.dyad.voices;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores quotes against the seeds development gold ({@code quotations} of each article). A gold quote is found when
 * a predicted quote's evidence overlaps its span (the words between the marks, or the reporting sentence); each
 * prediction finds at most one gold quote, the one it overlaps most. A found quote's speaker is right when a name
 * word of the predicted speaker (a surname, or a group's head noun such as "analysts") occurs in the gold speaker.
 * Reports recall, precision and speaker accuracy over the found quotes, overall and by type.
 */
public final class QuoteScore {
    /** One gold quote. */
    public record Gold(String doc, String id, String type, int start, int end, String speaker) {
    }

    /** A gold quote and the prediction that found it, if any. */
    public record Match(Gold gold, QuoteRecord found, boolean speakerRight) {
    }

    private final List<Gold> gold = new ArrayList<>();
    private final Map<String, String> files = new java.util.LinkedHashMap<>();

    public QuoteScore(JsonNode root) {
        for (JsonNode a : root.get("articles")) {
            String doc = a.get("doc_id").asText();
            files.put(doc, a.get("file").asText());
            for (JsonNode q : a.path("quotations")) {
                JsonNode span = q.get("quote");
                String type = q.get("type").asText().split("[ (]")[0];
                gold.add(new Gold(doc, q.get("id").asText(), type, span.get("start").asInt(), span.get("end").asInt(),
                        q.get("speaker").asText()));
            }
        }
    }

    /** Gold document id → seed file name. */
    public Map<String, String> files() {
        return files;
    }

    public List<Gold> gold() {
        return List.copyOf(gold);
    }

    /** Each gold quote with the prediction that found it; {@code predicted} is keyed by seed file name. */
    public List<Match> match(Map<String, List<QuoteRecord>> predicted) {
        List<Match> out = new ArrayList<>();
        Set<QuoteRecord> used = new HashSet<>();
        for (Gold g : gold) {
            QuoteRecord best = null;
            int bestOverlap = 0;
            for (QuoteRecord q : predicted.getOrDefault(files.get(g.doc()), List.of())) {
                if (used.contains(q)) {
                    continue;
                }
                int o = Math.min(g.end(), q.evidence().get(0).end()) - Math.max(g.start(), q.evidence().get(0).start());
                if (o > bestOverlap) {
                    bestOverlap = o;
                    best = q;
                }
            }
            if (best != null) {
                used.add(best);
            }
            out.add(new Match(g, best, best != null && sameSpeaker(best.speaker(), g.speaker())));
        }
        return out;
    }

    /**
     * True when the predicted speaker is the gold one: every name word of an entity ("Hanh Nguyen" is not "Nguyen
     * Phu Trong") occurs in the gold speaker, or a group's head noun ("analysts") does.
     */
    public static boolean sameSpeaker(QuoteRecord.Speaker predicted, String gold) {
        if (predicted == null || predicted.name() == null) {
            return false;
        }
        String g = gold.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : predicted.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 3 && !Set.of("the", "and", "some", "senior").contains(w)) {
                words.add(w);
            }
        }
        if (predicted.entity() != null) {
            return !words.isEmpty() && words.stream().allMatch(g::contains);
        }
        for (String w : words) {
            String stem = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (g.contains(stem) && (Speakers.GROUPS.contains(stem) || Speakers.GROUPS.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** Recall, precision and speaker accuracy, overall and by gold type. */
    public String score(Map<String, List<QuoteRecord>> predicted) {
        List<Match> ms = match(predicted);
        int predictions = predicted.values().stream().mapToInt(List::size).sum();
        StringBuilder sb = new StringBuilder();
        sb.append(line("all", ms, predictions));
        for (String type : List.of(QuoteRecord.DIRECT, QuoteRecord.MIXED, QuoteRecord.INDIRECT)) {
            sb.append(line(type, ms.stream().filter(m -> m.gold().type().equals(type)).toList(), -1));
        }
        return sb.toString();
    }

    private static String line(String label, List<Match> ms, int predictions) {
        long found = ms.stream().filter(m -> m.found() != null).count();
        long right = ms.stream().filter(Match::speakerRight).count();
        String p = predictions < 0 ? "" : String.format(Locale.ROOT, "  precision %.2f (%d/%d)",
                predictions == 0 ? 0.0 : (double) found / predictions, found, predictions);
        return String.format(Locale.ROOT, "quotes %-8s recall %.2f (%d/%d)  speaker accuracy %.2f (%d/%d)%s%n", label,
                ms.isEmpty() ? 0.0 : (double) found / ms.size(), found, ms.size(),
                found == 0 ? 0.0 : (double) right / found, right, found, p);
    }
}
