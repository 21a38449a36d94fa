package org.dyad.copies;

import java.util.HashMap;
import java.util.Map;

/**
 * What {@link Signature#of} needs to know of a folded word, found without making a string of it: whether it is a
 * stop word or an article, and the hashes of its synonym class ({@link Words}). An open-addressing table keyed by the
 * word's {@code String.hashCode()}, checked against the word itself. Immutable and thread-safe.
 */
final class WordTable {
    static final WordTable STANDARD = new WordTable(Words.classes(), Words.STOP, java.util.Set.of("a", "an", "the"));

    private final String[] words;
    private final int[] hashes;
    private final boolean[] stop;
    private final boolean[] article;
    private final int[] clsHash;
    private final int[] clsStemHash;
    private final int mask;

    private WordTable(Map<String, String> classes, java.util.Set<String> stops, java.util.Set<String> articles) {
        Map<String, String> all = new HashMap<>(classes);
        for (String w : stops) {
            all.putIfAbsent(w, w);
        }
        int cap = Integer.highestOneBit(Math.max(4, all.size()) * 4);
        words = new String[cap];
        hashes = new int[cap];
        stop = new boolean[cap];
        article = new boolean[cap];
        clsHash = new int[cap];
        clsStemHash = new int[cap];
        mask = cap - 1;
        all.forEach((w, cls) -> {
            int i = slot(w.hashCode());
            while (words[i] != null) {
                i = (i + 1) & mask;
            }
            words[i] = w;
            hashes[i] = w.hashCode();
            stop[i] = stops.contains(w);
            article[i] = articles.contains(w);
            clsHash[i] = cls.hashCode();
            clsStemHash[i] = Signature.prefixHash(cls, Signature.STEM);
        });
    }

    private int slot(int h) {
        return (int) (Signature.mix(h) & mask);
    }

    /**
     * The entry of the ASCII word {@code text[start, end)} lower-cased (A–Z only, as {@link Words} folds ASCII),
     * whose folded hash is {@code h}; -1 when the table does not hold it.
     */
    int find(CharSequence text, int start, int end, int h) {
        for (int i = slot(h); words[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && sameLower(words[i], text, start, end)) {
                return i;
            }
        }
        return -1;
    }

    /** The entry of an already folded word; -1 when the table does not hold it. */
    int find(String folded) {
        int h = folded.hashCode();
        for (int i = slot(h); words[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && words[i].equals(folded)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameLower(String w, CharSequence text, int start, int end) {
        if (w.length() != end - start) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = text.charAt(start + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    boolean stop(int entry) {
        return stop[entry];
    }

    boolean article(int entry) {
        return article[entry];
    }

    int classHash(int entry) {
        return clsHash[entry];
    }

    int classStemHash(int entry) {
        return clsStemHash[entry];
    }
}
