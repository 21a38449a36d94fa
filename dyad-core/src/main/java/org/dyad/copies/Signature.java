package org.dyad.copies;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * What copy detection keeps of an article's cleaned text, a little over 1 KB whatever the text's length:
 * <ul>
 *   <li>{@code exact}: a 64-bit hash of the normalised words (case, punctuation, diacritics and spacing folded);</li>
 *   <li>{@code raw}: MinHash of the 3-word shingles of the normalised words, for near copies;</li>
 *   <li>{@code syn}: MinHash of the 3-word shingles of content words mapped to their synonym class
 *       ({@link Words}), for spun copies; its bands are the main LSH key;</li>
 *   <li>{@code words}: MinHash of the set of content words (synonym class, first {@value #STEM} letters), which
 *       survives reordering and crude translation;</li>
 *   <li>{@code names}: MinHash of capitalised words (first {@value #NAME_STEM} letters, so that "Chinh" and
 *       "Chin" agree) and numbers, for back-translated copies and same-story reports; its bands are the second
 *       LSH key;</li>
 *   <li>{@code articles}: how many of the words are "a", "an" or "the", which a translation from a language
 *       without articles drops.</li>
 * </ul>
 * Each MinHash comes with the number of distinct elements it summarises, so that containment (how much of the
 * shorter text is in the longer) can be estimated as well as Jaccard similarity. Immutable (the arrays are not
 * exposed for writing by this package's callers) and thread-safe.
 */
public record Signature(long exact, int[] raw, int[] syn, int[] words, int[] names, int nRaw, int nSyn, int nWords,
                        int nNames, int length, int articles) {
    public static final int RAW = 64;
    public static final int SYN = 96;
    public static final int WORDS = 64;
    public static final int NAMES = 48;
    public static final int SHINGLE = 3;
    public static final int STEM = 5;
    public static final int NAME_STEM = 4;

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");
    private static final int BYTES = 8 + 4 * (RAW + SYN + WORDS + NAMES) + 4 * 6;

    /** The signature of a cleaned text. */
    public static Signature of(String text) {
        List<Words.Word> ws = Words.of(text);
        int n = ws.size();
        long[] rawTok = new long[n];
        long[] content = new long[n];
        long[] stems = new long[n];
        long[] names = new long[n];
        int nc = 0;
        int nn = 0;
        long exact = 0xcbf29ce484222325L;
        int articles = 0;
        for (int i = 0; i < n; i++) {
            Words.Word w = ws.get(i);
            long h = mix(w.folded().hashCode());
            rawTok[i] = h;
            exact = mix(exact * 0x100000001b3L ^ h);
            if (Words.STOP.contains(w.folded())) {
                if (ARTICLES.contains(w.folded())) {
                    articles++;
                }
                continue;
            }
            String cls = w.cls();
            content[nc] = mix(cls.hashCode() + 0x9e37L);
            stems[nc++] = mix(prefixHash(cls, STEM) + 0x51L);
            if (w.capitalised()) {
                names[nn++] = mix((w.number() ? w.folded().hashCode() : prefixHash(w.folded(), NAME_STEM)) + 0x77L);
            }
        }
        long[] rawSh = shingles(rawTok, n);
        long[] synSh = shingles(content, nc);
        int[] raw = new int[RAW];
        int[] syn = new int[SYN];
        int[] wd = new int[WORDS];
        int[] nm = new int[NAMES];
        int nRaw = minHash(rawSh, rawSh.length, raw);
        int nSyn = minHash(synSh, synSh.length, syn);
        int nWords = minHash(stems, nc, wd);
        int nNames = minHash(names, nn, nm);
        return new Signature(n == 0 ? 0 : exact, raw, syn, wd, nm, nRaw, nSyn, nWords, nNames, n, articles);
    }

    /** Share of the words that are articles ("a", "an", "the"). */
    public double articleRate() {
        return length == 0 ? 0 : (double) articles / length;
    }

    /** Estimated Jaccard similarity of two MinHash arrays of the same length. */
    static double jaccard(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /**
     * Estimated containment of the smaller set in the larger, from their Jaccard similarity and sizes:
     * |A ∩ B| = J (|A| + |B|) / (1 + J), divided by min(|A|, |B|); at most 1.
     */
    static double containment(double j, int na, int nb) {
        if (na == 0 || nb == 0) {
            return 0;
        }
        double inter = j * (na + nb) / (1 + j);
        return Math.min(1.0, inter / Math.min(na, nb));
    }

    /** The signature as bytes, for a store; {@link #fromBytes} reads it back. */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(BYTES);
        b.putLong(exact);
        for (int[] a : List.of(raw, syn, words, names)) {
            for (int v : a) {
                b.putInt(v);
            }
        }
        b.putInt(nRaw).putInt(nSyn).putInt(nWords).putInt(nNames).putInt(length).putInt(articles);
        return b.array();
    }

    /** Reads {@link #toBytes()} back. */
    public static Signature fromBytes(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a signature has " + BYTES + " bytes, got " + bytes.length);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long exact = b.getLong();
        int[][] arrays = {new int[RAW], new int[SYN], new int[WORDS], new int[NAMES]};
        for (int[] a : arrays) {
            for (int i = 0; i < a.length; i++) {
                a[i] = b.getInt();
            }
        }
        return new Signature(exact, arrays[0], arrays[1], arrays[2], arrays[3], b.getInt(), b.getInt(), b.getInt(),
                b.getInt(), b.getInt(), b.getInt());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && exact == s.exact && length == s.length && nRaw == s.nRaw
                && nSyn == s.nSyn && articles == s.articles && nWords == s.nWords && nNames == s.nNames && Arrays.equals(raw, s.raw)
                && Arrays.equals(syn, s.syn) && Arrays.equals(words, s.words) && Arrays.equals(names, s.names);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(exact) * 31 + Arrays.hashCode(syn);
    }

    @Override
    public String toString() {
        return String.format("Signature[exact=%016x, words=%d, shingles=%d, names=%d]", exact, length, nSyn, nNames);
    }

    /** {@code s.substring(0, n).hashCode()} without the substring. */
    private static int prefixHash(String s, int n) {
        int h = 0;
        for (int i = 0, end = Math.min(n, s.length()); i < end; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static long[] shingles(long[] tokens, int n) {
        if (n < SHINGLE) {
            return Arrays.copyOf(tokens, n);
        }
        long[] out = new long[n - SHINGLE + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = mix(tokens[i] * 31 * 31 + tokens[i + 1] * 31 + tokens[i + 2]);
        }
        return out;
    }

    /**
     * Fills {@code out} with a one-permutation MinHash of the first {@code n} hashes (each already mixed): the
     * hash's high bits pick a bin, the minimum of the low bits is kept per bin, and an empty bin takes the value of
     * the next non-empty one plus a per-step offset (rotation densification, Shrivastava and Li 2014), so that the
     * share of equal bins estimates Jaccard similarity at one operation per element instead of one per element and
     * bin. Returns how many hashes were distinct.
     */
    private static int minHash(long[] hashes, int n, int[] out) {
        int k = out.length;
        long[] min = new long[k];
        Arrays.fill(min, Long.MAX_VALUE);
        // Distinct count with an open-addressing set of the hashes (0 marks an empty slot; a hash of 0 is counted
        // apart).
        long[] seen = new long[Integer.highestOneBit(Math.max(1, n) * 2) * 2];
        int mask = seen.length - 1;
        int distinct = 0;
        boolean zero = false;
        for (int i = 0; i < n; i++) {
            long x = hashes[i];
            if (x == 0) {
                if (!zero) {
                    zero = true;
                    distinct++;
                }
            } else {
                int slot = (int) x & mask;
                while (seen[slot] != 0 && seen[slot] != x) {
                    slot = (slot + 1) & mask;
                }
                if (seen[slot] == 0) {
                    seen[slot] = x;
                    distinct++;
                }
            }
            int bin = (int) (((x >>> 32) * k) >>> 32);
            long v = x & 0xffffffffL;
            if (v < min[bin]) {
                min[bin] = v;
            }
        }
        if (distinct == 0) {
            Arrays.fill(out, 0);
            return 0;
        }
        for (int b = 0; b < k; b++) {
            int step = 0;
            int from = b;
            while (min[from] == Long.MAX_VALUE) {
                from = (from + 1) % k;
                step++;
            }
            out[b] = (int) (min[from] + step * 0x9E3779B9L);
        }
        return distinct;
    }

    /** MurmurHash3's 64-bit finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe1a85a53L;
        return z ^ (z >>> 33);
    }
}
