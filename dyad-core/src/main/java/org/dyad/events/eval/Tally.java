package org.dyad.events.eval;

import java.util.Map;
import java.util.TreeMap;

/** Counts of true positives, gold and predicted items, overall and by category; precision, recall, F1. */
final class Tally {
    int tp;
    int gold;
    int predicted;
    final Map<String, int[]> byCategory = new TreeMap<>();
    /** Confusions: "gold → predicted" (or "→ nothing") with counts, by gold category. */
    final Map<String, Map<String, Integer>> confusion = new TreeMap<>();

    void gold(String cat, boolean hit) {
        gold++;
        int[] c = byCategory.computeIfAbsent(cat, k -> new int[3]);
        c[1]++;
        if (hit) {
            tp++;
            c[0]++;
        }
    }

    void predicted(String cat) {
        predicted++;
        byCategory.computeIfAbsent(cat, k -> new int[3])[2]++;
    }

    void confused(String goldCat, String what) {
        confusion.computeIfAbsent(goldCat, k -> new TreeMap<>()).merge(what, 1, Integer::sum);
    }

    static double precision(int tp, int predicted) {
        return predicted == 0 ? 0 : (double) tp / predicted;
    }

    static double recall(int tp, int gold) {
        return gold == 0 ? 0 : (double) tp / gold;
    }

    static double f1(int tp, int gold, int predicted) {
        double p = precision(tp, predicted);
        double r = recall(tp, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A report: overall figures, a row per category, and the confusions of the {@code worst} weakest categories. */
    String report(String what, int worst) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s: precision %.3f  recall %.3f  F1 %.3f  (%d matched, %d gold, %d predicted)%n", what,
                precision(tp, predicted), recall(tp, gold), f1(tp, gold, predicted), tp, gold, predicted));
        sb.append(String.format("  %-12s %6s %6s %6s %6s %6s %6s%n", "category", "gold", "pred", "match", "P", "R", "F1"));
        for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format("  %-12s %6d %6d %6d %6.2f %6.2f %6.2f%n", e.getKey(), c[1], c[2], c[0],
                    precision(c[0], c[2]), recall(c[0], c[1]), f1(c[0], c[1], c[2])));
        }
        java.util.List<String> cats = new java.util.ArrayList<>(byCategory.keySet());
        cats.removeIf(c -> byCategory.get(c)[1] == 0);
        cats.sort(java.util.Comparator.comparingDouble((String c) -> f1(byCategory.get(c)[0], byCategory.get(c)[1],
                byCategory.get(c)[2])).thenComparing(c -> -byCategory.get(c)[1]));
        sb.append("  confusion of the weakest categories (gold → what dyad gave):\n");
        for (String c : cats.subList(0, Math.min(worst, cats.size()))) {
            Map<String, Integer> conf = confusion.getOrDefault(c, Map.of());
            sb.append(String.format("    %-12s %s%n", c, conf.isEmpty() ? "(no misses)" : conf));
        }
        return sb.toString();
    }
}
