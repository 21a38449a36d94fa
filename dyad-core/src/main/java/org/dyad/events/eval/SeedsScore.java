package org.dyad.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorDictionary;
import org.dyad.events.EventRecord;

/**
 * Scores events against the seeds-dev gold ({@code articles[].events[]}): a predicted event matches a gold event
 * when its source code is one the gold actor names, its target code one the gold target names (for "bilateral"
 * the other side; for a target dyad's dictionaries cannot code, no target or the source's own country), its CAMEO
 * two-digit root is the gold code's root or the root of one of the gold's alternatives ({@code alt_cameo}), and its
 * status is the gold status's first word. One-to-one, greedy in gold order. Mutual events match in either order.
 */
public final class SeedsScore {
    /** One gold article. */
    public record Article(String file, LocalDate published, List<Gold> events) {
    }

    /** One gold event, with the codes its actor texts stand for. */
    public record Gold(String id, String actor, String target, Set<String> sources, Set<String> targets,
                       String root, Set<String> roots, Set<String> codes, String status) {
    }

    private final List<Article> articles = new ArrayList<>();

    /** Reads the gold file's tree (its {@code articles} array). */
    public SeedsScore(JsonNode gold, ActorDictionary dict) {
        GoldActors actors = new GoldActors(dict);
        for (JsonNode a : gold.get("articles")) {
            JsonNode pub = a.path("metadata").path("publication_date").path("value");
            LocalDate date = pub.isTextual() ? LocalDate.parse(pub.asText()) : null;
            List<Gold> events = new ArrayList<>();
            for (JsonNode e : a.path("events")) {
                Set<String> roots = new java.util.LinkedHashSet<>();
                Set<String> codes = new HashSet<>();
                String root = e.get("cameo").asText().substring(0, 2);
                roots.add(root);
                codes.add(e.get("cameo").asText());
                for (JsonNode alt : e.path("alt_cameo")) {
                    roots.add(alt.asText().substring(0, 2));
                    codes.add(alt.asText());
                }
                String status = e.get("status").asText().trim().split("[\\s(]")[0].toLowerCase(Locale.ROOT);
                events.add(new Gold(e.get("id").asText(), e.get("actor").asText(), e.path("target").asText(null),
                        actors.codes(e.get("actor").asText(), date), actors.codes(e.path("target").asText(null), date),
                        root, roots, codes, status));
            }
            articles.add(new Article(a.get("file").asText(), date, events));
        }
    }

    public List<Article> articles() {
        return articles;
    }

    /** Whether a file is one of the gold's articles. */
    public boolean covers(String file) {
        return articles.stream().anyMatch(a -> a.file().equals(file));
    }

    /**
     * The report for predictions keyed by article file name: strict (gold root only) and with the gold's
     * alternatives; overall and by CAMEO root, with the confusions of the weakest roots.
     */
    public String score(Map<String, List<EventRecord>> predicted) {
        Tally withAlt = tally(predicted, true);
        Tally strict = tally(predicted, false);
        Tally anyStatus = tallyIgnoringStatus(predicted);
        return withAlt.report("events (source, target, CAMEO root or gold alternative, status)", 5)
                + String.format("strict (gold CAMEO root only): P %.3f R %.3f F1 %.3f%n",
                Tally.precision(strict.tp, strict.predicted), Tally.recall(strict.tp, strict.gold),
                Tally.f1(strict.tp, strict.gold, strict.predicted))
                + String.format("ignoring status: P %.3f R %.3f F1 %.3f%n",
                Tally.precision(anyStatus.tp, anyStatus.predicted), Tally.recall(anyStatus.tp, anyStatus.gold),
                Tally.f1(anyStatus.tp, anyStatus.gold, anyStatus.predicted));
    }

    /**
     * Pairs gold and predicted events of one article, one to one: first those whose CAMEO code is the gold code or an
     * alternative exactly, then those that agree on the root only, so that a visit is not paired with a meeting
     * when both are there.
     */
    private static int[] pair(List<Gold> golds, List<EventRecord> preds, boolean alternatives, boolean status) {
        int[] hit = new int[golds.size()];
        java.util.Arrays.fill(hit, -1);
        boolean[] used = new boolean[preds.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int g = 0; g < golds.size(); g++) {
                Gold gold = golds.get(g);
                for (int i = 0; i < preds.size() && hit[g] < 0; i++) {
                    EventRecord p = preds.get(i);
                    String pr = p.cameo().substring(0, 2);
                    boolean codeOk = pass == 0 ? gold.codes().contains(p.cameo())
                            && (alternatives || gold.root().equals(pr))
                            : alternatives ? gold.roots().contains(pr) : gold.root().equals(pr);
                    if (!used[i] && codeOk && (!status || p.status().equals(gold.status())) && actorsMatch(gold, p)) {
                        hit[g] = i;
                        used[i] = true;
                    }
                }
            }
        }
        return hit;
    }

    /** Each gold event with the event that matched it (or what dyad gave instead), then the unmatched predictions. */
    public String details(Map<String, List<EventRecord>> predicted) {
        StringBuilder sb = new StringBuilder();
        for (Article a : articles) {
            List<EventRecord> preds = predicted.getOrDefault(a.file(), List.of());
            int[] hits = pair(a.events(), preds, true, true);
            boolean[] used = used(hits, preds.size());
            sb.append("## ").append(a.file()).append('\n');
            for (int k = 0; k < hits.length; k++) {
                Gold g = a.events().get(k);
                int hit = hits[k];
                sb.append(String.format("  %s %-8s %s %s→%s %s %s | %s -> %s%n", hit >= 0 ? "OK  " : "MISS", g.id(),
                        g.root(), g.sources(), g.targets(), g.status(), hit >= 0 ? preds.get(hit).id()
                        : miss(g, preds, used), g.actor(), g.target()));
            }
            for (int i = 0; i < preds.size(); i++) {
                if (!used[i]) {
                    EventRecord p = preds.get(i);
                    sb.append(String.format("  EXTRA %s %s %s→%s %s %s%n", p.id(), p.cameo(), p.source().code(),
                            p.target() == null ? "-" : p.target().code(), p.status(), p.rule()));
                }
            }
        }
        return sb.toString();
    }

    private Tally tally(Map<String, List<EventRecord>> predicted, boolean alternatives) {
        return run(predicted, alternatives, true);
    }

    private Tally tallyIgnoringStatus(Map<String, List<EventRecord>> predicted) {
        return run(predicted, true, false);
    }

    private Tally run(Map<String, List<EventRecord>> predicted, boolean alternatives, boolean status) {
        Tally t = new Tally();
        for (Article a : articles) {
            List<EventRecord> preds = predicted.getOrDefault(a.file(), List.of());
            int[] hits = pair(a.events(), preds, alternatives, status);
            boolean[] used = used(hits, preds.size());
            for (int k = 0; k < hits.length; k++) {
                Gold g = a.events().get(k);
                t.gold(g.root(), hits[k] >= 0);
                if (hits[k] < 0) {
                    t.confused(g.root(), miss(g, preds, used));
                }
            }
            for (EventRecord p : preds) {
                t.predicted(p.cameo().substring(0, 2));
            }
        }
        return t;
    }

    private static boolean[] used(int[] hits, int n) {
        boolean[] used = new boolean[n];
        for (int h : hits) {
            if (h >= 0) {
                used[h] = true;
            }
        }
        return used;
    }

    /** What dyad gave instead of a missed gold event. */
    private static String miss(Gold g, List<EventRecord> preds, boolean[] used) {
        if (g.sources().isEmpty()) {
            return "uncodable source";
        }
        for (int i = 0; i < preds.size(); i++) {
            EventRecord p = preds.get(i);
            if (!used[i] && actorsMatch(g, p)) {
                String pr = p.cameo().substring(0, 2);
                return g.roots().contains(pr) ? "status " + g.status() + "→" + p.status() : "root " + pr;
            }
        }
        return "nothing";
    }

    static boolean actorsMatch(Gold g, EventRecord p) {
        String s = p.source() == null ? null : p.source().code();
        String t = p.target() == null ? null : p.target().code();
        return oriented(g, s, t) || p.mutual() && oriented(g, t, s);
    }

    private static boolean oriented(Gold g, String s, String t) {
        if (s == null || !g.sources().contains(s)) {
            return false;
        }
        if (g.targets().contains(GoldActors.COUNTERPART)) {
            return t != null && !t.equals(s) && g.sources().contains(t);
        }
        if (g.targets().isEmpty()) {
            return t == null || t.equals(s);
        }
        return t != null && g.targets().contains(t);
    }
}
