package org.dyad.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.dyad.text.CleanText;

/**
 * Collects the original ranges kept and removed while one text is cleaned, then writes tidy removed spans: no span
 * overlaps kept text (a span is split around it), spans carry no white space at their ends, and neighbouring spans
 * of the same rule with no kept text between them are merged into one.
 */
final class RemovedSpans {
    private long[] kept = new long[64];
    private int keptCount;
    private final List<CleanText.Removed> removed = new ArrayList<>();

    void keep(int start, int end) {
        if (end > start) {
            if (keptCount == kept.length) {
                kept = Arrays.copyOf(kept, keptCount * 2);
            }
            kept[keptCount++] = ((long) start << 32) | end;
        }
    }

    void remove(int start, int end, String rule) {
        if (end > start) {
            removed.add(new CleanText.Removed(start, end, rule));
        }
    }

    /** Adds the normalised spans to {@code out}. */
    void writeTo(CleanText.Builder out) {
        String original = out.original();
        int[][] k = mergedKept();
        List<CleanText.Removed> pieces = new ArrayList<>();
        for (CleanText.Removed r : removed) {
            int cur = r.start();
            for (int i = firstEndingAfter(k, cur); i < k[0].length && k[0][i] < r.end(); i++) {
                addTrimmed(original, pieces, cur, k[0][i], r.rule());
                cur = Math.max(cur, k[1][i]);
            }
            addTrimmed(original, pieces, cur, r.end(), r.rule());
        }
        pieces.sort(Comparator.comparingInt(CleanText.Removed::start).thenComparingInt(CleanText.Removed::end));
        CleanText.Removed last = null;
        for (CleanText.Removed p : pieces) {
            if (last != null && last.rule().equals(p.rule())
                    && (p.start() <= last.end() || !keptBetween(k, last.end(), p.start()))) {
                last = new CleanText.Removed(last.start(), Math.max(last.end(), p.end()), last.rule());
            } else {
                if (last != null) {
                    out.removed(last.start(), last.end(), last.rule());
                }
                last = p;
            }
        }
        if (last != null) {
            out.removed(last.start(), last.end(), last.rule());
        }
    }

    private static void addTrimmed(String original, List<CleanText.Removed> pieces, int start, int end, String rule) {
        while (start < end && Character.isWhitespace(original.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(original.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            pieces.add(new CleanText.Removed(start, end, rule));
        }
    }

    /** Kept ranges sorted and merged: {starts, ends}. */
    private int[][] mergedKept() {
        long[] sorted = Arrays.copyOf(kept, keptCount);
        Arrays.sort(sorted);
        int[] starts = new int[keptCount];
        int[] ends = new int[keptCount];
        int n = 0;
        for (long v : sorted) {
            int s = (int) (v >>> 32);
            int e = (int) v;
            if (n > 0 && s <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], e);
            } else {
                starts[n] = s;
                ends[n++] = e;
            }
        }
        return new int[][] {Arrays.copyOf(starts, n), Arrays.copyOf(ends, n)};
    }

    /** Index of the first kept range ending after {@code pos}. */
    private static int firstEndingAfter(int[][] k, int pos) {
        int lo = 0;
        int hi = k[1].length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (k[1][mid] <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean keptBetween(int[][] k, int from, int to) {
        int i = firstEndingAfter(k, from);
        return i < k[0].length && k[0][i] < to;
    }
}
