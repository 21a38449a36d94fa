package org.dyad.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorDictionary;
import org.dyad.events.EventRecord;

/**
 * Scores events against the PLOVER gold-standard records (v0.5b1: one sentence each, with source and target codes
 * and the PLOVER category): a record is right when dyad gave, for its sentence, an event whose source code is one
 * of the gold sources, whose target code is one of the gold targets (any target when the gold has none) and whose
 * PLOVER category is the gold's. dyad follows the 2021 PLOVER table, so the older names are read as: DEMAND =
 * REQUEST, DISAPPROVE = ACCUSE (not mode investigate), INVESTIGATE = ACCUSE mode investigate, FIGHT = ASSAULT with
 * context military, ASSAULT = ASSAULT without it. An organisation dyad codes as an intergovernmental one counts as
 * the gold's IGO, another organisation as NGO, and an armed group tied to no one country also as IMG.
 */
public final class PloverScore {
    /** One gold record. */
    public record Gold(String id, String text, String category, Set<String> sources, Set<String> targets) {
    }

    private static final Set<String> ARMED = Set.of("MIL", "REB");

    private final List<Gold> records = new ArrayList<>();
    private final ActorDictionary dict;

    public PloverScore(JsonNode root, ActorDictionary dict) {
        this.dict = dict;
        for (JsonNode r : root) {
            records.add(new Gold(r.get("id").asText(), r.get("text").asText(), r.get("event").asText(),
                    codes(r.get("source")), codes(r.get("target"))));
        }
    }

    private static Set<String> codes(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        if (n != null && n.isArray()) {
            for (JsonNode a : n) {
                if (a.hasNonNull("code") && !a.get("code").asText().isBlank()) {
                    out.add(a.get("code").asText());
                }
            }
        }
        return out;
    }

    public List<Gold> records() {
        return records;
    }

    /** The report for predictions keyed by record id. */
    public String score(Map<String, List<EventRecord>> predicted) {
        Tally t = new Tally();
        int actorsRight = 0;
        for (Gold g : records) {
            List<EventRecord> preds = predicted.getOrDefault(g.id(), List.of());
            String verdict = verdict(g, preds);
            if (verdict == null || !verdict.equals("no event") && !verdict.equals("other actors")) {
                actorsRight++;
            }
            t.gold(g.category(), verdict == null);
            if (verdict != null) {
                t.confused(g.category(), verdict);
            }
            for (int i = 0; i < preds.size(); i++) {
                t.predicted(g.category());
            }
        }
        int n = records.size();
        return String.format("PLOVER category accuracy with correct source and target codes: %.3f (%d of %d)%n"
                        + "records with an event between the right actors: %d (%.3f); category right among those: %.3f%n",
                Tally.recall(t.tp, n), t.tp, n, actorsRight, Tally.recall(actorsRight, n),
                Tally.recall(t.tp, actorsRight))
                + unknownCodes() + perCategory(t) + t.report("as precision/recall over all events dyad gave for these sentences", 6);
    }

    /** Group codes the gold may use besides ISO country codes. */
    private static final Set<String> GOLD_GROUPS = Set.of("IGO", "NGO", "IMG");

    /**
     * A line naming the gold codes that are neither ISO 3166 alpha-3 country codes nor IGO, NGO or IMG ("JAP" for
     * Japan, a religion code): no dyad record can match them, so the reader knows which misses are the gold's.
     */
    private String unknownCodes() {
        Map<String, Integer> odd = new java.util.TreeMap<>();
        for (Gold g : records) {
            for (Set<String> side : List.of(g.sources(), g.targets())) {
                for (String c : side) {
                    if (!GOLD_GROUPS.contains(c) && !dict.isCountry(c)) {
                        odd.merge(c, 1, Integer::sum);
                    }
                }
            }
        }
        return odd.isEmpty() ? "" : "gold codes that are not country codes (records using them cannot be matched): "
                + odd + "\n";
    }

    /**
     * Why a record was missed: null when it was hit, else the category dyad gave between the right actors, or "no
     * event", or "other actors".
     */
    private String verdict(Gold g, List<EventRecord> preds) {
        String seen = null;
        for (EventRecord p : preds) {
            if (actorsMatch(g, p)) {
                if (categoryMatches(g.category(), p)) {
                    return null;
                }
                if (seen == null) {
                    seen = p.plover() == null ? "CAMEO " + p.cameo() : p.plover().category()
                            + (p.plover().mode() == null ? "" : "/" + p.plover().mode());
                }
            }
        }
        return seen != null ? seen : preds.isEmpty() ? "no event" : "other actors";
    }

    /** One line per record, OK or MISS with the gold category and actors and the reason, for {@code --show}. */
    public String details(Map<String, List<EventRecord>> predicted) {
        StringBuilder sb = new StringBuilder();
        for (Gold g : records) {
            List<EventRecord> preds = predicted.getOrDefault(g.id(), List.of());
            String verdict = verdict(g, preds);
            sb.append(String.format("  %s %s %s %s→%s%s%n", verdict == null ? "OK  " : "MISS", g.id(), g.category(),
                    g.sources(), g.targets(), verdict == null ? "" : " | dyad: " + verdict
                            + (verdict.equals("other actors") ? " " + gave(preds) : "")));
        }
        return sb.toString();
    }

    /** What dyad gave, as "[SRC→TGT CATEGORY rule, …]". */
    private static String gave(List<EventRecord> preds) {
        List<String> out = new ArrayList<>();
        for (EventRecord p : preds) {
            out.add(code(p.source()) + "→" + code(p.target()) + " "
                    + (p.plover() == null ? "CAMEO " + p.cameo() : p.plover().category()) + " " + p.rule());
        }
        return out.toString();
    }

    private static String code(EventRecord.Actor a) {
        return a == null || a.code() == null ? "-" : a.code();
    }

    private static String perCategory(Tally t) {
        StringBuilder sb = new StringBuilder("  per category: ");
        for (Map.Entry<String, int[]> e : t.byCategory.entrySet()) {
            sb.append(String.format("%s %d/%d  ", e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        return sb.append('\n').toString();
    }

    private boolean actorsMatch(Gold g, EventRecord p) {
        Set<String> s = accepted(p.source());
        Set<String> t = accepted(p.target());
        return oriented(g, s, t) || p.mutual() && oriented(g, t, s);
    }

    private static boolean oriented(Gold g, Set<String> s, Set<String> t) {
        if (!g.sources().isEmpty() && s.stream().noneMatch(g.sources()::contains)) {
            return false;
        }
        return g.targets().isEmpty() || t.stream().anyMatch(g.targets()::contains);
    }

    /** The gold codes a predicted actor may stand for. */
    private Set<String> accepted(EventRecord.Actor a) {
        Set<String> out = new LinkedHashSet<>();
        if (a == null || a.code() == null) {
            return out;
        }
        out.add(a.code());
        if (!dict.isCountry(a.code())) {
            out.add("IGO".equals(a.sector()) ? "IGO" : "NGO");
            dict.organisationCountry(a.code()).ifPresent(out::add);
            if (a.sector() != null && ARMED.contains(a.sector()) && dict.organisationCountry(a.code()).isEmpty()) {
                out.add("IMG"); // an armed group of no one country: CAMEO's international militarized group
            }
        }
        return out;
    }

    static boolean categoryMatches(String gold, EventRecord p) {
        if (p.plover() == null) {
            return false;
        }
        String c = p.plover().category();
        String mode = p.plover().mode() == null ? "" : p.plover().mode();
        boolean military = p.plover().context() != null && p.plover().context().contains("military");
        return switch (gold) {
            case "DEMAND" -> c.equals("REQUEST");
            case "DISAPPROVE" -> c.equals("ACCUSE") && !mode.equals("investigate");
            case "INVESTIGATE" -> c.equals("ACCUSE") && mode.equals("investigate");
            case "FIGHT" -> c.equals("ASSAULT") && military;
            case "ASSAULT" -> c.equals("ASSAULT") && !military;
            default -> c.equals(gold);
        };
    }
}
