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

    /** ASCII characters that are letters or digits. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }
    private static final int BYTES = 8 + 4 * (RAW + SYN + WORDS + NAMES) + 4 * 6;

    /**
     * The signature of a cleaned text. Words are split and folded as {@link Words#of} does, but without making a
     * string of each ASCII word: its hashes are computed as it is read and its stop-word flag and synonym class are
     * looked up in {@link WordTable} (a word with other letters is folded as a string first). Equal to what the
     * word-list version gives; {@code SignatureTest} checks it on random texts.
     */
    public static Signature of(String text) {
        WordTable table = WordTable.STANDARD;
        int len = text.length();
        int cap = len / 6 + 16;
        long[] rawTok = new long[cap];
        long[] content = new long[cap];
        long[] stems = new long[cap];
        long[] names = new long[cap];
        int n = 0;
        int nc = 0;
        int nn = 0;
        long exact = 0xcbf29ce484222325L;
        int articles = 0;
        int i = 0;
        while (i < len) {
            char c = text.charAt(i);
            if (!(c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c))) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            int h = 0;
            int h4 = 0;
            int h5 = 0;
            for (int k = 0; i < len; i++, k++) {
                char d = text.charAt(i);
                if (d < 128) {
                    if (!ASCII_WORD[d]) {
                        break;
                    }
                } else if (!Character.isLetterOrDigit(d) && Character.getType(d) != Character.NON_SPACING_MARK) {
                    break;
                } else {
                    ascii = false;
                }
                h = 31 * h + (d >= 'A' && d <= 'Z' ? d + 32 : d);
                if (k < NAME_STEM) {
                    h4 = h;
                }
                if (k < STEM) {
                    h5 = h;
                }
            }
            int entry;
            if (ascii) {
                entry = table.find(text, start, i, h);
            } else {
                String folded = Words.fold(text.substring(start, i));
                if (folded.isEmpty()) {
                    continue;
                }
                h = folded.hashCode();
                h4 = prefixHash(folded, NAME_STEM);
                h5 = prefixHash(folded, STEM);
                entry = table.find(folded);
            }
            if (n == rawTok.length) {
                rawTok = Arrays.copyOf(rawTok, n * 2);
                content = Arrays.copyOf(content, n * 2);
                stems = Arrays.copyOf(stems, n * 2);
                names = Arrays.copyOf(names, n * 2);
            }
            long hm = mix(h);
            rawTok[n++] = hm;
            exact = mix(exact * 0x100000001b3L ^ hm);
            if (entry >= 0 && table.stop(entry)) {
                if (table.article(entry)) {
                    articles++;
                }
                continue;
            }
            content[nc] = mix((entry >= 0 ? table.classHash(entry) : h) + 0x9e37L);
            stems[nc++] = mix((entry >= 0 ? table.classStemHash(entry) : h5) + 0x51L);
            boolean number = Character.isDigit(c);
            if (number || Character.isUpperCase(c)) {
                names[nn++] = mix((number ? h : h4) + 0x77L);
            }
        }
        long[] rawSh = shingles(rawTok, n);
        long[] synSh = shingles(content, nc);
        int[] raw = new int[RAW];
        int[] syn = new int[SYN];
        int[] wd = new int[WORDS];
        int[] nm = new int[NAMES];
        long[] scratch = new long[Integer.highestOneBit(Math.max(1, rawSh.length) * 2) * 2];
        int nRaw = minHash(rawSh, rawSh.length, raw, scratch);
        int nSyn = minHash(synSh, synSh.length, syn, scratch);
        int nWords = minHash(stems, nc, wd, scratch);
        int nNames = minHash(names, nn, nm, scratch);
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
    static int prefixHash(String s, int n) {
        int h = 0;
        for (int i = 0, end = Math.min(n, s.length()); i < end; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    static long[] shingles(long[] tokens, int n) {
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
    static int minHash(long[] hashes, int n, int[] out, long[] scratch) {
        int k = out.length;
        long[] min = new long[k];
        Arrays.fill(min, Long.MAX_VALUE);
        // Distinct count with an open-addressing set of the hashes (0 marks an empty slot; a hash of 0 is counted
        // apart), in the first slots of the caller's scratch array (at least twice n, a power of two).
        int size = Integer.highestOneBit(Math.max(1, n) * 2) * 2;
        long[] seen = scratch.length >= size ? scratch : new long[size];
        Arrays.fill(seen, 0, size, 0L);
        int mask = size - 1;
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
