package org.dyad.copies;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.text.CodePoints;
import org.dyad.text.Evidence;

/**
 * The evidence of a copy: the longest run of words of one text that another shares, word for word up to synonym
 * class, placed in the original input. Linear in the two texts' lengths. Stateless.
 */
final class SharedSpan {
    /** Runs are seeded by this many words in common. */
    static final int SEED = 4;
    /** A placed piece shorter than this (in chars) is not evidence. */
    static final int MIN_CHARS = 20;

    private SharedSpan() {
    }

    /** The span of {@code clean} (the cleaned text of the article) shared with {@code other}, or empty. */
    static Optional<int[]> longest(String clean, String other) {
        List<Words.Word> a = Words.of(clean);
        List<Words.Word> b = Words.of(other);
        if (a.size() < SEED || b.size() < SEED) {
            return Optional.empty();
        }
        Map<Long, Integer> seeds = new HashMap<>();
        for (int j = 0; j + SEED <= b.size(); j++) {
            seeds.putIfAbsent(seed(b, j), j);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i + SEED <= a.size(); i++) {
            Integer j = seeds.get(seed(a, i));
            if (j == null) {
                continue;
            }
            int len = 0;
            while (i + len < a.size() && j + len < b.size() && a.get(i + len).cls().equals(b.get(j + len).cls())) {
                len++;
            }
            if (len > bestLen) {
                bestLen = len;
                bestStart = i;
            }
        }
        if (bestStart < 0) {
            return Optional.empty();
        }
        return Optional.of(new int[] {a.get(bestStart).start(), a.get(bestStart + bestLen - 1).end()});
    }

    /**
     * Evidence for the part {@code [start, end)} of the cleaned text, placed in {@code original}: the whole part
     * when it stands there verbatim, else its longest piece between quotes, dashes and other characters the cleaner
     * may have rewritten (HTML entities); empty when no piece of {@value #MIN_CHARS}+ chars is found.
     */
    static Optional<Evidence> place(String clean, int start, int end, String original) {
        String part = clean.substring(start, end);
        int at = original.indexOf(part);
        if (at < 0) {
            String best = null;
            for (String piece : part.split("[\\u2018\\u2019\\u201c\\u201d\\u2013\\u2014\"'&\\n\\u00a0]+")) {
                String p = piece.strip();
                if (p.length() >= MIN_CHARS && (best == null || p.length() > best.length())
                        && original.contains(p)) {
                    best = p;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            part = best;
            at = original.indexOf(part);
        }
        return Optional.of(Evidence.ofOriginal(original, new CodePoints(original), at, at + part.length()));
    }

    private static long seed(List<Words.Word> w, int i) {
        long h = 0;
        for (int k = i; k < i + SEED; k++) {
            h = h * 0x100000001b3L + w.get(k).cls().hashCode();
        }
        return h;
    }
}
